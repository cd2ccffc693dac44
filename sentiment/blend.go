package sentiment

import (
	"fmt"
	"sort"
)

// DefaultBlendWeight is the weight Blend callers start from: the learned
// and the written valence count equally.
const DefaultBlendWeight = 0.5

// Blend returns a new lexicon: l with the learned terms mixed in with weight
// w in [0, 1]. For a learned term with valence ℓ whose base valence is b (0
// when l has no valence for it) the blended valence is
//
//	(1-w)·b + w·ℓ
//
// Base terms the learner did not keep stay as they are (the data did not
// contradict them). Terms with a grammatical role in l (modifier, negator,
// contrast, concession, hedge) keep their role and get no learned valence.
// A weight outside [0, 1] panics.
func (l *Lexicon) Blend(learned *LearnedLexicon, w float64) *Lexicon {
	if !(w >= 0 && w <= 1) {
		panic(fmt.Sprintf("sentiment: blend weight %v outside [0, 1]", w))
	}
	out := newLexicon()
	for k, e := range l.terms {
		cp := *e
		out.terms[k] = &cp
	}
	for _, t := range learned.Terms {
		key := normalizeTerm(t.Term)
		e := out.terms[key]
		if e == nil {
			e = &entry{phraseKeys: splitKey(key)}
			e.words = len(e.phraseKeys)
			out.terms[key] = e
		}
		if e.has[Modifier] || e.has[Negator] || e.has[Contrast] || e.has[Concession] || e.has[Hedge] {
			continue
		}
		b := 0.0
		if e.has[Valence] {
			b = e.val[Valence]
		}
		e.has[Valence], e.val[Valence], e.learned = true, (1-w)*b+w*t.Valence, true
	}
	out.index()
	return out
}

func splitKey(key string) []string {
	var parts []string
	start := 0
	for i := 0; i <= len(key); i++ {
		if i == len(key) || key[i] == ' ' {
			parts = append(parts, key[start:i])
			start = i + 1
		}
	}
	return parts
}

// Calibrate chooses the label thresholds that maximise macro-F1 on labelled
// comments, for use with WithThresholds. It searches Positive in [0, 0.8] and
// Negative in [-0.6, 0] by steps of 0.02 (Negative < Positive); ties go to
// the pair found first, smallest Positive then smallest Negative. It returns
// an error when the slices differ in length or are empty.
func (a *Analyzer) Calibrate(texts []string, gold []Label) (Thresholds, error) {
	if len(texts) != len(gold) || len(texts) == 0 {
		return Thresholds{}, fmt.Errorf("sentiment: calibrate: %d comments and %d labels", len(texts), len(gold))
	}
	type scored struct {
		c float64
		g Label
	}
	rows := make([]scored, len(texts))
	for i, t := range texts {
		c, _ := a.Score(t)
		rows[i] = scored{c, gold[i]}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].c < rows[j].c })
	best, bestF1 := a.o.thresholds, -1.0
	for pi := 0; pi <= 40; pi++ {
		for ni := 0; ni <= 30; ni++ {
			t := Thresholds{Positive: float64(pi) * 0.02, Negative: -float64(30-ni) * 0.02}
			if !t.valid() {
				continue
			}
			var cm Confusion
			for _, r := range rows {
				cm.Add(r.g, t.Label(r.c))
			}
			if f := cm.MacroF1(); f > bestF1 {
				best, bestF1 = t, f
			}
		}
	}
	return best, nil
}
