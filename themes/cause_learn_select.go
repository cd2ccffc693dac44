package themes

import (
	"math"
	"slices"
)

// learnFit is one cause's fitted model and the probability cut chosen.
type learnFit struct {
	w      []float64
	b      float64
	cut    float64
	lambda float64
	f1     float64 // the inner cross-validated F1 of the chosen setting
}

// learnCause chooses the penalty and the cut for one cause by inner
// cross-validation, then fits the model on every example.
// w0 and base are the cause's prior (see learnPrior), empty for none.
func learnCause(feats *learnFeats, labels []bool, factors, w0 []float64, base learnColumn, o learnOptions) learnFit {
	y := make([]float64, len(labels))
	for i, l := range labels {
		if l {
			y[i] = 1
		}
	}
	// Strongest penalty first: each fit starts from the previous one's
	// weights, which are close, so the path costs little more than one fit.
	lambdas := slices.Clone(o.penalties)
	slices.Reverse(lambdas)
	oof := learnOutOfFold(feats, y, factors, w0, base, lambdas, o)
	best := learnFit{f1: -1}
	for li, lam := range lambdas {
		for _, cut := range learnCutOrder(o.cuts) {
			// Strictly better only: ties go to the stronger penalty and
			// to the cut nearer 0.5.
			if f1 := learnF1(oof[li], labels, cut); f1 > best.f1+1e-12 {
				best = learnFit{lambda: lam, cut: cut, f1: f1}
			}
		}
	}
	all := make([]float64, len(y))
	for i := range all {
		all[i] = 1
	}
	sv := newLearnSolver(feats, y, factors, all, w0, base)
	for _, lam := range lambdas { // the same path, down to the chosen strength
		sv.setPenalty(lam, o.l1Ratio)
		sv.solve()
		if lam == best.lambda {
			break
		}
	}
	best.w, best.b = sv.weights(), sv.b
	return best
}

// learnOutOfFold returns, per penalty, every example's probability from
// the model fitted on the folds without it.
func learnOutOfFold(feats *learnFeats, y, factors, w0 []float64, base learnColumn, lambdas []float64, o learnOptions) [][]float64 {
	fold := learnFoldsOf(y, o.folds)
	oof := make([][]float64, len(lambdas))
	for li := range oof {
		oof[li] = make([]float64, len(y))
	}
	for k := 0; k < o.folds; k++ {
		s := make([]float64, len(y))
		for i := range s {
			if fold[i] != k {
				s[i] = 1
			}
		}
		sv := newLearnSolver(feats, y, factors, s, w0, base)
		for li, lam := range lambdas {
			sv.setPenalty(lam, o.l1Ratio)
			sv.solve()
			for i := range y {
				if fold[i] == k {
					oof[li][i] = sv.p[i]
				}
			}
		}
	}
	return oof
}

// learnPrior returns the base weight of each candidate that is one of the
// cause's own cues (0 for the others) and the base score column: per
// example, the sum of those weights times how strongly each fired, which
// is the base taxonomy's score for the cause before its score band.
func learnPrior(feats *learnFeats, own []Cue) ([]float64, learnColumn) {
	w0 := make([]float64, len(feats.defs))
	for _, c := range own {
		if canon, err := cueCheck(c); err == nil {
			if j, ok := feats.index[canon]; ok {
				w0[j] = c.Weight
			}
		}
	}
	score := make([]float64, feats.n)
	for j, w := range w0 {
		if w > 0 {
			rows, vals := feats.col(j)
			for k, r := range rows {
				score[r] += w * vals[k]
			}
		}
	}
	var col learnColumn
	for i, v := range score {
		if v > 0 {
			col.rows = append(col.rows, int32(i))
			col.vals = append(col.vals, v)
		}
	}
	return w0, col
}

// learnFoldsOf deals the positives and the negatives round-robin over k
// folds in example order, so every fold gets its share of a rare cause.
func learnFoldsOf(y []float64, k int) []int {
	fold := make([]int, len(y))
	var pos, neg int
	for i, v := range y {
		if v == 1 {
			fold[i] = pos % k
			pos++
		} else {
			fold[i] = neg % k
			neg++
		}
	}
	return fold
}

// learnCutOrder returns the cuts nearest 0.5 first (ties to the lower).
func learnCutOrder(cuts []float64) []float64 {
	out := slices.Clone(cuts)
	slices.SortStableFunc(out, func(a, b float64) int {
		da, db := math.Abs(a-0.5), math.Abs(b-0.5)
		switch {
		case da < db:
			return -1
		case da > db:
			return 1
		}
		return 0
	})
	return out
}

// learnF1 is the F1 of predicting the cause when p >= cut.
func learnF1(p []float64, labels []bool, cut float64) float64 {
	tp, fp, fn := 0, 0, 0
	for i, l := range labels {
		switch pred := p[i] >= cut; {
		case pred && l:
			tp++
		case pred:
			fp++
		case l:
			fn++
		}
	}
	if tp == 0 {
		return 0
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

// learnWeightScale is how finely learned weights are written: three
// decimals keep the file readable, and the taxonomy is measured as
// written.
const learnWeightScale = 1000

// cues turns the fitted weights into cues: score >= 1 exactly when
// b + score' >= logit(cut), with score' the fitted linear score, so each
// weight is divided by T = logit(cut) - b. When T <= 0 the model would
// predict the cause with no evidence, which a taxonomy cannot say; the
// cause is then ranked whenever any of its cues fires (T is its smallest
// weight). A feature that is one of the cause's own base cues keeps that
// cue's text.
func (fit learnFit) cues(feats *learnFeats, own []Cue) []Cue {
	minW := math.Inf(1)
	for _, w := range fit.w {
		if w > 0 {
			minW = math.Min(minW, w)
		}
	}
	if math.IsInf(minW, 1) {
		return nil
	}
	t := learnLogit(fit.cut) - fit.b
	if t <= 0 {
		t = minW
	}
	ownText := map[string]Cue{}
	for _, c := range own {
		if canon, err := cueCheck(c); err == nil {
			ownText[canon] = c
		}
	}
	var out []Cue
	for j, w := range fit.w {
		v := math.Round(math.Min(w/t, 100)*learnWeightScale) / learnWeightScale
		if v <= 0 {
			continue
		}
		c, ok := ownText[feats.canon[j]]
		if !ok {
			c = feats.defs[j]
		}
		c.Weight = v
		out = append(out, c)
	}
	return out
}
