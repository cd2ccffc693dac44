package themes

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrBadPhrase is returned (wrapped) for a phrase list that cannot be used:
// a key without two or three words, or a key listed twice.
var ErrBadPhrase = errors.New("bad phrase")

// Phrase is a run of two or three words that recurs more than chance.
type Phrase struct {
	Key     string  `json:"key"`     // the words' stems joined by single spaces ("custom servic")
	Display string  `json:"display"` // how people write it ("customer service")
	Words   int     `json:"words"`   // 2 or 3
	Count   int     `json:"count"`   // occurrences in the counted comments
	Score   float64 `json:"score"`   // Dunning's log-likelihood ratio G²; for three words the smaller of its two splits
	Ratio   float64 `json:"ratio"`   // observed count over the count expected by chance (smaller split for three words)
}

// Phrases is a set of phrases an Analyzer joins into terms. It is
// immutable once built and safe for concurrent use.
type Phrases struct {
	list   []Phrase
	index  map[string]int
	starts map[string]int // first stem → most words of a phrase starting with it
}

// NewPhrases builds a phrase set from a list, for instance one saved as
// JSON or written by hand with Analyzer.Key. The order of the list is
// kept. A key must have two or three words and appear once.
func NewPhrases(list []Phrase) (*Phrases, error) {
	p := &Phrases{list: slices.Clone(list), index: make(map[string]int, len(list)), starts: map[string]int{}}
	for i := range p.list {
		ph := &p.list[i]
		words := strings.Fields(ph.Key)
		if len(words) < 2 || len(words) > 3 || strings.Join(words, " ") != ph.Key {
			return nil, fmt.Errorf("%w: phrase %d: key %q: want two or three words separated by single spaces", ErrBadPhrase, i+1, ph.Key)
		}
		if j, dup := p.index[ph.Key]; dup {
			return nil, fmt.Errorf("%w: phrase %d: key %q repeats phrase %d", ErrBadPhrase, i+1, ph.Key, j+1)
		}
		ph.Words = len(words)
		if ph.Display == "" {
			ph.Display = ph.Key
		}
		p.index[ph.Key] = i
		p.starts[words[0]] = max(p.starts[words[0]], len(words))
	}
	return p, nil
}

// Len returns the number of phrases; a nil set has none.
func (p *Phrases) Len() int {
	if p == nil {
		return 0
	}
	return len(p.list)
}

// List returns a copy of the phrases in their order.
func (p *Phrases) List() []Phrase {
	if p == nil {
		return nil
	}
	return slices.Clone(p.list)
}

// Lookup returns the phrase with the given key.
func (p *Phrases) Lookup(key string) (Phrase, bool) {
	if p == nil {
		return Phrase{}, false
	}
	i, ok := p.index[key]
	if !ok {
		return Phrase{}, false
	}
	return p.list[i], true
}

// MarshalJSON encodes the phrases as a JSON array of Phrase.
func (p *Phrases) MarshalJSON() ([]byte, error) {
	if p == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(p.list)
}

// UnmarshalJSON decodes a JSON array of Phrase, checked as by NewPhrases.
func (p *Phrases) UnmarshalJSON(b []byte) error {
	var list []Phrase
	if err := json.Unmarshal(b, &list); err != nil {
		return fmt.Errorf("%w: %w", ErrBadPhrase, err)
	}
	q, err := NewPhrases(list)
	if err != nil {
		return err
	}
	*p = *q
	return nil
}

// match returns the key and length of the longest phrase at the start of
// words, or 0 when none starts there.
func (p *Phrases) match(words []wordPos, buf *[]byte) (string, int) {
	longest := int(words[0].info.phraseMax)
	for n := min(longest, len(words)); n >= 2; n-- {
		if words[n-1].seg != words[0].seg {
			continue
		}
		b := (*buf)[:0]
		for i := 0; i < n; i++ {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, words[i].info.stem...)
		}
		*buf = b
		if i, ok := p.index[string(b)]; ok {
			return p.list[i].Key, n
		}
	}
	return "", 0
}

// joinPhrases finds the known phrases among w.words, left to right and
// longest first, and merges their terms into dst[base:] in start order.
func (a *Analyzer) joinPhrases(w *worker, dst []Term, base int) []Term {
	p := a.opts.phrases
	w.phr = w.phr[:0]
	for i := 0; i < len(w.words); {
		key, n := p.match(w.words[i:], &w.buf)
		if n == 0 {
			i++
			continue
		}
		first, last := w.words[i], w.words[i+n-1]
		w.phr = append(w.phr, Term{Key: key, Start: first.start, End: last.end, Kind: TermPhrase, Negated: first.neg})
		i += n
	}
	if len(w.phr) == 0 {
		return dst
	}
	w.tmp = append(w.tmp[:0], dst[base:]...)
	return mergeTerms(dst[:base], w.tmp, w.phr, a.opts.phraseMode == PhraseOnly)
}

// mergeTerms appends words and phrases to dst in start order, a phrase
// before the words it covers; with dropCovered, covered words are left out.
func mergeTerms(dst, words, phrases []Term, dropCovered bool) []Term {
	i, j := 0, 0
	var cover Term
	for i < len(words) || j < len(phrases) {
		if j < len(phrases) && (i == len(words) || phrases[j].Start <= words[i].Start) {
			cover = phrases[j]
			dst = append(dst, cover)
			j++
			continue
		}
		t := words[i]
		i++
		if dropCovered && cover.Kind == TermPhrase && t.Kind == TermWord && t.Start >= cover.Start && t.End <= cover.End {
			continue
		}
		dst = append(dst, t)
	}
	return dst
}
