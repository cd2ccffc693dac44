package themes

import (
	"errors"
	"fmt"
	"math"
)

// CauseExample is one hand-coded comment for TaxonomyLearn: the comment,
// the respondent's 0-10 score (-1 when unknown) and the causes a person
// assigned to it. A comment with no stated cause is coded CauseNone.
type CauseExample struct {
	Comment string
	// Score is the respondent's 0-10 score, or -1 when unknown. It feeds
	// the score bands and score_mismatch cues exactly as CauseWithScore
	// does when the learned taxonomy scores comments.
	Score int
	// Causes holds one or more keys of the base taxonomy, or just
	// CauseNone.
	Causes []Cause
}

// Errors returned (wrapped, naming the example) by TaxonomyLearn.
var (
	// ErrLearnEmpty: no examples were given.
	ErrLearnEmpty = errors.New("no examples to learn from")
	// ErrLearnExample: an example is malformed (no causes, an unknown or
	// repeated cause, none mixed with a cause, a score outside -1..10).
	ErrLearnExample = errors.New("invalid cause example")
	// ErrLearnNoPositives: a cause of the base taxonomy has no example, so
	// nothing can be learned about it.
	ErrLearnNoPositives = errors.New("cause has no examples")
)

// LearnFeatures selects what TaxonomyLearn may turn into cues; combine
// with |.
type LearnFeatures uint8

const (
	// LearnBaseCues: the base taxonomy's cues, of every cause, as the
	// matcher fires them (negation, contrast, patterns included). A cue
	// of one cause may be learned as evidence for another. Without it
	// the learned taxonomy keeps none of the base's cues.
	LearnBaseCues LearnFeatures = 1 << iota
	// LearnWords: word stems and two-word phrases found in the examples
	// (in at least LearnMinDocFreq of them, not both stop words).
	LearnWords
)

// LearnOption changes how TaxonomyLearn fits a taxonomy.
type LearnOption func(*learnOptions)

type learnOptions struct {
	features  LearnFeatures
	minDF     int
	penalties []float64
	l1Ratio   float64
	cuts      []float64
	folds     int
	name      string
}

// The defaults of TaxonomyLearn. The penalty grid spans two decades around
// the strengths that did best in cross-validation on an annotated NPS
// survey; the probability cuts go below 0.5 because the rarer causes gain
// F1 by trading precision for recall.
var (
	learnDefaultPenalties = []float64{0.001, 0.003, 0.01, 0.03, 0.1, 0.3}
	learnDefaultCuts      = []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6}
)

const (
	learnDefaultMinDF   = 3
	learnDefaultL1Ratio = 0.5
	learnDefaultFolds   = 5
)

// LearnUsing sets the features cues are learned from (default
// LearnBaseCues|LearnWords). A zero value is ignored.
func LearnUsing(f LearnFeatures) LearnOption {
	return func(o *learnOptions) {
		if f&(LearnBaseCues|LearnWords) != 0 {
			o.features = f & (LearnBaseCues | LearnWords)
		}
	}
}

// LearnMinDocFreq sets how many examples a word or two-word phrase must
// occur in to become a candidate cue (default 3); values below 1 are
// ignored.
func LearnMinDocFreq(n int) LearnOption {
	return func(o *learnOptions) {
		if n >= 1 {
			o.minDF = n
		}
	}
}

// LearnPenalties sets the regularisation strengths the inner
// cross-validation chooses from, per cause. Values that are not finite
// and above 0 are ignored; an empty list keeps the default.
func LearnPenalties(lambdas ...float64) LearnOption {
	return func(o *learnOptions) {
		if v := learnPositive(lambdas, math.Inf(1)); len(v) > 0 {
			o.penalties = v
		}
	}
}

// LearnL1Ratio sets the share of the penalty that is L1 (lasso) rather
// than L2 (ridge), in [0, 1] (default 0.5): more L1 gives fewer cues.
// Values outside [0, 1] are ignored.
func LearnL1Ratio(r float64) LearnOption {
	return func(o *learnOptions) {
		if r >= 0 && r <= 1 {
			o.l1Ratio = r
		}
	}
}

// LearnCuts sets the probability cuts the inner cross-validation chooses
// from, per cause: a cause is ranked when the fitted probability reaches
// the cut. Values outside (0, 1) are ignored; an empty list keeps the
// default.
func LearnCuts(cuts ...float64) LearnOption {
	return func(o *learnOptions) {
		if v := learnPositive(cuts, 1); len(v) > 0 {
			o.cuts = v
		}
	}
}

// LearnFolds sets the number of inner cross-validation folds (default 5,
// at least 2); smaller values are ignored.
func LearnFolds(k int) LearnOption {
	return func(o *learnOptions) {
		if k >= 2 {
			o.folds = k
		}
	}
}

// LearnName names the learned taxonomy (default the base's name followed
// by "-learned").
func LearnName(name string) LearnOption {
	return func(o *learnOptions) { o.name = name }
}

// learnPositive keeps the finite values in (0, below), sorted ascending
// and without repeats, so the grids are searched in a fixed order.
func learnPositive(vs []float64, below float64) []float64 {
	var out []float64
	for _, v := range vs {
		if v > 0 && v < below && !math.IsInf(v, 0) {
			out = append(out, v)
		}
	}
	return learnSortedUnique(out)
}

// TaxonomyLearn fits a taxonomy to hand-coded comments, so the cues speak
// the language of the caller's own customers. For each cause of base (nil
// means TaxonomyDefault) it fits a one-vs-rest logistic regression with
// non-negative weights and an elastic-net penalty on features that are
// cues as the matcher fires them: the base taxonomy's cues (of every
// cause) and the word stems and two-word phrases of the examples. The
// penalty and the probability cut are chosen per cause by inner
// cross-validation on the examples (stratified, deterministic folds) for
// the best F1. The fitted weights become cue weights, scaled so that a
// cause is ranked exactly when its fitted probability reaches the chosen
// cut: the taxonomy's threshold is 1 and no cause keeps its own.
//
// The result is plain taxonomy data: base's settings, texts, fixes and
// score bands, with the learned cues. Its Spec round-trips through JSON,
// and Score explains its rankings with evidence like any other taxonomy.
// Features that only count against a cause cannot be cues (weights are
// positive), so they are left out. A cause the model would predict even
// with no evidence is ranked whenever one of its cues fires.
//
// Learning is deterministic: the same examples and options give the same
// taxonomy. Errors name the example at fault and wrap ErrLearnEmpty,
// ErrLearnExample or ErrLearnNoPositives.
func TaxonomyLearn(base *Taxonomy, examples []CauseExample, opts ...LearnOption) (*Taxonomy, error) {
	t, _, err := TaxonomyLearnDetail(base, examples, opts...)
	return t, err
}

// learnLabels checks the examples and returns, per cause of base except
// none (in taxonomy order), whether each example has it.
func learnLabels(base *Taxonomy, examples []CauseExample) ([][]bool, error) {
	if len(examples) == 0 {
		return nil, ErrLearnEmpty
	}
	n := len(base.spec.Causes) - 1 // none is last
	labels := make([][]bool, n)
	for ci := range labels {
		labels[ci] = make([]bool, len(examples))
	}
	for i, ex := range examples {
		if err := learnCheckExample(base, ex, labels, i); err != nil {
			return nil, fmt.Errorf("examples[%d]: %w", i, err)
		}
	}
	for ci := range labels {
		if learnCount(labels[ci]) == 0 {
			return nil, fmt.Errorf("cause %q: none of the %d examples has it: %w", base.spec.Causes[ci].Key, len(examples), ErrLearnNoPositives)
		}
	}
	return labels, nil
}

// learnCheckExample checks one example and marks its causes in labels.
func learnCheckExample(base *Taxonomy, ex CauseExample, labels [][]bool, i int) error {
	if ex.Score < -1 || ex.Score > 10 {
		return fmt.Errorf("score %d: want 0-10, or -1 for unknown: %w", ex.Score, ErrLearnExample)
	}
	if len(ex.Causes) == 0 {
		return fmt.Errorf("no causes (code a comment without one as %q): %w", CauseNone, ErrLearnExample)
	}
	seen := make(map[Cause]bool, len(ex.Causes))
	for k, c := range ex.Causes {
		ci, ok := base.index[c]
		switch {
		case !ok:
			return fmt.Errorf("causes[%d] %q is not in taxonomy %q: %w", k, c, base.Name(), errors.Join(ErrLearnExample, ErrCauseUnknown))
		case seen[c]:
			return fmt.Errorf("causes[%d] %q is listed twice: %w", k, c, ErrLearnExample)
		case c == CauseNone && len(ex.Causes) > 1:
			return fmt.Errorf("causes[%d] %q comes with other causes: %w", k, c, ErrLearnExample)
		}
		seen[c] = true
		if c != CauseNone {
			labels[ci][i] = true
		}
	}
	return nil
}

// learnBandFactors returns, per example, the score band factor of cause ci
// (1 when the score is unknown), which multiplies the cause's score at
// scoring time and so multiplies its features when fitting.
func learnBandFactors(base *Taxonomy, ci int, examples []CauseExample) []float64 {
	f := make([]float64, len(examples))
	for i, ex := range examples {
		f[i] = 1
		if ex.Score >= 0 {
			f[i] = base.factors[ci][ex.Score]
		}
	}
	return f
}
