package themes

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/verbatim-go/verbatim/internal/token"
)

// cueSlotKind is what one position of a compiled cue matches.
type cueSlotKind uint8

const (
	cueSlotSet cueSlotKind = iota // a word among ids, a number if num, a negator if neg
	cueSlotAny                    // any word
	cueSlotGap                    // skip up to PatternGap tokens
)

type cueSlot struct {
	kind cueSlotKind
	ids  []int32
	mask causeBits // ids as a set, filled once the vocabulary is complete
	// words holds the non-zero words of mask with their index, so testing
	// the slot against a comment's words touches only those.
	words []causeBitWord
	num   bool // any number matches
	neg   bool // any negating word matches
}

// causeBitWord is one non-zero 64-bit word of a causeBits and its index.
type causeBitWord struct {
	i int
	w uint64
}

// meets reports whether a word of the slot is among present.
func (s *cueSlot) meets(present causeBits) bool {
	for _, bw := range s.words {
		if bw.w&present[bw.i] != 0 {
			return true
		}
	}
	return false
}

// causeBits is a set of stem ids.
type causeBits []uint64

func (b causeBits) set(id int32)      { b[id>>6] |= 1 << (id & 63) }
func (b causeBits) has(id int32) bool { return b[id>>6]&(1<<(id&63)) != 0 }

// cueCompiled is a cue ready to match: its slots refer to stems by id.
type cueCompiled struct {
	cause  int // index of the cause in the taxonomy
	def    Cue
	slots  []cueSlot
	hasNeg bool   // the cue itself negates, so a negator before it is no reason to cancel it
	whole  string // CueWhole: the lower-case words joined by one space
	canon  string // the cue as matched (kind and stems), to find duplicates
	// need lists the slots after the first that only words can fill: a
	// comment lacking every word of one of them cannot match, which is
	// checked once per comment before any matching.
	need []int
}

// prepareMasks fills the slot masks and need once the vocabulary has n stems.
func (cc *cueCompiled) prepareMasks(n int) {
	for k := range cc.slots {
		s := &cc.slots[k]
		if s.kind != cueSlotSet {
			continue
		}
		s.mask = make(causeBits, (n+63)/64)
		for _, id := range s.ids {
			s.mask.set(id)
		}
		for i, w := range s.mask {
			if w != 0 {
				s.words = append(s.words, causeBitWord{i, w})
			}
		}
		if k > 0 && !s.num && !s.neg {
			cc.need = append(cc.need, k)
		}
	}
}

// cueVocab numbers the stems used by cues. A nil vocab compiles for checking
// only.
type cueVocab struct {
	ids map[string]int32
}

func (v *cueVocab) id(stem string) int32 {
	if v == nil {
		return 0
	}
	id, ok := v.ids[stem]
	if !ok {
		id = int32(len(v.ids))
		v.ids[stem] = id
	}
	return id
}

// cueStem is the form words are compared in: lower-case, curly apostrophes
// straightened, common misspellings and American forms mapped to one
// spelling (causeSpelling), Snowball English stem (stop words stemmed too,
// so "was" and "told" stay themselves).
func cueStem(lower string) string {
	if alt, ok := causeSpelling[lower]; ok {
		lower = alt
	}
	return english.Stem(lower, true)
}

// cueCompile checks the text of c against its kind's grammar and compiles it.
func cueCompile(c Cue, v *cueVocab) (cueCompiled, error) {
	cc := cueCompiled{def: c}
	var err error
	var canon strings.Builder
	switch c.Kind {
	case CueWord, CuePhrase:
		cc.slots, cc.hasNeg, err = cuePhraseSlots(c, v, &canon)
	case CuePattern:
		cc.slots, cc.hasNeg, err = cuePatternSlots(c.Text, v, &canon)
	case CueWhole:
		cc.whole, err = cueWholeText(c.Text)
	}
	cc.canon = string(c.Kind) + ":" + cc.whole + canon.String()
	return cc, err
}

// cuePhraseSlots compiles a word (exactly one) or a phrase (two or more).
func cuePhraseSlots(c Cue, v *cueVocab, canon *strings.Builder) ([]cueSlot, bool, error) {
	toks := token.Tokenize(c.Text)
	slots := make([]cueSlot, 0, len(toks))
	hasNeg := false
	for _, t := range toks {
		if t.Kind != token.Word && t.Kind != token.Number {
			return nil, false, fmt.Errorf("%q is not a word (use kind pattern for * # ~neg ... and |): %w", t.Text, ErrTaxonomyInvalid)
		}
		hasNeg = hasNeg || t.Has(token.Negator)
		stem := cueStem(token.Lower(t.Text))
		canon.WriteString(" " + stem)
		slots = append(slots, cueSlot{kind: cueSlotSet, ids: []int32{v.id(stem)}})
	}
	switch {
	case len(slots) == 0:
		return nil, false, fmt.Errorf("no words: %w", ErrTaxonomyInvalid)
	case c.Kind == CueWord && len(slots) > 1:
		return nil, false, fmt.Errorf("a word cue holds one word, this has %d (use kind phrase): %w", len(slots), ErrTaxonomyInvalid)
	case c.Kind == CuePhrase && len(slots) < 2:
		return nil, false, fmt.Errorf("a phrase needs two or more words (use kind word): %w", ErrTaxonomyInvalid)
	}
	if len(toks) != len(strings.Fields(c.Text)) && c.Kind == CuePhrase {
		return nil, false, fmt.Errorf("words must be separated by spaces only: %w", ErrTaxonomyInvalid)
	}
	return slots, hasNeg, nil
}

// cuePatternSlots compiles the pattern grammar documented on CuePattern.
func cuePatternSlots(text string, v *cueVocab, canon *strings.Builder) ([]cueSlot, bool, error) {
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return nil, false, fmt.Errorf("empty pattern: %w", ErrTaxonomyInvalid)
	}
	slots := make([]cueSlot, 0, len(fields))
	hasNeg := false
	for i, f := range fields {
		s, neg, err := cuePatternSlot(f, v, canon)
		if err != nil {
			return nil, false, fmt.Errorf("slot %d %q: %w", i+1, f, err)
		}
		if s.kind == cueSlotGap && (i == 0 || i == len(fields)-1 || slots[i-1].kind == cueSlotGap) {
			return nil, false, fmt.Errorf("slot %d: \"...\" must sit between two other slots: %w", i+1, ErrTaxonomyInvalid)
		}
		if s.kind == cueSlotAny && (i == 0 || i == len(fields)-1) {
			return nil, false, fmt.Errorf("slot %d: a pattern cannot start or end with \"*\": %w", i+1, ErrTaxonomyInvalid)
		}
		hasNeg = hasNeg || neg
		slots = append(slots, s)
	}
	return slots, hasNeg, nil
}

func cuePatternSlot(f string, v *cueVocab, canon *strings.Builder) (cueSlot, bool, error) {
	canon.WriteByte(' ')
	switch f {
	case "...":
		canon.WriteString(f)
		return cueSlot{kind: cueSlotGap}, false, nil
	case "*":
		canon.WriteString(f)
		return cueSlot{kind: cueSlotAny}, false, nil
	}
	s := cueSlot{kind: cueSlotSet}
	hasNeg := false // a literal negating word: the cue negates, but the slot matches only that word
	for i, alt := range strings.Split(f, "|") {
		if i > 0 {
			canon.WriteByte('|')
		}
		switch alt {
		case "#":
			s.num = true
			canon.WriteString(alt)
			continue
		case "~neg":
			s.neg = true
			canon.WriteString(alt)
			continue
		}
		toks := token.Tokenize(alt)
		if len(toks) != 1 || toks[0].Text != alt || toks[0].Kind != token.Word && toks[0].Kind != token.Number {
			return cueSlot{}, false, fmt.Errorf("alternative %q is not one word, #, or ~neg: %w", alt, ErrTaxonomyInvalid)
		}
		stem := cueStem(token.Lower(alt))
		canon.WriteString(stem)
		if id := v.id(stem); !slices.Contains(s.ids, id) || v == nil {
			s.ids = append(s.ids, id)
		}
		hasNeg = hasNeg || toks[0].Has(token.Negator)
	}
	return s, hasNeg || s.neg, nil
}

// cueWholeText normalises a CueWhole text to its lower-case words.
func cueWholeText(text string) (string, error) {
	var b strings.Builder
	for _, t := range token.Tokenize(text) {
		if t.Kind == token.Punct {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(token.Lower(t.Text))
	}
	if b.Len() == 0 {
		return "", fmt.Errorf("no words: %w", ErrTaxonomyInvalid)
	}
	return b.String(), nil
}
