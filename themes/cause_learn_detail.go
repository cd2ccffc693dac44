package themes

import "fmt"

// LearnCauseFit says how TaxonomyLearn fitted one cause, so a caller can
// judge how far to trust it before using the learned taxonomy.
type LearnCauseFit struct {
	Cause Cause `json:"cause"`
	// Examples is how many examples have the cause: with a handful, the
	// fit and its F1 are rough.
	Examples int `json:"examples"`
	// Penalty and Cut are the regularisation strength and probability
	// cut the inner cross-validation chose.
	Penalty float64 `json:"penalty"`
	Cut     float64 `json:"cut"`
	// F1 is the cause's F1 over the examples, each predicted by the
	// model fitted on the inner folds without it, at the chosen penalty
	// and cut. The choice was made on these same predictions, so it is
	// somewhat optimistic; it reads the cause alone, without the
	// taxonomy's cap on ranked causes.
	F1 float64 `json:"f1"`
	// Cues is how many cues the learned cause has, and New how many of
	// them are not among the base cause's own.
	Cues int `json:"cues"`
	New  int `json:"new"`
}

// TaxonomyLearnDetail is TaxonomyLearn that also returns how each cause
// was fitted, in taxonomy order (none left out).
func TaxonomyLearnDetail(base *Taxonomy, examples []CauseExample, opts ...LearnOption) (*Taxonomy, []LearnCauseFit, error) {
	if base == nil {
		base = TaxonomyDefault()
	}
	o := learnOptions{
		features: LearnBaseCues | LearnWords, minDF: learnDefaultMinDF,
		penalties: learnDefaultPenalties, l1Ratio: learnDefaultL1Ratio,
		cuts: learnDefaultCuts, folds: learnDefaultFolds, name: base.Name() + "-learned",
	}
	for _, opt := range opts {
		opt(&o)
	}
	labels, err := learnLabels(base, examples)
	if err != nil {
		return nil, nil, fmt.Errorf("themes: learn: %w", err)
	}
	feats, err := learnFeatureSet(base, examples, o)
	if err != nil {
		return nil, nil, fmt.Errorf("themes: learn: %w", err)
	}
	spec := base.Spec()
	spec.Name = o.name
	spec.Threshold = 1
	fits := make([]LearnCauseFit, len(labels))
	for ci := range labels {
		own := base.spec.Causes[ci].Cues
		var w0 []float64
		var prior learnColumn
		if o.features&LearnBaseCues != 0 {
			w0, prior = learnPrior(feats, own)
		}
		fit := learnCause(feats, labels[ci], learnBandFactors(base, ci, examples), w0, prior, o)
		d := &spec.Causes[ci]
		d.Cues, d.Threshold, d.ReplaceCues = fit.cues(feats, own), 0, false
		fits[ci] = LearnCauseFit{Cause: d.Key, Examples: learnCount(labels[ci]), Penalty: fit.lambda,
			Cut: fit.cut, F1: fit.f1, Cues: len(d.Cues), New: learnNewCues(d.Cues, own)}
	}
	t, err := taxonomyCompile(spec)
	if err != nil { // a learned cue the checks refuse is a bug here, not bad input
		return nil, nil, fmt.Errorf("themes: learn: the learned taxonomy does not compile: %w", err)
	}
	return t, fits, nil
}

func learnCount(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// learnNewCues counts the cues that match differently from every cue of own.
func learnNewCues(cues, own []Cue) int {
	have := map[string]bool{}
	for _, c := range own {
		if canon, err := cueCheck(c); err == nil {
			have[canon] = true
		}
	}
	n := 0
	for _, c := range cues {
		if canon, err := cueCheck(c); err == nil && !have[canon] {
			n++
		}
	}
	return n
}
