package themes_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/internal/shared"
	"github.com/verbatim-go/verbatim/themes"
)

// causeLearnExamples turns annotated rows into learning examples, the
// causes in taxonomy order.
func causeLearnExamples(rows []causeEvalRow) []themes.CauseExample {
	out := make([]themes.CauseExample, len(rows))
	for i, r := range rows {
		ex := themes.CauseExample{Comment: r.comment, Score: r.score}
		for _, c := range themes.CauseBuiltins() {
			if r.gold[c] {
				ex.Causes = append(ex.Causes, c)
			}
		}
		out[i] = ex
	}
	return out
}

// causeLearnVariant is one way of learning compared in the CV test.
type causeLearnVariant struct {
	name string
	opts []themes.LearnOption
}

var causeLearnVariants = []causeLearnVariant{
	{"base cues + words", nil},
	{"base cues refitted", []themes.LearnOption{themes.LearnUsing(themes.LearnBaseCues)}},
	{"words only", []themes.LearnOption{themes.LearnUsing(themes.LearnWords)}},
}

// causeLearnFoldF1 learns on every fold but f and returns the macro-F1 on
// fold f.
func causeLearnFoldF1(t *testing.T, folds [][]causeEvalRow, f int, opts []themes.LearnOption) (float64, map[themes.Cause]causeEvalStat) {
	t.Helper()
	var rest []causeEvalRow
	for g := range folds {
		if g != f {
			rest = append(rest, folds[g]...)
		}
	}
	tax, err := themes.TaxonomyLearn(nil, causeLearnExamples(rest), opts...)
	require.NoError(t, err)
	stats := causeEvaluate(tax, folds[f])
	return causeMacroF1(stats), stats
}

// TestCauseLearnCV measures TaxonomyLearn by 5-fold cross-validation on
// the even (tuning) rows of nps_verbatims_dev.csv, the folds of
// causeCVFolds: each fold is scored by a taxonomy learned on the other
// four, against the default taxonomy on the same fold. The default's cues
// were tuned looking at all the even rows, so its figure is optimistic;
// the learned taxonomies never saw the fold they are scored on, but the
// base cues they start from did, so their figure is optimistic too (only
// "words only" is clean). The odd rows are not read. Measured when added
// (held-out fold macro-F1, mean): default 0.795 0.831 0.787 0.737 0.937
// (0.817); base cues + words 0.747 0.834 0.769 0.780 0.901 (0.806); base
// cues refitted 0.746 0.834 0.756 0.753 0.899 (0.798); words only 0.366
// 0.363 0.431 0.455 0.375 (0.398). Pooled over the folds, learning lifts
// service (321 examples) from 0.887 to 0.918; the rare causes (20-52
// examples, 4-10 per fold) move within a comment or two either way. Run:
//
//	go test ./themes -run TestCauseLearnCV -v
func TestCauseLearnCV(t *testing.T) {
	if testing.Short() || themes.RaceOn {
		t.Skip("15 learning runs: seconds plain, minutes under the race detector")
	}
	folds := causeCVFolds(t)
	def := make([]float64, len(folds))
	defPooled := map[themes.Cause]causeEvalStat{}
	for f := range folds {
		stats := causeEvaluate(themes.TaxonomyDefault(), folds[f])
		def[f] = causeMacroF1(stats)
		causeAddStats(defPooled, stats)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-20s %s mean\n%-20s %s %.3f\n", "held-out fold", "  0     1     2     3     4  ", "default taxonomy", causeFmt(def), causeMean(def))
	causePooledLine(&b, defPooled)
	means := map[string]float64{}
	for _, v := range causeLearnVariants {
		got := make([]float64, len(folds))
		pooled := map[themes.Cause]causeEvalStat{}
		start := time.Now()
		for f := range folds {
			var stats map[themes.Cause]causeEvalStat
			got[f], stats = causeLearnFoldF1(t, folds, f, v.opts)
			causeAddStats(pooled, stats)
		}
		means[v.name] = causeMean(got)
		fmt.Fprintf(&b, "%-20s %s %.3f  (%.1fs per fold)\n", v.name, causeFmt(got), means[v.name], time.Since(start).Seconds()/float64(len(folds)))
		causePooledLine(&b, pooled)
	}
	t.Logf("TaxonomyLearn, 5-fold CV on the even rows (macro-F1 of the seven causes)\n%s", b.String())
	_, fits, err := themes.TaxonomyLearnDetail(nil, causeLearnExamples(append(append(append(append([]causeEvalRow(nil), folds[1]...), folds[2]...), folds[3]...), folds[4]...)))
	require.NoError(t, err)
	for _, fit := range fits {
		t.Logf("fold 0's training rows: %-13s %3d examples, penalty %-6g cut %.2f, inner-CV F1 %.3f, %3d cues (%d new)", fit.Cause, fit.Examples, fit.Penalty, fit.Cut, fit.F1, fit.Cues, fit.New)
	}
	// Floor: 0.02 under the mean measured when the learner was written.
	assert.GreaterOrEqual(t, means[causeLearnVariants[0].name], causeLearnCVFloor, "learned taxonomy, mean held-out fold macro-F1")
}

// causeLearnCVFloor is the measured mean of "base cues + words", 0.806,
// less 0.02.
const causeLearnCVFloor = 0.786

// TestCauseLearnEvenOdd learns a taxonomy on all the even rows and
// measures it once on the odd (held-out) rows, next to the default. It
// reads the held-out rows, so it runs only when VERBATIM_HELDOUT is set:
//
//	VERBATIM_HELDOUT=1 go test ./themes -run TestCauseLearnEvenOdd -v
func TestCauseLearnEvenOdd(t *testing.T) {
	if os.Getenv("VERBATIM_HELDOUT") == "" {
		t.Skip("reads the held-out rows: set VERBATIM_HELDOUT=1 to measure them")
	}
	rows := causeEvalRead(t, shared.Data(t, "nps_verbatims_dev.csv"))
	even, odd := causeEvalSplit(rows)
	out := []string{causeEvalTable("default taxonomy, odd rows", causeEvaluate(themes.TaxonomyDefault(), odd))}
	for _, v := range causeLearnVariants {
		tax, err := themes.TaxonomyLearn(nil, causeLearnExamples(even), v.opts...)
		require.NoError(t, err)
		out = append(out, causeEvalTable("learned on the even rows ("+v.name+"), odd rows", causeEvaluate(tax, odd)))
	}
	t.Logf("nps_verbatims_dev.csv: %d even rows learned on, %d odd rows measured\n%s", len(even), len(odd), strings.Join(out, "\n"))
}

// causePooledLine writes each cause's F1 over the five folds together.
func causePooledLine(b *strings.Builder, pooled map[themes.Cause]causeEvalStat) {
	fmt.Fprintf(b, "  per cause, pooled over the folds:")
	for _, c := range causeEvalSeven {
		fmt.Fprintf(b, " %s %.3f", c, pooled[c].f1())
	}
	b.WriteByte('\n')
}

func causeFmt(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%.3f", x)
	}
	return strings.Join(parts, " ")
}

func causeAddStats(dst, src map[themes.Cause]causeEvalStat) {
	for c, s := range src {
		d := dst[c]
		d.tp, d.fp, d.fn = d.tp+s.tp, d.fp+s.fp, d.fn+s.fn
		dst[c] = d
	}
}
