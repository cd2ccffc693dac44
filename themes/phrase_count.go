package themes

// PhraseCounter counts the words, pairs and triples of words in comments,
// to find the phrases that recur more than chance. Counters built on
// shards of a corpus merge exactly. It is not safe for concurrent use;
// give each goroutine its own and Merge them.
//
// Words are counted by integer ids, so a pair costs one lookup in a map
// keyed by a 64-bit integer. Memory grows with the number of distinct
// pairs (about 80 MB for 23,000 product reviews); for very large corpora,
// count a sample: a few tens of thousands of comments find the phrases
// that matter.
type PhraseCounter struct {
	a      *Analyzer
	ids    map[string]uint32 // stem or lower-case form → id
	words  []string          // id → stem or form
	n2, n3 int64             // pair and triple positions

	// by word id: as the first or second of a pair position; second in
	// its segment; last but one in its segment
	left, right, second, penult []int64

	pairs     map[uint64]pairCount
	first2    map[uint64]int64 // pair at the start of its segment
	last2     map[uint64]int64 // pair at the end of its segment
	tri       map[[3]uint32]int64
	pairForms map[[2]uint64]int64 // {stem pair, form pair} of candidate pairs
	triForms  map[[6]uint32]int64 // {stems, forms} of candidate triples
	stemIDs   []uint32            // scratch: ids of one comment's stems
	formIDs   []uint32            // scratch: ids of one comment's forms
}

// pairCount counts a pair of stems: all its occurrences, and those whose
// words pass the candidate rules. The two differ when a stop word and a
// content word share a stem ("well" and "wells"); the pair is a candidate
// when most of its occurrences are.
type pairCount struct {
	n, cand int64
}

func (p pairCount) candidate() bool { return 2*p.cand > p.n }

func pairKey(a, b uint32) uint64 { return uint64(a)<<32 | uint64(b) }

// NewPhraseCounter returns an empty counter that reads comments with a.
// The phrases found are only meaningful for analyzers with a's language
// and stop words.
func NewPhraseCounter(a *Analyzer) *PhraseCounter {
	return &PhraseCounter{
		a: a, ids: map[string]uint32{},
		pairs: map[uint64]pairCount{}, first2: map[uint64]int64{}, last2: map[uint64]int64{},
		tri: map[[3]uint32]int64{}, pairForms: map[[2]uint64]int64{}, triForms: map[[6]uint32]int64{},
	}
}

// id returns the id of a stem or form, adding it when new.
func (c *PhraseCounter) id(s string) uint32 {
	if id, ok := c.ids[s]; ok {
		return id
	}
	id := uint32(len(c.words))
	c.ids[s] = id
	c.words = append(c.words, s)
	c.left, c.right = append(c.left, 0), append(c.right, 0)
	c.second, c.penult = append(c.second, 0), append(c.penult, 0)
	return id
}

// Add counts the words of one comment.
func (c *PhraseCounter) Add(comment string) {
	w := c.a.getWorker()
	defer c.a.putWorker(w)
	c.a.scan(w, comment, nil, true)
	words := w.words
	c.stemIDs, c.formIDs = c.stemIDs[:0], c.formIDs[:0]
	for i := range words {
		c.stemIDs = append(c.stemIDs, c.id(words[i].info.stem))
		c.formIDs = append(c.formIDs, c.id(words[i].info.lower))
	}
	for start := 0; start < len(words); {
		end := start + 1
		for end < len(words) && words[end].seg == words[start].seg {
			end++
		}
		c.addSegment(words[start:end], c.stemIDs[start:end], c.formIDs[start:end])
		start = end
	}
}

// addSegment counts one run of words that a phrase may span.
func (c *PhraseCounter) addSegment(seg []wordPos, s, f []uint32) {
	m := len(seg)
	if m < 2 {
		return
	}
	c.second[s[1]]++
	c.penult[s[m-2]]++
	c.first2[pairKey(s[0], s[1])]++
	c.last2[pairKey(s[m-2], s[m-1])]++
	for i := 0; i+1 < m; i++ {
		k := pairKey(s[i], s[i+1])
		pc := c.pairs[k]
		pc.n++
		if candidate(seg[i : i+2]) {
			pc.cand++
			c.pairForms[[2]uint64{k, pairKey(f[i], f[i+1])}]++
		}
		c.pairs[k] = pc
		c.left[s[i]]++
		c.right[s[i+1]]++
		c.n2++
		if i+2 < m {
			c.n3++
			if candidate(seg[i : i+3]) {
				c.tri[[3]uint32{s[i], s[i+1], s[i+2]}]++
				c.triForms[[6]uint32{s[i], s[i+1], s[i+2], f[i], f[i+1], f[i+2]}]++
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
