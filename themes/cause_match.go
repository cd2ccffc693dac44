package themes

import (
	"slices"
	"strconv"
	"strings"

	"github.com/verbatim-go/verbatim/internal/token"
)

// causeTok is a comment token as the matcher sees it.
type causeTok struct {
	start, end int
	id         int32 // stem id among the cue stems, -1 for none
	kind       token.Kind
	neg        bool // a negating word
	stop       bool // ends a sentence
	contrast   bool // but, however, although, ...
	filler     bool // even, ever, really, actually: not counted in the negation window
	opens      bool // a capitalised word (not "I"), which in unpunctuated text often starts a sentence
	ahead      bool // a contrast word follows later in the same sentence
}

// causeScratch holds the per-call buffers, reused through the taxonomy's
// pool so scoring allocates only its result.
type causeScratch struct {
	raw     []token.Token
	toks    []causeTok
	best    []float64 // strongest match weight per cue
	scored  []int32   // the cues with a weight above 0 in best, to sum and reset only those
	lower   []byte
	present causeBits // the cue stems the comment contains
	state   []uint8   // per cue: 0 not yet known, cueCan, cueCannot
	// words caches, per lower-case word, its stem id and class: one map
	// lookup per word, in memory this goroutine alone touches (a shared
	// cache behind a lock made the two cores contend on every word).
	words map[string]causeWord
	// ev and scores are reused buffers for the evidence and cause scores;
	// Score copies what it returns out of them.
	ev     []Evidence
	scores []CauseScore
}

// causeWord is what the matcher needs of a word: its stem's id among the
// cue stems (-1: none) and its class.
type causeWord struct {
	id    int32
	class causeWordClass
}

// word returns the stem id and class of a lower-case word token.
func (sc *causeScratch) word(t *Taxonomy, lower []byte) causeWord {
	if w, ok := sc.words[string(lower)]; ok {
		return w
	}
	s := string(lower)
	w := causeWord{id: t.stems.stemID(s), class: causeWordClasses[s]}
	if len(sc.words) < causeWordCacheMax {
		sc.words[s] = w
	}
	return w
}

// Whether a cue can match the current comment at all (see cueCompiled.need).
const (
	cueCan uint8 = iota + 1
	cueCannot
)

func (t *Taxonomy) scratch() *causeScratch {
	if sc, ok := t.pool.Get().(*causeScratch); ok {
		for _, c := range sc.scored {
			sc.best[c] = 0
		}
		sc.scored = sc.scored[:0]
		clear(sc.present)
		clear(sc.state)
		return sc
	}
	return &causeScratch{
		best: make([]float64, len(t.cues)), lower: make([]byte, 0, 64),
		present: make(causeBits, t.nwords), state: make([]uint8, len(t.cues)),
		words: make(map[string]causeWord, 1024),
	}
}

// causeWordClass sorts the few words the matcher treats specially, so one
// map lookup per word finds them all.
type causeWordClass uint8

const (
	causeWordPlain causeWordClass = iota
	// causeWordContrast: words that turn a sentence ("good service but
	// slow install"): negation does not reach across them, and matches
	// before them are discounted by ContrastBefore.
	causeWordContrast
	// causeWordSelf: the forms of "I", capitalised mid-sentence by rule.
	causeWordSelf
	// causeWordFiller: emphasis words that sit between a negator and what
	// it negates without weakening it ("didn't even have to repeat
	// myself", "never ever called back"); they do not count towards the
	// negation window.
	causeWordFiller
)

var causeWordClasses = map[string]causeWordClass{
	"but": causeWordContrast, "however": causeWordContrast, "although": causeWordContrast,
	"though": causeWordContrast, "except": causeWordContrast, "whereas": causeWordContrast,
	"unfortunately": causeWordContrast, "tho": causeWordContrast, "altho": causeWordContrast,
	"i": causeWordSelf, "i'm": causeWordSelf, "i've": causeWordSelf, "i'd": causeWordSelf,
	"i'll": causeWordSelf, "im": causeWordSelf, "ive": causeWordSelf,
	"even": causeWordFiller, "ever": causeWordFiller, "really": causeWordFiller, "actually": causeWordFiller,
}

// causeSuffixes are the endings of contractions whose apostrophe arrived as
// U+FFFD ("don\uFFFDt"); the tokenizer splits them and the matcher joins
// them back.
var causeSuffixes = map[string]bool{"t": true, "s": true, "ve": true, "m": true, "re": true, "ll": true, "d": true}

const causeLostApostrophe = "\uFFFD"

// prepare tokenizes comment into sc.toks.
func (sc *causeScratch) prepare(t *Taxonomy, comment string) {
	sc.raw = token.Append(sc.raw[:0], comment)
	sc.toks = sc.toks[:0]
	for i := 0; i < len(sc.raw); i++ {
		r := sc.raw[i]
		ct := causeTok{start: r.Start, end: r.End, id: -1, kind: r.Kind}
		switch r.Kind {
		case token.Word, token.Number:
			sc.lower = token.AppendLower(sc.lower[:0], r.Text)
			ct.neg = r.Has(token.Negator)
			if r.Kind == token.Word && i+1 < len(sc.raw) && causeJoinsLost(comment, r, sc.raw[i+1]) {
				next := sc.raw[i+1]
				sc.lower = append(append(sc.lower, '\''), token.Lower(next.Text)...)
				ct.end = next.End
				ct.neg = next.Text == "t" || next.Text == "T"
				i++
			}
			w := sc.word(t, sc.lower)
			ct.id = w.id
			if ct.id >= 0 {
				sc.present.set(ct.id)
			}
			class := causeWordPlain
			if r.Kind == token.Word {
				class = w.class
			}
			ct.contrast = class == causeWordContrast
			ct.filler = class == causeWordFiller
			ct.opens = r.Has(token.Capitalized) && !r.Has(token.AllCaps) && class != causeWordSelf
		case token.Punct:
			ct.stop = r.Has(token.SentenceEnd)
		}
		sc.toks = append(sc.toks, ct)
	}
	ahead := false
	for i := len(sc.toks) - 1; i >= 0; i-- {
		if sc.toks[i].stop {
			ahead = false
		}
		sc.toks[i].ahead = ahead
		ahead = ahead || sc.toks[i].contrast
	}
}

// causeJoinsLost reports whether next is the tail of a contraction whose
// apostrophe was lost: "don" U+FFFD "t".
func causeJoinsLost(s string, w, next token.Token) bool {
	return next.Kind == token.Word && s[w.End:next.Start] == causeLostApostrophe &&
		len(next.Text) <= 2 && causeSuffixes[token.Lower(next.Text)]
}

// match runs every cue over the prepared tokens, records the strongest
// weight per cue in sc.best and returns the evidence.
func (t *Taxonomy) match(sc *causeScratch, comment string, score int) []Evidence {
	ev := sc.ev[:0]
	ev = t.matchWhole(sc, comment, score, ev)
	for i := range sc.toks {
		tk := &sc.toks[i]
		if tk.id >= 0 {
			for _, c := range t.byStem[tk.id] {
				ev = t.try(sc, comment, int(c), i, ev)
			}
		}
		if tk.neg {
			for _, c := range t.negFirst {
				ev = t.try(sc, comment, int(c), i, ev)
			}
		}
		if tk.kind == token.Number {
			for _, c := range t.numFirst {
				ev = t.try(sc, comment, int(c), i, ev)
			}
		}
	}
	slices.SortStableFunc(ev, func(a, b Evidence) int { return a.Start - b.Start })
	return ev
}

// try matches cue c at token i and, on a match, records it.
func (t *Taxonomy) try(sc *causeScratch, comment string, c, i int, ev []Evidence) []Evidence {
	cc := &t.cues[c]
	if !sc.possible(cc, c) {
		return ev
	}
	end, ok := t.matchFrom(sc.toks, cc.slots, 1, i+1) // slot 0 matched token i: that is how c was chosen
	if !ok {
		return ev
	}
	w := cc.def.Weight
	negated := !cc.hasNeg && t.negatedAt(sc.toks, i)
	switch {
	case negated:
		w = 0
	case sc.toks[end-1].ahead:
		w *= t.spec.ContrastBefore
	}
	sc.note(c, w)
	start, stop := sc.toks[i].start, sc.toks[end-1].end
	return append(ev, Evidence{
		Cause: t.spec.Causes[cc.cause].Key, Cue: cc.def,
		Start: start, End: stop, Text: comment[start:stop],
		Weight: w, Negated: negated,
	})
}

// note records a match of cue c with weight w, keeping the strongest.
func (sc *causeScratch) note(c int, w float64) {
	if w > sc.best[c] {
		if sc.best[c] == 0 {
			sc.scored = append(sc.scored, int32(c))
		}
		sc.best[c] = w
	}
}

// possible reports whether every slot in cc.need has a word in the comment.
func (sc *causeScratch) possible(cc *cueCompiled, c int) bool {
	if sc.state[c] == 0 {
		sc.state[c] = cueCan
		for _, k := range cc.need {
			if !cc.slots[k].meets(sc.present) {
				sc.state[c] = cueCannot
				break
			}
		}
	}
	return sc.state[c] == cueCan
}

// matchFrom matches slots[k:] starting at token p and returns one past the
// last matched token. Gaps try the nearest continuation first, so the
// shortest match wins.
func (t *Taxonomy) matchFrom(toks []causeTok, slots []cueSlot, k, p int) (int, bool) {
	for ; k < len(slots); k++ {
		s := &slots[k]
		if s.kind == cueSlotGap {
			for q := p; q < len(toks) && q <= p+t.spec.PatternGap; q++ {
				if end, ok := t.matchFrom(toks, slots, k+1, q); ok {
					return end, true
				}
				if toks[q].stop {
					break
				}
			}
			return 0, false
		}
		if p >= len(toks) || !cueSlotMatches(s, &toks[p]) {
			return 0, false
		}
		p++
	}
	return p, true
}

func cueSlotMatches(s *cueSlot, tk *causeTok) bool {
	if s.kind == cueSlotAny {
		return tk.kind == token.Word
	}
	return tk.id >= 0 && s.mask.has(tk.id) ||
		s.num && tk.kind == token.Number || s.neg && tk.neg
}

// negatedAt reports whether a negating word sits within NegationWindow words
// before token i (filler words such as "even" not counted), in the same
// clause: punctuation, contrast words and a
// capitalised word (survey answers often run sentences together without
// punctuation: "not complete Too early to say") end the look-back.
func (t *Taxonomy) negatedAt(toks []causeTok, i int) bool {
	words := 0
	for j := i - 1; j >= 0 && words < t.spec.NegationWindow; j-- {
		tk := &toks[j]
		if tk.kind != token.Word && tk.kind != token.Number || tk.contrast || toks[j+1].opens {
			return false
		}
		if tk.neg {
			return true
		}
		if !tk.filler {
			words++
		}
	}
	return false
}

// matchWhole runs the cues that look at the comment as a whole: CueWhole
// texts and CueScoreMismatch.
func (t *Taxonomy) matchWhole(sc *causeScratch, comment string, score int, ev []Evidence) []Evidence {
	first, last, words := -1, -1, 0
	sc.lower = sc.lower[:0]
	for i, tk := range sc.toks {
		if tk.kind != token.Word && tk.kind != token.Number {
			continue
		}
		if words++; words > max(t.wholeMax, causeTypedMaxWords) {
			return ev
		}
		if first < 0 {
			first = i
		} else {
			sc.lower = append(sc.lower, ' ')
		}
		last = i
		sc.lower = token.AppendLower(sc.lower, comment[tk.start:tk.end])
	}
	if first < 0 {
		return ev
	}
	start, end := sc.toks[first].start, sc.toks[last].end
	record := func(c int32) {
		cc := &t.cues[c]
		sc.note(int(c), cc.def.Weight)
		ev = append(ev, Evidence{Cause: t.spec.Causes[cc.cause].Key, Cue: cc.def,
			Start: start, End: end, Text: comment[start:end], Weight: cc.def.Weight})
	}
	if words <= t.wholeMax {
		for _, c := range t.whole[string(sc.lower)] {
			record(c)
		}
	}
	if score >= 0 && len(t.mismatch) > 0 {
		if n, ok := causeTypedScore(sc.toks[first:last+1], comment); ok && n != score {
			for _, c := range t.mismatch {
				record(c)
			}
		}
	}
	return ev
}

// causeTypedMaxWords is the most words of a score typed as the comment:
// "8 out of 10".
const causeTypedMaxWords = 4

// causeNumberWords are the scores written as words.
var causeNumberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

// causeTypedScore reads a comment that is nothing but a 0-10 score: "7",
// "seven", "7/10", "7 out of 10". A bare 0 is not read as a score: like
// "." or "n/a" it is mostly typed to get past a required comment box.
func causeTypedScore(toks []causeTok, comment string) (int, bool) {
	var words [causeTypedMaxWords]string
	n := 0
	for _, tk := range toks {
		if tk.kind != token.Word && tk.kind != token.Number {
			continue
		}
		if n == len(words) {
			return 0, false
		}
		words[n] = comment[tk.start:tk.end]
		n++
	}
	v, ok := causeScoreWord(words[0])
	switch {
	case !ok:
		return 0, false
	case n == 1:
		return v, v > 0
	case n == 2:
		ten, ok := causeScoreWord(words[1])
		return v, ok && ten == 10
	case n == 4:
		ten, ok := causeScoreWord(words[3])
		return v, ok && ten == 10 && strings.EqualFold(words[1], "out") && strings.EqualFold(words[2], "of")
	}
	return 0, false
}

// causeScoreWord reads one 0-10 score written in digits or as a word.
func causeScoreWord(w string) (int, bool) {
	if v, err := strconv.Atoi(w); err == nil {
		return v, v >= 0 && v <= 10
	}
	v, ok := causeNumberWords[token.Lower(w)]
	return v, ok
}
