package themes

import (
	"context"
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/cluster"
	"github.com/verbatim-go/verbatim/internal/shared"
)

// evalSet is a labelled corpus: comments and their gold classes.
type evalSet struct {
	name     string
	comments []string
	gold     []string
	k        int
}

// readEvalCSV reads the rows of a CSV file whose text and gold columns are
// both non-empty (the rows sklearn_py keeps).
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
		t.Skip("set VERBATIM_EVAL=1 to run the side-by-side evaluation (a few minutes)")
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
	if want := os.Getenv("VERBATIM_EVAL_SETS"); want != "" {
		var out []evalSet
		for _, s := range sets {
			if strings.Contains(","+want+",", ","+s.name+",") {
				out = append(out, s)
			}
		}
		sets = out
	}
	return sets
}

// evalVariant is one way of running Discover in the comparison.
type evalVariant struct {
	name string
	opts []DiscoverOption
}

func evalVariants() []evalVariant {
	lsa := func(d int) DiscoverOption { return func(o *discoverOptions) { o.lsaDims = d } }
	noun := func(w float64) DiscoverOption { return func(o *discoverOptions) { o.nonNoun = w } }
	over := func(f float64) DiscoverOption { return func(o *discoverOptions) { o.overSplit = f } }
	all := []evalVariant{
		{"default", nil},
		{"plain-tfidf", []DiscoverOption{noun(1), lsa(0)}},
		{"keep-sentiment", []DiscoverOption{DiscoverKeepSentiment()}},
		{"lsa100", []DiscoverOption{lsa(100)}},
		{"lsa200", []DiscoverOption{lsa(200)}},
		{"noun0.3", []DiscoverOption{noun(0.3)}},
		{"noun0.1", []DiscoverOption{noun(0.1)}},
		{"lsa50", []DiscoverOption{lsa(50)}},
		{"no-merge", []DiscoverOption{over(1)}},
		{"session2", []DiscoverOption{over(1), noun(0.3)}},
		{"noun0.7", []DiscoverOption{noun(0.7)}},
		{"noun1", []DiscoverOption{noun(1)}},
		{"over2", []DiscoverOption{over(2)}},
		{"restarts6", []DiscoverOption{DiscoverRestarts(6)}},
		{"restarts8", []DiscoverOption{DiscoverRestarts(8)}},
		{"restarts10", []DiscoverOption{DiscoverRestarts(10)}},
		{"over4", []DiscoverOption{over(4)}},
	}
	want := os.Getenv("VERBATIM_EVAL_VARIANTS")
	if want == "" {
		return all[:1]
	}
	var out []evalVariant
	for _, v := range all {
		if want == "all" || strings.Contains(","+want+",", ","+v.name+",") {
			out = append(out, v)
		}
	}
	return out
}

// evalSeeds are the seeds each set is clustered with; the figures are the
// median over them, as sklearn_themes.py reports the median of 5 seeds.
var evalSeeds = []uint64{1, 2, 3, 4, 5}

// evalFloors are the median NMI the default settings must keep: the figures
// measured by this test less 0.02, so that a change of method that loses
// quality fails here. Measured with k-means fitting 3k clusters merged back
// to k by Ward's criterion (discoverMergeWard) and verbs and adjectives
// damped to half weight (discoverNonNoun 0.5), six restarts: synthetic
// 0.392 (seeds 1-5: 0.382 0.402 0.393 0.392 0.381), cfpb 0.306 (0.302
// 0.306 0.301 0.314 0.325), clothing 0.299 (0.298 0.299 0.299 0.299
// 0.298). With ten restarts, cfpb read 0.314. Fitting k
// directly with damping 0.3, as before: 0.329, 0.318 and 0.251 (clothing
// 0.237 to 0.297 by seed). They are NOT the target of 1.3 times
// scikit-learn's best, which the method reaches only on the clothing
// reviews.
var evalFloors = map[string]float64{
	"synthetic":                   0.372,
	"cfpb_complaints_sample.csv":  0.285,
	"womens_clothing_reviews.csv": 0.279,
}

// TestEvalQuality prints NMI and ARI of the main theme against the gold
// class at the gold k, the median over evalSeeds (and each seed's NMI).
// Comments in the no-theme group count as one more cluster, so nothing is
// left out of the score.
func TestEvalQuality(t *testing.T) {
	sets := evalSets(t)
	for _, v := range evalVariants() {
		for _, s := range sets {
			start := time.Now()
			var nmis, aris []float64
			noTheme := 0
			for _, seed := range evalSeeds {
				opts := append([]DiscoverOption{DiscoverK(s.k), DiscoverWithoutLabels(), DiscoverSeed(seed)}, v.opts...)
				m, err := Discover(context.Background(), s.comments, opts...)
				require.NoError(t, err)
				nmi, ari := evalScores(t, m, s.gold)
				nmis, aris, noTheme = append(nmis, nmi), append(aris, ari), len(m.NoTheme())
			}
			nmi, ari := evalMedian(nmis), evalMedian(aris)
			t.Logf("%-16s %-28s n=%5d k=%2d NMI=%.3f ARI=%.3f (median of %d seeds; NMI %.3f) no-theme=%d (%.1fs)",
				v.name, s.name, len(s.comments), s.k, nmi, ari, len(evalSeeds), nmis, noTheme, time.Since(start).Seconds())
			if v.name == "default" {
				assert.GreaterOrEqual(t, nmi, evalFloors[s.name], "NMI floor of %s", s.name)
			}
		}
	}
}

// TestEvalLabels counts, for seeds 1-5, the gold themes of the synthetic
// sample whose best-matching theme has a label with one of their key terms
// (labelHits, as TestDiscoverLabels does for one seed), over the whole
// sample at k = 16 with the default settings, and checks the median
// against evalLabelFloor. Run:
//
//	VERBATIM_EVAL=1 go test ./themes -run TestEvalLabels -v
func TestEvalLabels(t *testing.T) {
	if os.Getenv("VERBATIM_EVAL") == "" {
		t.Skip("set VERBATIM_EVAL=1 to run the evaluation over five seeds")
	}
	for _, v := range evalVariants() {
		var hits []float64
		for _, seed := range evalSeeds {
			opts := append([]DiscoverOption{DiscoverK(16), DiscoverSeed(seed)}, v.opts...)
			m, err := Discover(context.Background(), sampleComments(t), opts...)
			require.NoError(t, err)
			h, _ := labelHits(t, m)
			hits = append(hits, float64(h))
		}
		t.Logf("%-16s labels with a key term: median %.0f of 16 (seeds 1-5: %v)", v.name, evalMedian(hits), hits)
		if v.name == "default" {
			assert.GreaterOrEqual(t, evalMedian(hits), evalLabelFloor)
		}
	}
}

// evalLabelFloor is the median label count of TestEvalLabels with the
// default settings, measured at the last change: 8 (seeds 1-5: 9 9 8 8 7,
// sum 41) with six k-means restarts; 9 (9 9 8 9 7) with ten, since topics
// are chosen by cov² · IDF and -ing forms read as nouns; 7 before (6 8 7 9
// 6, sum 36). The target is 16. Typed, as evalMedian returns a float64
// and testify compares types.
const evalLabelFloor float64 = 8

// evalMedian is the middle value of xs (the mean of the two middle ones
// for an even count).
func evalMedian(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func evalScores(t *testing.T, m *Model, gold []string) (nmi, ari float64) {
	pred := make([]int, len(gold))
	for i := range pred {
		pred[i] = -1
		if ms := m.Memberships(i); len(ms) > 0 {
			pred[i] = ms[0].Theme
		}
	}
	nmi, err := cluster.NMI(gold, pred)
	require.NoError(t, err)
	ari, err = cluster.ARI(gold, pred)
	require.NoError(t, err)
	return nmi, ari
}
