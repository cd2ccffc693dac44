package themes_test

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/internal/shared"
	"github.com/verbatim-go/verbatim/themes"
)

// causeEvalRow is one annotated comment of nps_verbatims_dev.csv.
type causeEvalRow struct {
	line    int // 1-based line of the CSV record
	comment string
	score   int // -1 for NA
	gold    map[themes.Cause]bool
}

// causeEvalRead reads the comment, score and root_causes columns.
func causeEvalRead(t testing.TB, path string) []causeEvalRow {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	require.NoError(t, err)
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, name := range []string{"comment", "score", "root_causes"} {
		require.Contains(t, col, name, "%s: column %q", path, name)
	}
	var rows []causeEvalRow
	for {
		rec, err := r.Read()
		if err != nil {
			require.ErrorContains(t, err, "EOF")
			break
		}
		line, _ := r.FieldPos(0)
		row := causeEvalRow{line: line, comment: rec[col["comment"]], score: -1, gold: map[themes.Cause]bool{}}
		if s, err := strconv.Atoi(rec[col["score"]]); err == nil {
			row.score = s
		}
		for _, k := range strings.Split(rec[col["root_causes"]], ",") {
			c, err := themes.CauseParse(strings.TrimSpace(k))
			require.NoError(t, err, "%s:%d", path, line)
			row.gold[c] = true
		}
		rows = append(rows, row)
	}
	return rows
}

// causeEvalStat counts one cause's outcomes over a set of comments.
type causeEvalStat struct{ tp, fp, fn int }

func (s causeEvalStat) precision() float64 { return causeRatio(s.tp, s.tp+s.fp) }
func (s causeEvalStat) recall() float64    { return causeRatio(s.tp, s.tp+s.fn) }
func (s causeEvalStat) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func causeRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// causeEvalSeven are the causes the macro-F1 averages over (none excluded).
var causeEvalSeven = themes.CauseBuiltins()[:7]

// causeEvaluate scores rows and counts, per cause, a true positive when the
// cause is both predicted (in Ranked) and gold, a false positive when
// predicted only and a false negative when gold only (multi-label: each
// comment contributes to every cause independently). The score is passed
// as context when known.
func causeEvaluate(tax *themes.Taxonomy, rows []causeEvalRow) map[themes.Cause]causeEvalStat {
	stats := map[themes.Cause]causeEvalStat{}
	for _, row := range rows {
		var opts []themes.CauseOption
		if row.score >= 0 {
			opts = append(opts, themes.CauseWithScore(row.score))
		}
		res := tax.Score(row.comment, opts...)
		for _, c := range causeEvalSeven {
			s := stats[c]
			switch pred := res.Has(c); {
			case pred && row.gold[c]:
				s.tp++
			case pred:
				s.fp++
			case row.gold[c]:
				s.fn++
			}
			stats[c] = s
		}
	}
	return stats
}

// causeMacroF1 is the unweighted mean of the seven causes' F1.
func causeMacroF1(stats map[themes.Cause]causeEvalStat) float64 {
	sum := 0.0
	for _, c := range causeEvalSeven {
		sum += stats[c].f1()
	}
	return sum / float64(len(causeEvalSeven))
}

func causeEvalTable(name string, stats map[themes.Cause]causeEvalStat) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%-14s %4s %4s %4s %6s %6s %6s\n", name, "cause", "tp", "fp", "fn", "P", "R", "F1")
	for _, c := range causeEvalSeven {
		s := stats[c]
		fmt.Fprintf(&b, "%-14s %4d %4d %4d %6.3f %6.3f %6.3f\n", c, s.tp, s.fp, s.fn, s.precision(), s.recall(), s.f1())
	}
	fmt.Fprintf(&b, "%-14s %34.3f\n", "macro-F1", causeMacroF1(stats))
	return b.String()
}

// causeEvalSplit splits the rows into the even ones (0-based data row
// index 0, 2, 4, ...: tuning) and the odd ones (held out).
func causeEvalSplit(rows []causeEvalRow) (even, odd []causeEvalRow) {
	for i, r := range rows {
		if i%2 == 0 {
			even = append(even, r)
		} else {
			odd = append(odd, r)
		}
	}
	return even, odd
}

// TestCauseEvalDev measures the default taxonomy on the annotated NPS
// verbatims. The cues were tuned looking only at the even rows (0-based
// data row index 0, 2, 4, ...); the odd rows are held out. Run:
//
//	go test ./themes -run TestCauseEvalDev -v
func TestCauseEvalDev(t *testing.T) {
	rows := causeEvalRead(t, shared.Data(t, "nps_verbatims_dev.csv"))
	even, odd := causeEvalSplit(rows)
	tax := themes.TaxonomyDefault()
	se, so, sa := causeEvaluate(tax, even), causeEvaluate(tax, odd), causeEvaluate(tax, rows)
	t.Logf("nps_verbatims_dev.csv: %d rows (%d even, tuned on; %d odd, held out)\n%s\n%s\n%s",
		len(rows), len(even), len(odd),
		causeEvalTable("even rows (tuned on)", se), causeEvalTable("odd rows (held out)", so), causeEvalTable("all rows", sa))
	// Floors a little under the figures measured when the cues were last
	// changed, so a change that breaks the taxonomy fails here. Macro-F1
	// even 0.848, odd 0.646, all 0.760 (before that 0.833, 0.644 and
	// 0.752; 0.831 and 0.639; 0.793 and 0.615). Per-cause F1, even / odd
	// / all: service 0.887 / 0.850 / 0.870, product 0.815 / 0.643 /
	// 0.740, expectations 0.775 / 0.714 / 0.750, feedback_loop 0.800 /
	// 0.471 / 0.625, methodology 0.976 / 0.774 / 0.889, timing 0.867 /
	// 0.652 / 0.774, misalignment 0.818 / 0.417 / 0.676. The held-out
	// figure is below the 0.70 target: the cue families added in the last
	// change (written from the domain brief, not from these rows) lifted
	// the tuning rows and the cross-validation folds but found almost none
	// of the held-out misses.
	require.GreaterOrEqual(t, causeMacroF1(se), 0.83, "macro-F1 on the tuning rows")
	require.GreaterOrEqual(t, causeMacroF1(so), 0.63, "macro-F1 on the held-out rows")
}
