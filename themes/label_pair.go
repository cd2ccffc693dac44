package themes

import "math"

// A theme that holds two distinct groups of comments is named after both
// ("speeds and old provider"), as an analyst would write it. The second
// topic must be nearly as distinctive as the first (its family anchor at
// least labelPairShare of the first's), speak for a fair part of the
// theme (at least labelPairCov of its comments) and rarely share a comment
// with the first (at most labelPairOverlap of the smaller one's comments):
// two families of words that appear together ("old provider", "zero
// downtime") are one topic, not two.
const (
	labelPairShare   = 0.6
	labelPairCov     = 0.1
	labelPairOverlap = 0.2
	labelAnd         = " and "
)

// pickPair returns group g's label naming two topics and its key, or ""
// when the group's best candidate is taken or has no second topic.
func (l *Labeler) pickPair(cs *labelCands, g int, ranked []labelScored, used map[string]bool) (string, string) {
	if len(ranked) < 2 || used[ranked[0].c.key] || !l.topic(ranked[0].anchor, cs) {
		return "", ""
	}
	a := ranked[0]
	for i, b := range ranked[1:] {
		if b.anchor == ranked[i].anchor { // not the best of its family
			continue
		}
		if b.lead < labelPairShare*a.lead || b.anchor.docs[g] < int32(math.Ceil(labelPairCov*float64(cs.counted[g]))) ||
			!l.topic(b.anchor, cs) || !l.topic(b.c, cs) || sharesWord(a.c.key, b.c.key) {
			continue
		}
		both := cs.together(g, a.anchor, b.anchor)
		if float64(both) > labelPairOverlap*float64(min(a.anchor.docs[g], b.anchor.docs[g])) {
			continue
		}
		key := a.c.key + labelAnd + b.c.key
		if used[key] {
			return "", ""
		}
		return a.c.display() + labelAnd + b.c.display(), key
	}
	return "", ""
}

// topic reports whether a candidate can be half of a two-topic label: a
// noun or a noun phrase (without a tagger: any candidate that may be
// one; the tagger errs on terse comments, and a word it never tagged
// may be an adjective, "friendly"), and not a generic word alone
// ("problem") or with a generic head ("next day").
func (l *Labeler) topic(c *labelCand, cs *labelCands) bool {
	return (c.kind == labelNoun || c.kind == labelUnknown && !cs.tagged) && !l.generic[c.key] && (c.words == 1 || !l.genericHead(c.key, cs))
}

// together returns the number of group g's counted comments that contain
// both a and b.
func (cs *labelCands) together(g int, a, b *labelCand) int {
	lo, hi := cs.first[g], cs.first[g]+int32(cs.counted[g])
	n, i, j := 0, 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch x, y := a.ids[i], b.ids[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			if x >= lo && x < hi {
				n++
			}
			i++
			j++
		}
	}
	return n
}
