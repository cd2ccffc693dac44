package themes

import (
	"math"
	"sort"
	"strings"
)

// logLikelihood returns Dunning's G² = 2 Σ O ln(O/E) for the 2×2 table of
// n positions where k of them have both A and B, a have A and b have B,
// and the ratio k/E(k) of observed to expected joint count.
func logLikelihood(k, a, b, n float64) (g2, ratio float64) {
	if n <= 0 || a <= 0 || b <= 0 {
		return 0, 0
	}
	cells := [4]float64{k, a - k, b - k, n - a - b + k}
	rows := [4]float64{a, a, n - a, n - a}
	cols := [4]float64{b, n - b, b, n - b}
	for i, o := range cells {
		if o > 0 {
			g2 += o * math.Log(o*n/(rows[i]*cols[i]))
		}
	}
	return 2 * g2, k * n / (a * b)
}

// pairStat tests a pair of words over pair positions.
func (c *PhraseCounter) pairStat(k uint64, n int64) (float64, float64) {
	return logLikelihood(float64(n), float64(c.left[k>>32]), float64(c.right[uint32(k)]), float64(c.n2))
}

// tripleStat tests both ways of splitting a triple, (w1 w2 | w3) and
// (w1 | w2 w3), over triple positions, and returns the weaker result: a
// triple is a phrase only when neither part explains it alone.
func (c *PhraseCounter) tripleStat(k [3]uint32, n int64) (float64, float64) {
	p12, p23 := pairKey(k[0], k[1]), pairKey(k[1], k[2])
	// Pair and word counts over pair positions, minus those that cannot
	// be part of a triple position (the last pair of a segment cannot
	// start a triple; the second word of a segment cannot end one).
	startPair := c.pairs[p12].n - c.last2[p12]
	endWord := c.right[k[2]] - c.second[k[2]]
	startWord := c.left[k[0]] - c.penult[k[0]]
	endPair := c.pairs[p23].n - c.first2[p23]
	g1, r1 := logLikelihood(float64(n), float64(startPair), float64(endWord), float64(c.n3))
	g2, r2 := logLikelihood(float64(n), float64(startWord), float64(endPair), float64(c.n3))
	return min(g1, g2), min(r1, r2)
}

// Phrases returns the phrases that pass the thresholds (see PhraseOption),
// ordered by score, highest first, ties by key. Each phrase is displayed
// in its most frequent written form, ties alphabetically.
func (c *PhraseCounter) Phrases(opts ...PhraseOption) *Phrases {
	o := defaultPhraseOptions()
	for _, opt := range opts {
		opt(&o)
	}
	passes := func(n int64, g2, ratio float64) bool {
		return n >= int64(o.minCount) && g2 >= o.minScore && ratio >= o.minRatio
	}
	var list []Phrase
	pairAt := map[uint64]int{}
	for k, pc := range c.pairs {
		if pc.candidate() && pc.n >= int64(o.minCount) {
			if g2, r := c.pairStat(k, pc.n); passes(pc.n, g2, r) {
				pairAt[k] = len(list)
				list = append(list, Phrase{Key: c.join(uint32(k>>32), uint32(k)), Words: 2, Count: int(pc.n), Score: g2, Ratio: r})
			}
		}
	}
	triAt := map[[3]uint32]int{}
	for k, n := range c.tri {
		if n >= int64(o.minCount) {
			if g2, r := c.tripleStat(k, n); passes(n, g2, r) {
				triAt[k] = len(list)
				list = append(list, Phrase{Key: c.join(k[:]...), Words: 3, Count: int(n), Score: g2, Ratio: r})
			}
		}
	}
	c.displayForms(list, pairAt, triAt)
	sort.Slice(list, func(i, j int) bool {
		if list[i].Score != list[j].Score {
			return list[i].Score > list[j].Score
		}
		return list[i].Key < list[j].Key
	})
	if o.max > 0 && len(list) > o.max {
		list = list[:o.max]
	}
	p, err := NewPhrases(list)
	if err != nil {
		panic("themes: counted phrases are invalid: " + err.Error()) // keys are built above: a bug, not bad data
	}
	return p
}

// displayForms sets each phrase's Display to its most frequent form.
func (c *PhraseCounter) displayForms(list []Phrase, pairAt map[uint64]int, triAt map[[3]uint32]int) {
	counts := make([]int64, len(list))
	pick := func(i int, n int64, form string) {
		if n > counts[i] || n == counts[i] && form < list[i].Display {
			counts[i], list[i].Display = n, form
		}
	}
	for k, n := range c.pairForms {
		if i, ok := pairAt[k[0]]; ok {
			pick(i, n, c.join(uint32(k[1]>>32), uint32(k[1])))
		}
	}
	for k, n := range c.triForms {
		if i, ok := triAt[[3]uint32{k[0], k[1], k[2]}]; ok {
			pick(i, n, c.join(k[3:]...))
		}
	}
}

// join returns the words of ids separated by single spaces.
func (c *PhraseCounter) join(ids ...uint32) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = c.words[id]
	}
	return strings.Join(parts, " ")
}
