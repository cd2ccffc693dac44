package themes

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// labelScored is a candidate's score in one group.
type labelScored struct {
	c      *labelCand
	score  float64    // class-based TF-IDF · √cov · readability (LabelThemes, step 2)
	raw    float64    // cov² · IDF · readability without the length factor: how well it names the theme's topic
	lead   float64    // raw of its family's anchor (see familyOrder)
	anchor *labelCand // its family's anchor
	cov    float64    // share of the group's counted comments that contain it
}

// rank returns group g's candidates best first: by family (see
// familyOrder), and by score within a family.
func (cs *labelCands) rank(l *Labeler, g int, top []LabelTerm) []labelScored {
	var out []labelScored
	if cs.counted[g] == 0 {
		return nil
	}
	for _, k := range cs.keys {
		c := cs.byKey[k]
		if c.docs[g] == 0 {
			continue
		}
		r := l.readability(c, cs)
		if r == 0 {
			continue
		}
		cov := float64(c.docs[g]) / float64(cs.counted[g])
		idf := math.Log(1 + 1/c.sumCov)
		s := cov * idf * math.Sqrt(cov) * r
		// How distinctive a topic is weighs coverage more than the score
		// does (cov² against cov^1.5): a topic that a third of the theme
		// mentions ("helpful") names it better than a turn of phrase a
		// quarter of it repeats ("a real credit to"), even when the phrase
		// occurs nowhere else.
		raw := cov * cov * idf * r / lengthFactor(c.words)
		out = append(out, labelScored{c: c, score: s, raw: raw, cov: cov})
	}
	// Ties: the better-ranked top term, then the key (the scan order).
	topRank := make(map[string]int, len(top))
	for i, t := range top {
		if _, ok := topRank[t.Key]; !ok {
			topRank[t.Key] = i
		}
	}
	rankOf := func(k string) int {
		if r, ok := topRank[k]; ok {
			return r
		}
		return len(top)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return rankOf(out[i].c.key) < rankOf(out[j].c.key)
	})
	return cs.familyOrder(g, out)
}

// lengthFactor is the part of readability that favours phrases over
// words: a phrase names a topic more precisely than its head, but it is
// no more distinctive of the theme than the words it is made of.
func lengthFactor(words int) float64 {
	switch words {
	case 1:
		return 1
	case 2:
		return labelTwoWords
	}
	return labelThreeWords
}

// familyOrder reorders group g's candidates, sorted by score, so that a
// label names what makes its theme distinct. The most distinctive
// remaining candidate (by raw score, without the length factor) is a
// family's anchor; the family is every remaining candidate that is the
// same topic: it contains all of the anchor's words ("speeds" → "speed
// test"), or nearly always appears in the same comments as the anchor
// (see labelSameTopic: "finish" and "deserves a raise" from one turn of
// phrase). Within a family the best score comes first, so the label is
// still the phrase that makes the topic precise ("billing error" over
// "billing"); families follow one another by their anchor's raw score. So
// a readable phrase from the representative comments ("old provider")
// cannot outrank a more distinctive topic ("speeds") just for being a
// phrase. Only the first labelFamilies families are formed (a label
// reads no further); the other candidates follow by score.
func (cs *labelCands) familyOrder(g int, byScore []labelScored) []labelScored {
	byRaw := make([]int, len(byScore))
	withWord := map[string][]int{} // stem → positions in byScore, ascending
	for i, s := range byScore {
		byRaw[i] = i
		for _, w := range uniqueWords(s.c.key) {
			withWord[w] = append(withWord[w], i)
		}
	}
	sort.SliceStable(byRaw, func(i, j int) bool { return byScore[byRaw[i]].raw > byScore[byRaw[j]].raw })
	done := make([]bool, len(byScore))
	out := make([]labelScored, 0, len(byScore))
	families := 0
	for _, a := range byRaw {
		if done[a] {
			continue
		}
		if families == labelFamilies {
			break
		}
		families++
		anchor := byScore[a]
		words := uniqueWords(anchor.c.key)
		same := map[int]bool{}
		for _, i := range withWord[rarestWord(words, withWord)] {
			if containsWords(byScore[i].c.key, words) {
				same[i] = true
			}
		}
		for i := range byScore {
			if !done[i] && !same[i] && cs.sameTopic(g, anchor.c, byScore[i].c) {
				same[i] = true
			}
		}
		for i, s := range byScore {
			if same[i] && !done[i] {
				done[i] = true
				s.lead, s.anchor = anchor.raw, anchor.c
				out = append(out, s)
			}
		}
	}
	for i, s := range byScore {
		if !done[i] {
			s.lead, s.anchor = s.raw, s.c
			out = append(out, s)
		}
	}
	return out
}

// labelSameTopic is the share of comments two candidates must share to be
// one topic: at least this share of the comments of either contain both.
// labelFamilies is the number of families familyOrder forms.
const (
	labelSameTopic = 0.8
	labelFamilies  = 16
)

// sameTopic reports whether a and b are one topic in group g: nearly
// every comment with one has the other (labelSameTopic).
func (cs *labelCands) sameTopic(g int, a, b *labelCand) bool {
	na, nb := float64(a.docs[g]), float64(b.docs[g])
	if min(na, nb) < labelSameTopic*max(na, nb) {
		return false // cannot share enough: a cheap test first
	}
	return float64(cs.together(g, a, b)) >= labelSameTopic*max(na, nb)
}

// uniqueWords returns the distinct words of a key.
func uniqueWords(key string) []string {
	var out []string
	for _, w := range strings.Fields(key) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// rarestWord returns the word of words in the fewest candidates.
func rarestWord(words []string, withWord map[string][]int) string {
	best := words[0]
	for _, w := range words[1:] {
		if len(withWord[w]) < len(withWord[best]) {
			best = w
		}
	}
	return best
}

// containsWords reports whether key has every one of words.
func containsWords(key string, words []string) bool {
	have := strings.Fields(key)
	for _, w := range words {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}
