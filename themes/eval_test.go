package themes_test

import (
	"context"
	"encoding/csv"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/cluster"
	"github.com/verbatim-go/verbatim/internal/shared"
	"github.com/verbatim-go/verbatim/themes"
)

// evalSet is a labelled corpus: comments and their gold classes.
type evalSet struct {
	name     string
	comments []string
	gold     []string
	k        int
}

// readEvalCSV reads the rows of a CSV file whose text and gold columns are
// both non-empty (the rows sklearn_themes.py keeps).
func readEvalCSV(t *testing.T, path, textCol, goldCol string) ([]string, []string) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	require.NoError(t, err)
	ti, gi := -1, -1
	for i, h := range recs[0] {
		switch h {
		case textCol:
			ti = i
		case goldCol:
			gi = i
		}
	}
	require.True(t, ti >= 0 && gi >= 0, "columns %q and %q in %s", textCol, goldCol, path)
	var texts, gold []string
	for _, rec := range recs[1:] {
		if ti < len(rec) && gi < len(rec) && rec[ti] != "" && rec[gi] != "" {
			texts, gold = append(texts, rec[ti]), append(gold, rec[gi])
		}
	}
	return texts, gold
}

// syntheticEval is the embedded synthetic survey: comments with a gold
// theme, scored against their main (first) gold theme.
func syntheticEval(t *testing.T) evalSet {
	t.Helper()
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	gold, _, err := verbatim.SampleGold()
	require.NoError(t, err)
	s := evalSet{name: "synthetic", k: 16}
	for i, r := range rs {
		if len(gold[i]) > 0 && r.Comment != "" {
			s.comments = append(s.comments, r.Comment)
			s.gold = append(s.gold, gold[i][0])
		}
	}
	return s
}

func evalSets(t *testing.T) []evalSet {
	var sets []evalSet
	if os.Getenv("VERBATIM_EVAL") == "" {
		t.Skip("set VERBATIM_EVAL=1 to run the side-by-side evaluation (about a minute)")
	}
	sets = append(sets, syntheticEval(t))
	for _, d := range []struct {
		file, text, gold string
		k                int
	}{
		{"cfpb_complaints_sample.csv", "Consumer complaint narrative", "Product", 13},
		{"womens_clothing_reviews.csv", "Review Text", "Department Name", 6},
	} {
		texts, gold := readEvalCSV(t, shared.Data(t, d.file), d.text, d.gold)
		sets = append(sets, evalSet{name: d.file, comments: texts, gold: gold, k: d.k})
	}
	return sets
}

// TestEvalQuality prints NMI and ARI of the main theme against the gold
// class at the gold k. Comments in the no-theme group count as one more
// cluster, so nothing is left out of the score.
func TestEvalQuality(t *testing.T) {
	for _, s := range evalSets(t) {
		m, err := themes.Discover(context.Background(), s.comments, themes.DiscoverK(s.k), themes.DiscoverWithoutLabels())
		require.NoError(t, err)
		pred := make([]int, len(s.comments))
		for i := range pred {
			pred[i] = -1
			if ms := m.Memberships(i); len(ms) > 0 {
				pred[i] = ms[0].Theme
			}
		}
		nmi, err := cluster.NMI(s.gold, pred)
		require.NoError(t, err)
		ari, err := cluster.ARI(s.gold, pred)
		require.NoError(t, err)
		t.Logf("%-28s n=%d k=%d NMI=%.3f ARI=%.3f no-theme=%d", s.name, len(s.comments), s.k, nmi, ari, len(m.NoTheme()))
	}
}
