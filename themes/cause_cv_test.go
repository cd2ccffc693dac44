package themes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/internal/shared"
	"github.com/verbatim-go/verbatim/themes"
)

// causeCVFolds splits the even (tuning) rows of nps_verbatims_dev.csv into
// five folds, row k of the even rows going to fold k mod 5. The odd rows
// stay held out and are not read here.
func causeCVFolds(t *testing.T) [][]causeEvalRow {
	rows := causeEvalRead(t, shared.Data(t, "nps_verbatims_dev.csv"))
	folds := make([][]causeEvalRow, 5)
	for i := 0; i < len(rows); i += 2 {
		folds[(i/2)%5] = append(folds[(i/2)%5], rows[i])
	}
	return folds
}

// causeCVPick runs nested cross-validation of one setting over the folds:
// for each fold, the value with the best macro-F1 on the other four folds
// is chosen (ties to the earlier value) and its macro-F1 on the fold itself
// is recorded. set applies a value to a copy of the default spec.
func causeCVPick(t *testing.T, folds [][]causeEvalRow, values []float64, set func(*themes.TaxonomySpec, float64)) (chosen, held []float64) {
	t.Helper()
	train := make([][]float64, len(values)) // value x fold
	test := make([][]float64, len(values))
	for vi, v := range values {
		spec := themes.TaxonomyDefault().Spec()
		set(&spec, v)
		tax, err := themes.TaxonomyCompile(spec)
		require.NoError(t, err)
		for f := range folds {
			var rest []causeEvalRow
			for g := range folds {
				if g != f {
					rest = append(rest, folds[g]...)
				}
			}
			train[vi] = append(train[vi], causeMacroF1(causeEvaluate(tax, rest)))
			test[vi] = append(test[vi], causeMacroF1(causeEvaluate(tax, folds[f])))
		}
	}
	for f := range folds {
		best := 0
		for vi := range values {
			if train[vi][f] > train[best][f] {
				best = vi
			}
		}
		chosen, held = append(chosen, values[best]), append(held, test[best][f])
	}
	return chosen, held
}

// TestCauseCVSettings checks the default taxonomy's threshold by nested
// 5-fold cross-validation on the tuning rows, and logs the same for
// secondary_ratio. The default threshold must be chosen in at least four
// of the five folds, and its mean held-out fold macro-F1 must be no lower
// than that of the values chosen. Measured when the cues were last
// changed: threshold 1 chosen in four folds and 0.9 in the third, where 1
// does better on the fold itself (held-out fold macro-F1 at threshold 1:
// 0.795 0.831 0.787 0.737 0.937, mean 0.817, against 0.776 0.831 0.775
// 0.733 0.911, mean 0.805, before that change); secondary_ratio 0.2 chosen
// in four folds and never better on the held-out fold than no rule, so the
// default leaves the rule off; max_causes 2 (the default) chosen in every
// fold against 0 (no cap), 1 and 3. Run:
//
//	go test ./themes -run TestCauseCVSettings -v
func TestCauseCVSettings(t *testing.T) {
	folds := causeCVFolds(t)
	def := themes.TaxonomyDefault().Threshold()
	setThreshold := func(s *themes.TaxonomySpec, v float64) { s.Threshold = v }
	thresholds := []float64{0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4}
	chosen, held := causeCVPick(t, folds, thresholds, setThreshold)
	_, heldDef := causeCVPick(t, folds, []float64{def}, setThreshold)
	t.Logf("threshold: chosen %v, held-out fold macro-F1 %.3f (default %v: %.3f)", chosen, held, def, heldDef)
	same := 0
	for _, c := range chosen {
		if c == def {
			same++
		}
	}
	assert.GreaterOrEqual(t, same, 4, "folds choosing the default threshold %v: %v", def, chosen)
	assert.GreaterOrEqual(t, causeMean(heldDef), causeMean(held)-1e-9, "default threshold against the values chosen")
	ratios := []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5}
	chosen, held = causeCVPick(t, folds, ratios, func(s *themes.TaxonomySpec, v float64) { s.SecondaryRatio = v })
	t.Logf("secondary_ratio: chosen %v, held-out fold macro-F1 %.3f", chosen, held)
	chosen, held = causeCVPick(t, folds, []float64{0, 1, 2, 3}, func(s *themes.TaxonomySpec, v float64) { s.MaxCauses = int(v) })
	t.Logf("max_causes: chosen %v, held-out fold macro-F1 %.3f", chosen, held)
}

// TestCauseCVPerCauseThreshold fits a threshold per cause (CauseDef.
// Threshold) by nested 5-fold cross-validation on the tuning rows: for
// each fold, coordinate ascent over the seven causes on the other four
// folds, from the default taxonomy, keeping a value only when it raises
// their macro-F1; then the fitted taxonomy is measured on the fold itself.
// The default taxonomy sets no per-cause threshold, and this test checks
// that the fitted ones do not beat it clearly: a mean gain over the folds
// under 0.01 (the gain that would justify the extra parameters). Measured
// when added: default 0.795 0.831 0.787 0.737 0.937 (mean 0.817), fitted
// 0.801 0.827 0.786 0.737 0.942 (mean 0.819); the only cause moved in
// every fold was service, to 0.5 or 0.6. Run:
//
//	go test ./themes -run TestCauseCVPerCauseThreshold -v
func TestCauseCVPerCauseThreshold(t *testing.T) {
	if testing.Short() || themes.RaceOn {
		// Pure arithmetic over the same cue matches, 9 s plain and several
		// times that under the race detector: CI's -race run skips it.
		t.Skip("nested cross-validation of seven thresholds")
	}
	folds := causeCVFolds(t)
	grid := []float64{0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.5, 2.0}
	var def, fit []float64
	for f := range folds {
		var rest []causeEvalRow
		for g := range folds {
			if g != f {
				rest = append(rest, folds[g]...)
			}
		}
		spec := themes.TaxonomyDefault().Spec()
		best := causeMacroF1(causeEvaluate(causeCVCompile(t, spec), rest))
		for ci := 0; ci < len(causeEvalSeven); ci++ {
			keep := spec.Causes[ci].Threshold
			for _, v := range grid {
				spec.Causes[ci].Threshold = v
				if m := causeMacroF1(causeEvaluate(causeCVCompile(t, spec), rest)); m > best+1e-12 {
					best, keep = m, v
				}
			}
			spec.Causes[ci].Threshold = keep
		}
		def = append(def, causeMacroF1(causeEvaluate(themes.TaxonomyDefault(), folds[f])))
		fit = append(fit, causeMacroF1(causeEvaluate(causeCVCompile(t, spec), folds[f])))
		var limits []float64
		for _, d := range spec.Causes[:len(causeEvalSeven)] {
			limits = append(limits, d.Threshold)
		}
		t.Logf("fold %d: per-cause thresholds %v (0: the taxonomy's)", f, limits)
	}
	t.Logf("held-out fold macro-F1: default %.3f (mean %.3f), per-cause thresholds %.3f (mean %.3f)", def, causeMean(def), fit, causeMean(fit))
	assert.Less(t, causeMean(fit)-causeMean(def), 0.01, "per-cause thresholds now beat the default clearly: set them in taxonomy_default.json")
}

func causeCVCompile(t *testing.T, spec themes.TaxonomySpec) *themes.Taxonomy {
	t.Helper()
	tax, err := themes.TaxonomyCompile(spec)
	require.NoError(t, err)
	return tax
}

func causeMean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}
