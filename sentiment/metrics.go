package sentiment

import (
	"errors"
	"fmt"
)

// ErrScore is returned (wrapped, with the value) for a score outside 0-10.
var ErrScore = errors.New("score must be an integer from 0 to 10")

// WeakLabel maps a 0-10 recommendation score to the label its comment is
// expected to carry: 0-6 (detractors) Negative, 7-8 (passives) Neutral,
// 9-10 (promoters) Positive. It is a weak label: many passives write
// positive words and some promoters complain.
func WeakLabel(score int) (Label, error) {
	switch {
	case score < 0 || score > 10:
		return Neutral, fmt.Errorf("sentiment: score %d: %w", score, ErrScore)
	case score >= 9:
		return Positive, nil
	case score >= 7:
		return Neutral, nil
	}
	return Negative, nil
}

// Confusion counts predictions against gold labels: Confusion[gold][pred],
// each index being the label plus one (neg 0, neu 1, pos 2).
type Confusion [3][3]int

// Add counts one prediction.
func (c *Confusion) Add(gold, pred Label) { c[gold.index()][pred.index()]++ }

func (l Label) index() int {
	switch {
	case l < 0:
		return 0
	case l > 0:
		return 2
	}
	return 1
}

// Total returns the number of predictions counted.
func (c *Confusion) Total() int {
	n := 0
	for g := range c {
		for p := range c[g] {
			n += c[g][p]
		}
	}
	return n
}

// Accuracy returns the share of predictions equal to their gold label, or
// 0 when nothing was counted.
func (c *Confusion) Accuracy() float64 {
	n := c.Total()
	if n == 0 {
		return 0
	}
	return float64(c[0][0]+c[1][1]+c[2][2]) / float64(n)
}

// F1 returns the F1 score of one class: 2PR/(P+R), with precision or recall
// taken as 0 when its denominator is 0 (the convention of the VADER bench
// script in ../shared/bench and of scikit-learn's zero_division=0).
func (c *Confusion) F1(l Label) float64 {
	k := l.index()
	tp, fp, fn := c[k][k], 0, 0
	for o := 0; o < 3; o++ {
		if o != k {
			fp += c[o][k]
			fn += c[k][o]
		}
	}
	var p, r float64
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// MacroF1 returns the unweighted mean of the three classes' F1 scores.
func (c *Confusion) MacroF1() float64 {
	return (c.F1(Negative) + c.F1(Neutral) + c.F1(Positive)) / 3
}
