package sentiment

import (
	"strings"

	"github.com/verbatim-go/verbatim/internal/token"
)

// item is one matched lexicon term (or a bare tokenizer negator) in a comment.
type item struct {
	from, to int    // token indices, [from, to)
	e        *entry // nil for a tokenizer negator the lexicon does not list
	opens    bool   // opens a negation scope after it
	valence  float64
	contrib  float64
	rules    Rules
}

// sent is one sentence: its token and item ranges and its weight.
type sent struct {
	toks, items [2]int
	factor      float64
	rules       Rules
}

// scratch holds the per-call buffers; Analyzer pools them.
type scratch struct {
	toks     []token.Token
	keys     []byte
	keyEnd   []int32
	items    []item
	sents    []sent
	pos, neg float64
	shouting bool
	text     string
}

// run scores text into sc: items with contributions, sentences, P and N.
func (sc *scratch) run(a *Analyzer, text string) {
	sc.text = text
	sc.scanTokens(text)
	sc.items = sc.items[:0]
	sc.sents = sc.sents[:0]
	sc.pos, sc.neg = 0, 0
	sc.splitSentences(text)
	for si := range sc.sents {
		s := &sc.sents[si]
		s.items[0] = len(sc.items)
		sc.match(a.o.lex, s.toks[0], s.toks[1])
		s.items[1] = len(sc.items)
		sc.applyRules(a, s)
		sc.weighSentence(s)
		if si > 0 && sc.startsWithContrast(s) {
			sc.sents[si-1].factor *= beforeContrastWeight
			sc.sents[si-1].rules |= BeforeContrast
			s.factor *= afterContrastWeight
			s.rules |= AfterContrast
		}
	}
	for _, s := range sc.sents {
		for i := s.items[0]; i < s.items[1]; i++ {
			it := &sc.items[i]
			if it.contrib == 0 {
				continue
			}
			it.contrib *= s.factor
			it.rules |= s.rules
			if it.contrib > 0 {
				sc.pos += it.contrib
			} else {
				sc.neg -= it.contrib
			}
		}
	}
}

// splitSentences applies the rule of token.Sentences (a sentence ends after
// punctuation flagged SentenceEnd or at a line break between two tokens)
// without allocating.
func (sc *scratch) splitSentences(text string) {
	start := 0
	for i, t := range sc.toks {
		end := t.Has(token.SentenceEnd)
		if !end && i+1 < len(sc.toks) {
			end = strings.IndexByte(text[t.End:sc.toks[i+1].Start], '\n') >= 0
		}
		if end {
			sc.sents = append(sc.sents, sent{toks: [2]int{start, i + 1}, factor: 1})
			start = i + 1
		}
	}
	if start < len(sc.toks) {
		sc.sents = append(sc.sents, sent{toks: [2]int{start, len(sc.toks)}, factor: 1})
	}
}

// match appends the lexicon terms found in tokens [lo, hi), longest phrase
// first at each position.
func (sc *scratch) match(lex *Lexicon, lo, hi int) {
	for i := lo; i < hi; {
		t := sc.toks[i]
		if t.Kind != token.Word && t.Kind != token.Emoji && t.Kind != token.Number {
			i++
			continue
		}
		if sc.lostApostrophe(i, hi) { // "didn\uFFFDt": a negator whose apostrophe was lost
			sc.items = append(sc.items, item{from: i, to: i + 2, opens: true})
			i += 2
			continue
		}
		e, n := sc.lookup(lex, i, hi)
		if e == nil {
			if t.Has(token.Negator) {
				sc.items = append(sc.items, item{from: i, to: i + 1, opens: true})
			}
			i++
			continue
		}
		sc.items = append(sc.items, item{from: i, to: i + n, e: e, opens: sc.opensScope(e, i, i+n)})
		i += n
	}
}

// lookup returns the longest term starting at token i and its length in
// tokens. A word not found is tried once more without a plural "s".
func (sc *scratch) lookup(lex *Lexicon, i, hi int) (*entry, int) {
	k := sc.key(i)
	nd := lex.first[string(k)]
	if nd == nil {
		if n := len(k); n > 3 && k[n-1] == 's' && k[n-2] != 's' {
			if nd = lex.first[string(k[:n-1])]; nd != nil && nd.single != nil {
				return nd.single, 1
			}
		}
		return nil, 0
	}
next:
	for _, ph := range nd.phrases {
		if i+ph.words > hi {
			continue
		}
		for j := 1; j < ph.words; j++ {
			if string(sc.key(i+j)) != ph.phraseKeys[j] {
				continue next
			}
		}
		return ph, ph.words
	}
	if nd.single != nil {
		return nd.single, 1
	}
	return nil, 0
}

// opensScope: a listed negator opens a negation scope; so does a phrase that
// ends in a negator ("still not"), or a term without its own valence that
// contains one ("not yet"). A valence phrase such as "no problems" already
// includes its negation and opens nothing.
func (sc *scratch) opensScope(e *entry, from, to int) bool {
	if e.has[Negator] || sc.toks[to-1].Has(token.Negator) {
		return true
	}
	if e.has[Valence] {
		return false
	}
	for i := from; i < to; i++ {
		if sc.toks[i].Has(token.Negator) {
			return true
		}
	}
	return false
}

func (sc *scratch) startsWithContrast(s *sent) bool {
	if s.items[0] == s.items[1] {
		return false
	}
	it := sc.items[s.items[0]]
	return it.from == s.toks[0] && it.e != nil && it.e.has[Contrast]
}

// punctBetween reports whether a punctuation token lies in tokens [from, to).
func (sc *scratch) punctBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if sc.toks[i].Kind == token.Punct {
			return true
		}
	}
	return false
}

// lostApostrophe reports whether tokens i and i+1 are an n't contraction
// whose apostrophe was lost in an encoding conversion: a word ending in "n",
// one character (U+FFFD or a stray byte), then "t" ("didn�t", "can�t").
func (sc *scratch) lostApostrophe(i, hi int) bool {
	if i+1 >= hi {
		return false
	}
	t, u := sc.toks[i], sc.toks[i+1]
	gap := u.Start - t.End
	return t.Kind == token.Word && (u.Text == "t" || u.Text == "T") && gap >= 1 && gap <= 3 &&
		(t.Text[len(t.Text)-1] == 'n' || t.Text[len(t.Text)-1] == 'N') &&
		strings.IndexByte(sc.text[t.End:u.Start], ' ') < 0
}
