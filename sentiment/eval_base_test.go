package sentiment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-go/verbatim/sentiment"
)

// TestEvalBase measures the base lexicon against VADER on the same rows:
// go test ./sentiment -run TestEvalBase -v
func TestEvalBase(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation on real data: skipped with -short")
	}
	a := sentiment.New()
	for _, set := range evalSets {
		t.Run(set.file, func(t *testing.T) {
			rows := loadEval(t, set)
			c := evaluate(a, rows)
			t.Logf("%s n=%d verbatim base: accuracy=%.3f macroF1=%.3f", set.file, c.Total(), c.Accuracy(), c.MacroF1())
			t.Logf("confusion [gold][pred] neg/neu/pos: %v", c)
			bar := set.vaderFloor
			if acc, f1, ok := vaderScores(t, rows); ok {
				t.Logf("%s n=%d VADER (same rows):   accuracy=%.3f macroF1=%.3f", set.file, len(rows), acc, f1)
				bar = f1
			} else {
				t.Logf("VADER not available; comparing with the bench README figure %.3f", bar)
			}
			assert.GreaterOrEqual(t, c.MacroF1(), bar+0.08, "macro-F1 must beat VADER by 0.08")
		})
	}
}
