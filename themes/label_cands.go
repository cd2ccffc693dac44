package themes

import (
	"runtime"
	"sort"
	"strings"
	"sync"

	prose "github.com/jdkato/prose/v2"

	"github.com/verbatim-go/verbatim/internal/token"
)

// labelKind is what a candidate label is known to be.
type labelKind uint8

const (
	labelOther   labelKind = iota // not a noun phrase ("called back", "exactly")
	labelUnknown                  // never tagged (no tagger, or its head is in no tagged comment)
	labelNoun                     // a noun phrase ("installation date") or a noun
)

// labelCand is a candidate label: a run of one to three words, identified
// by their stems.
type labelCand struct {
	key      string
	words    int
	kind     labelKind
	nounForm map[string]int // lower-case written forms where it was tagged a noun phrase
	leadStop bool           // a phrase that starts with a stop word ("on hold")
	tailStop bool           // a phrase that ends with one ("called back")
	docs     []int32        // per group: counted comments that contain it
	sumCov   float64        // Σ over groups of docs/counted
	surfaces map[string]int // lower-case written forms, over all groups
	ids      []int32        // counted comments that contain it, ascending
	lastDoc  int
}

// labelCands are the candidates of every group, counted in every group.
type labelCands struct {
	byKey   map[string]*labelCand
	keys    []string // sorted, for a deterministic scan
	counted []int    // per group: number of counted comments
	tagged  bool     // a part-of-speech tagger found the noun phrases
	first   []int32  // per group: index of its first counted comment
	// nouns counts, per stem, the tagged occurrences that are nouns, all
	// tagged occurrences (see kindOf) and those tagged a gerund or
	// present participle (see isGerund).
	nouns map[string][3]int
}

// gather collects the candidates of every group (LabelThemes, step 1).
// Tagging dominates the cost, so groups are tagged in parallel; the
// merge is a union of candidates and a sum of counts, the same in any
// order.
func (l *Labeler) gather(groups []LabelGroup) *labelCands {
	model := l.tagModel()
	parts := make([]*labelCands, len(groups))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for g := range groups {
		if groups[g].Fixed != "" {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			parts[g] = l.gatherGroup(groups[g], model)
		}()
	}
	wg.Wait()
	cs := newLabelCands()
	cs.tagged = model != nil
	for _, p := range parts {
		if p == nil {
			continue
		}
		for k, c := range p.byKey {
			cs.add(k, "")
			for f, n := range c.nounForm {
				cs.byKey[k].nounForm[f] += n
			}
		}
		for k, n := range p.nouns {
			m := cs.nouns[k]
			cs.nouns[k] = [3]int{m[0] + n[0], m[1] + n[1], m[2] + n[2]}
		}
	}
	cs.keys = make([]string, 0, len(cs.byKey))
	for k, c := range cs.byKey {
		c.kind = cs.kindOf(k, len(c.nounForm) > 0, model != nil)
		cs.keys = append(cs.keys, k)
		c.docs = make([]int32, len(groups))
		c.lastDoc = -1
	}
	sort.Strings(cs.keys)
	return cs
}

func newLabelCands() *labelCands {
	return &labelCands{byKey: map[string]*labelCand{}, nouns: map[string][3]int{}}
}

// gatherGroup collects one group's candidates: the phrases and, with a
// tagging model, the noun phrases of its first distinct comments, and its
// top terms.
func (l *Labeler) gatherGroup(g LabelGroup, model *prose.Model) *labelCands {
	cs := newLabelCands()
	for _, c := range labelFirstDistinct(g.Comments, labelComments) {
		c = clip(c, labelCommentBytes)
		for _, t := range l.a.Terms(c) {
			if t.Kind == TermPhrase {
				cs.add(t.Key, "")
			}
		}
		if model == nil {
			continue
		}
		if toks, err := tag(model, c); err == nil {
			l.collectNouns(toks, cs)
		}
	}
	for _, t := range g.Top {
		cs.add(t.Key, "")
	}
	return cs
}

// add records a candidate and, when it was tagged a noun phrase, how it
// was written there.
func (cs *labelCands) add(key, nounForm string) {
	if key == "" {
		return
	}
	c, ok := cs.byKey[key]
	if !ok {
		c = &labelCand{key: key, words: strings.Count(key, " ") + 1, surfaces: map[string]int{}, nounForm: map[string]int{}}
		cs.byKey[key] = c
	}
	if nounForm != "" {
		c.nounForm[nounForm]++
	}
}

// labelFirstDistinct returns the first n comments whose normalised texts
// differ: near-identical comments add no new candidates.
func labelFirstDistinct(comments []string, n int) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range comments {
		if len(out) == n {
			break
		}
		k := representativeKey(c)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c)
	}
	return out
}

// collectNouns adds the noun phrases of one tagged comment: runs of one
// to three content words that end in a noun, each word before the head a
// modifier (see modifierTag).
func (l *Labeler) collectNouns(toks []tagged, cs *labelCands) {
	w := l.a.getWorker()
	defer l.a.putWorker(w)
	stems := make([]string, len(toks))
	for i, t := range toks {
		if !isWordText(t.text) {
			continue
		}
		info := w.cache.get(l.a, t.text)
		if info.isTerm() {
			stems[i] = info.stem
		}
		n := cs.nouns[info.stem] // stop words too: "called back/RB" ends in no noun
		switch {
		case strings.HasPrefix(t.tag, "NN"):
			n[0]++
		case t.tag == "VBG":
			n[2]++
		}
		n[1]++
		cs.nouns[info.stem] = n
	}
	for j, t := range toks {
		if stems[j] == "" || !strings.HasPrefix(t.tag, "NN") {
			continue
		}
		for n := 1; n <= labelMaxWords && j-n+1 >= 0; n++ {
			i := j - n + 1
			if stems[i] == "" || i < j && !modifierTag(toks[i].tag) {
				break
			}
			cs.add(strings.Join(stems[i:j+1], " "), nounText(toks[i:j+1]))
		}
	}
}

// nounText is a tagged noun phrase as written, lower case, single spaces.
func nounText(toks []tagged) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = token.Lower(t.text)
	}
	return strings.Join(parts, " ")
}

// kindOf returns what a candidate is: a noun phrase when it was tagged as
// one and its last word is usually a noun (more than half of its tagged
// occurrences: the tagger errs on terse comments, "stayed on until/NN",
// and over many comments a word's usual part of speech shows through);
// unknown when there is no tagger or its last word was never tagged.
func (cs *labelCands) kindOf(key string, np, tagger bool) labelKind {
	head := key[strings.LastIndexByte(key, ' ')+1:]
	switch n := cs.nouns[head]; {
	case !tagger || n[1] == 0:
		return labelUnknown
	case np && cs.isNoun(head):
		return labelNoun
	}
	return labelOther
}

// isNoun reports whether a stem is tagged a noun in more than half of its
// tagged occurrences.
func (cs *labelCands) isNoun(stem string) bool {
	n := cs.nouns[stem]
	return 2*n[0] > n[1]
}

// isGerund reports whether a stem is tagged a noun or an -ing form
// ("waiting", "billing") in more than half of its tagged occurrences.
func (cs *labelCands) isGerund(stem string) bool {
	n := cs.nouns[stem]
	return 2*(n[0]+n[2]) > n[1]
}

// count counts every candidate in an even sample of each group's comments
// (LabelThemes, step 2): every run of one to three words inside a
// segment (no punctuation between) whose stems form a candidate's key.
func (l *Labeler) count(cs *labelCands, groups []LabelGroup) {
	cs.counted = make([]int, len(groups))
	cs.first = make([]int32, len(groups))
	w := l.a.getWorker()
	defer l.a.putWorker(w)
	doc := 0
	var buf []byte
	for g, grp := range groups {
		cs.first[g] = int32(doc)
		if grp.Fixed != "" {
			continue
		}
		for _, i := range discoverSample(len(grp.Comments), labelCountComments) {
			l.a.scan(w, clip(grp.Comments[i], labelCommentBytes), nil, true)
			buf = cs.countWords(w.words, g, doc, buf)
			cs.counted[g]++
			doc++
		}
	}
	for _, c := range cs.byKey {
		for g, n := range c.docs {
			if n > 0 {
				c.sumCov += float64(n) / float64(cs.counted[g])
			}
		}
	}
}

// countWords counts the candidates among the word runs of one comment.
func (cs *labelCands) countWords(words []wordPos, g, doc int, buf []byte) []byte {
	for j := range words {
		buf = buf[:0]
		for n := 1; n <= labelMaxWords && j+n <= len(words); n++ {
			last := words[j+n-1]
			if last.seg != words[j].seg {
				break
			}
			if n > 1 {
				buf = append(buf, ' ')
			}
			buf = append(buf, last.info.stem...)
			c, ok := cs.byKey[string(buf)]
			if !ok {
				continue
			}
			if c.lastDoc != doc {
				c.lastDoc = doc
				c.docs[g]++
				c.ids = append(c.ids, int32(doc))
			}
			if n > 1 {
				c.leadStop = c.leadStop || !words[j].info.isTerm()
				c.tailStop = c.tailStop || !last.info.isTerm()
			}
			c.surfaces[labelSurface(words[j:j+n])]++
		}
	}
	return buf
}

// labelSurface is a run of words as written, lower case, single spaces.
func labelSurface(words []wordPos) string {
	if len(words) == 1 {
		return words[0].info.lower
	}
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = w.info.lower
	}
	return strings.Join(parts, " ")
}
