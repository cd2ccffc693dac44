package themes

import (
	"math"
	"sort"
	"strings"
)

// PhraseCounter counts the words, pairs and triples of words in comments,
// to find the phrases that recur more than chance. Counters built on
// shards of a corpus merge exactly. It is not safe for concurrent use;
// give each goroutine its own and Merge them.
//
// Memory grows with the number of distinct word pairs; for very large
// corpora, count a sample (a hundred thousand comments find the phrases
// that matter).
type PhraseCounter struct {
	a           *Analyzer
	n2, n3      int64            // pair and triple positions
	left        map[string]int64 // word as the first of a pair position
	right       map[string]int64 // word as the second of a pair position
	second      map[string]int64 // word second in its segment
	penult      map[string]int64 // word last but one in its segment
	pairs       map[[2]string]pairCount
	first2      map[[2]string]int64 // pair at the start of its segment
	last2       map[[2]string]int64 // pair at the end of its segment
	tri         map[[3]string]int64 // candidate triples
	phraseForms Forms               // surface forms of candidate phrases
}

type pairCount struct {
	n         int64
	candidate bool
}

// NewPhraseCounter returns an empty counter that reads comments with a.
// The phrases found are only meaningful for analyzers with a's language
// and stop words.
func NewPhraseCounter(a *Analyzer) *PhraseCounter {
	return &PhraseCounter{
		a: a, left: map[string]int64{}, right: map[string]int64{},
		second: map[string]int64{}, penult: map[string]int64{},
		pairs: map[[2]string]pairCount{}, first2: map[[2]string]int64{},
		last2: map[[2]string]int64{}, tri: map[[3]string]int64{},
	}
}

// Add counts the words of one comment.
func (c *PhraseCounter) Add(comment string) {
	w := c.a.getWorker()
	defer c.a.putWorker(w)
	c.a.scan(w, comment, nil, true)
	words := w.words
	for start := 0; start < len(words); {
		end := start + 1
		for end < len(words) && words[end].seg == words[start].seg {
			end++
		}
		c.addSegment(w, words[start:end])
		start = end
	}
}

// addSegment counts one run of words that a phrase may span.
func (c *PhraseCounter) addSegment(w *worker, seg []wordPos) {
	m := len(seg)
	if m < 2 {
		return
	}
	c.second[seg[1].info.stem]++
	c.penult[seg[m-2].info.stem]++
	c.first2[[2]string{seg[0].info.stem, seg[1].info.stem}]++
	c.last2[[2]string{seg[m-2].info.stem, seg[m-1].info.stem}]++
	for i := 0; i+1 < m; i++ {
		k := [2]string{seg[i].info.stem, seg[i+1].info.stem}
		pc := c.pairs[k]
		pc.n++
		if candidate(seg[i : i+2]) {
			pc.candidate = true
			c.addSurface(w, seg[i:i+2])
		}
		c.pairs[k] = pc
		c.left[k[0]]++
		c.right[k[1]]++
		c.n2++
		if i+2 < m {
			c.n3++
			if candidate(seg[i : i+3]) {
				c.tri[[3]string{k[0], k[1], seg[i+2].info.stem}]++
				c.addSurface(w, seg[i:i+3])
			}
		}
	}
}

// candidate reports whether words may form a phrase: the first word is a
// content word, a particle or a negator ("on hold", "no signal"), the last
// a content word or a particle ("set up"), a middle word a content word, a
// particle or a linker ("waste of time", not "order was cancelled"), and
// at least one word is a content word.
func candidate(words []wordPos) bool {
	first, last := words[0].info, words[len(words)-1].info
	if !first.isTerm() && first.flags&(wParticle|wNegator) == 0 {
		return false
	}
	if !last.isTerm() && last.flags&wParticle == 0 {
		return false
	}
	content := first.isTerm() || last.isTerm()
	for _, w := range words[1 : len(words)-1] {
		if w.info.isTerm() {
			content = true
		} else if w.info.flags&(wParticle|wLinker) == 0 {
			return false
		}
	}
	return content
}

// addSurface counts how the candidate phrase words is written.
func (c *PhraseCounter) addSurface(w *worker, words []wordPos) {
	key, surface := w.buf[:0], w.tmpBytes[:0]
	for i, p := range words {
		if i > 0 {
			key, surface = append(key, ' '), append(surface, ' ')
		}
		key, surface = append(key, p.info.stem...), append(surface, p.info.lower...)
	}
	w.buf, w.tmpBytes = key, surface
	c.phraseForms.addBytes(key, surface)
}

// Merge adds the counts of o to c.
func (c *PhraseCounter) Merge(o *PhraseCounter) {
	c.n2 += o.n2
	c.n3 += o.n3
	mergeCounts(c.left, o.left)
	mergeCounts(c.right, o.right)
	mergeCounts(c.second, o.second)
	mergeCounts(c.penult, o.penult)
	mergeCounts(c.first2, o.first2)
	mergeCounts(c.last2, o.last2)
	mergeCounts(c.tri, o.tri)
	for k, v := range o.pairs {
		pc := c.pairs[k]
		pc.n += v.n
		pc.candidate = pc.candidate || v.candidate
		c.pairs[k] = pc
	}
	c.phraseForms.Merge(&o.phraseForms)
}

func mergeCounts[K comparable](dst, src map[K]int64) {
	for k, v := range src {
		dst[k] += v
	}
}

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
func (c *PhraseCounter) pairStat(k [2]string, n int64) (float64, float64) {
	return logLikelihood(float64(n), float64(c.left[k[0]]), float64(c.right[k[1]]), float64(c.n2))
}

// tripleStat tests both ways of splitting a triple, (w1 w2 | w3) and
// (w1 | w2 w3), over triple positions, and returns the weaker result: a
// triple is a phrase only when neither part explains it alone.
func (c *PhraseCounter) tripleStat(k [3]string, n int64) (float64, float64) {
	p12, p23 := [2]string{k[0], k[1]}, [2]string{k[1], k[2]}
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
// ordered by score, highest first, ties by key.
func (c *PhraseCounter) Phrases(opts ...PhraseOption) *Phrases {
	o := defaultPhraseOptions()
	for _, opt := range opts {
		opt(&o)
	}
	var list []Phrase
	keep := func(key []string, n int64, g2, ratio float64) {
		if n >= int64(o.minCount) && g2 >= o.minScore && ratio >= o.minRatio {
			list = append(list, Phrase{Key: strings.Join(key, " "), Words: len(key), Count: int(n), Score: g2, Ratio: ratio, Display: c.phraseForms.Display(strings.Join(key, " "))})
		}
	}
	for k, pc := range c.pairs {
		if pc.candidate && pc.n >= int64(o.minCount) {
			g2, r := c.pairStat(k, pc.n)
			keep(k[:], pc.n, g2, r)
		}
	}
	for k, n := range c.tri {
		if n >= int64(o.minCount) {
			g2, r := c.tripleStat(k, n)
			keep(k[:], n, g2, r)
		}
	}
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
