package themes

import (
	"strings"
	"unicode/utf8"

	"github.com/verbatim-go/verbatim/internal/token"
)

// word flags recorded once per distinct surface form in the stem cache
const (
	wStop     uint8 = 1 << iota // a stop word: never a term on its own
	wShort                      // fewer letters than the minimum length
	wNegator                    // negates the words after it
	wContrast                   // ends a negation's scope
	wParticle                   // a stop word allowed at the edge of a phrase
	wLinker                     // a stop word allowed inside a three-word phrase
)

// wordInfo is what the analyzer knows about one surface form.
type wordInfo struct {
	stem  string // snowball stem of the lower-case form (interned)
	lower string // lower-case form, straight apostrophes, elision removed
	skip  uint8  // bytes of an elided prefix to skip ("l'" in French "l'offre")
	flags uint8
	// phraseMax is the most words of a known phrase that starts with this
	// word (0: none), so phrase matching skips most words without a lookup.
	phraseMax uint8
}

func (w wordInfo) isTerm() bool { return w.flags&(wStop|wShort) == 0 }

// stemCache maps the raw text of a token to what the analyzer knows about
// it. It is keyed by the raw text so that a hit costs one map lookup and
// no lower-casing; "Router" and "router" are two entries with one
// interned stem. A cache belongs to one worker at a time (see Analyzer),
// so it needs no lock, and it is emptied when it reaches its limit, which
// bounds its memory whatever the input.
type stemCache struct {
	index  map[string]int32 // raw text → position in infos
	infos  []wordInfo
	intern map[string]string
	limit  int
}

func newStemCache(limit int) *stemCache {
	return &stemCache{index: make(map[string]int32, 1024), intern: make(map[string]string, 1024), limit: limit}
}

// get returns the wordInfo of a word token's raw text. The map holds small
// int32 values so that its slots stay compact and probing touches little
// memory; the infos live in a slice.
func (c *stemCache) get(a *Analyzer, raw string) *wordInfo {
	if i, ok := c.index[raw]; ok {
		return &c.infos[i]
	}
	return c.store(raw, a.describe(raw, c))
}

func (c *stemCache) store(raw string, w wordInfo) *wordInfo {
	if len(c.infos) >= c.limit {
		clear(c.index)
		clear(c.intern)
		c.infos = c.infos[:0]
		w.stem, w.lower = c.internString(w.stem), c.internString(w.lower)
	}
	c.index[strings.Clone(raw)] = int32(len(c.infos))
	c.infos = append(c.infos, w)
	return &c.infos[len(c.infos)-1]
}

// internString returns the cache's copy of s, so every term with the same
// key shares one string.
func (c *stemCache) internString(s string) string {
	if v, ok := c.intern[s]; ok {
		return v
	}
	s = strings.Clone(s)
	c.intern[s] = s
	return s
}

// describe computes the wordInfo of a word token's raw text.
func (a *Analyzer) describe(raw string, c *stemCache) wordInfo {
	var w wordInfo
	lower := token.Lower(raw)
	if a.elisions != nil {
		if i := strings.IndexByte(lower, '\''); i > 0 && a.elisions.has(lower[:i+1]) && i+1 < len(lower) {
			if a.negators.has(lower[:i]) {
				w.flags |= wNegator // French "n'est": the elided ne negates
			}
			lower = lower[i+1:]
			w.skip = uint8(rawApostrophe(raw) + apostropheLen(raw))
		}
	}
	w.lower = c.internString(lower)
	w.stem = c.internString(a.opts.lang.stem(lower))
	if a.opts.phrases != nil {
		w.phraseMax = uint8(a.opts.phrases.starts[w.stem])
	}
	if a.stop.has(lower) {
		w.flags |= wStop
	}
	if utf8.RuneCountInString(lower) < a.opts.minLength {
		w.flags |= wShort
	}
	if a.negators.has(lower) || a.opts.lang == English && strings.HasSuffix(lower, "n't") {
		w.flags |= wNegator
	}
	if a.contrast.has(lower) {
		w.flags |= wContrast
	}
	if a.particles.has(lower) {
		w.flags |= wParticle
	}
	if a.linkers.has(lower) {
		w.flags |= wLinker
	}
	return w
}

// rawApostrophe returns the byte index of the first apostrophe (straight
// or curly) in raw, or len(raw).
func rawApostrophe(raw string) int {
	i := strings.IndexAny(raw, "'’")
	if i < 0 {
		return len(raw)
	}
	return i
}

func apostropheLen(raw string) int {
	if i := rawApostrophe(raw); i < len(raw) && raw[i] != '\'' {
		return len("’")
	}
	return 1
}

// describeOther returns the wordInfo of a kept non-word token: its key is
// its lower-case text, unstemmed.
func (c *stemCache) describeOther(raw string) *wordInfo {
	if i, ok := c.index[raw]; ok {
		return &c.infos[i]
	}
	l := c.internString(token.Lower(raw))
	return c.store(raw, wordInfo{stem: l, lower: l})
}
