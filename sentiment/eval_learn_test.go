package sentiment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/sentiment"
)

// TestEvalLearned learns a lexicon on one half of each data set (even or odd
// rows), calibrates the thresholds on that half, and tests on the other half,
// both ways, beside the base lexicon and VADER on the same test rows:
// go test ./sentiment -run TestEvalLearned -v
func TestEvalLearned(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation on real data: skipped with -short")
	}
	base := sentiment.New()
	for _, set := range evalSets {
		rows := loadEval(t, set)
		even, odd := halves(rows)
		for _, dir := range []struct {
			name        string
			train, test []evalRow
		}{{"learn-even-test-odd", even, odd}, {"learn-odd-test-even", odd, even}} {
			t.Run(set.file+"/"+dir.name, func(t *testing.T) {
				a := learnedAnalyzer(t, set, dir.train)
				cb, cl := evaluate(base, dir.test), evaluate(a, dir.test)
				t.Logf("%s %s n=%d base:    accuracy=%.3f macroF1=%.3f", set.file, dir.name, cb.Total(), cb.Accuracy(), cb.MacroF1())
				t.Logf("%s %s n=%d learned: accuracy=%.3f macroF1=%.3f thresholds=%+v", set.file, dir.name, cl.Total(), cl.Accuracy(), cl.MacroF1(), a.Thresholds())
				bar := set.vaderFloor
				if acc, f1, ok := vaderScores(t, dir.test); ok {
					t.Logf("%s %s n=%d VADER:   accuracy=%.3f macroF1=%.3f", set.file, dir.name, len(dir.test), acc, f1)
					bar = f1
				}
				assert.Greater(t, cl.MacroF1(), cb.MacroF1(), "learned lexicon must beat the base lexicon")
				assert.GreaterOrEqual(t, cl.MacroF1(), bar+0.08, "learned lexicon must beat VADER by 0.08")
			})
		}
	}
}

// learnedAnalyzer learns on train (scores mapped to the NPS weak labels;
// star ratings are first put on the 0-10 scale so that the weak labels equal
// the gold ones) and calibrates the thresholds on the same rows.
func learnedAnalyzer(t *testing.T, set evalSet, train []evalRow) *sentiment.Analyzer {
	texts := make([]string, len(train))
	scores := make([]int, len(train))
	gold := make([]sentiment.Label, len(train))
	for i, r := range train {
		texts[i], gold[i] = r.text, r.gold
		scores[i] = npsScale(set, r)
	}
	learned, err := sentiment.Learn(texts, scores)
	require.NoError(t, err)
	lex := sentiment.Base().Blend(learned, sentiment.DefaultBlendWeight)
	th, err := sentiment.New(sentiment.WithLexicon(lex)).Calibrate(texts, gold)
	require.NoError(t, err)
	return sentiment.New(sentiment.WithLexicon(lex), sentiment.WithThresholds(th))
}

// npsScale returns the row's score on 0-10: NPS scores as they are, star
// ratings 1-2 as 0, 3 as 7 and 4-5 as 10 (the same three classes).
func npsScale(set evalSet, r evalRow) int {
	if set.file == "nps_verbatims_dev.csv" {
		return r.score
	}
	switch r.gold {
	case sentiment.Negative:
		return 0
	case sentiment.Neutral:
		return 7
	}
	return 10
}
