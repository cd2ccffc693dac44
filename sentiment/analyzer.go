package sentiment

import (
	"fmt"
	"math"
	"sync"

	"github.com/verbatim-go/verbatim/internal/token"
)

// Smoothing is the constant K in Compound = (P - N) / (P + N + K). It pulls
// comments with little evidence toward zero: one mild word ("ok", 0.5) scores
// 0.5/2 = 0.25, one strong word ("excellent", 3) scores 3/4.5 = 0.67.
const Smoothing = 1.5

// DefaultNegationScope is how many tokens after a negator it reaches,
// unless punctuation or a contrast word ends the scope first.
const DefaultNegationScope = 3

// Thresholds turn a compound score into a label: Positive when compound >=
// Positive, Negative when compound <= Negative, Neutral in between.
type Thresholds struct {
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
}

// DefaultThresholds are asymmetric on purpose: customer comments lean
// positive in wording even when lukewarm ("good but slow", "ok so far"), so
// a positive label needs a clearer balance than a negative one. The values
// come from a coarse grid on the development sets (see doc.go), over which
// macro-F1 varied by about 0.01.
var DefaultThresholds = Thresholds{Positive: 0.3, Negative: -0.1}

// Label returns the label of a compound score.
func (t Thresholds) Label(compound float64) Label {
	switch {
	case compound >= t.Positive:
		return Positive
	case compound <= t.Negative:
		return Negative
	}
	return Neutral
}

func (t Thresholds) valid() bool {
	return t.Negative < t.Positive && t.Negative >= -1 && t.Positive <= 1 &&
		!math.IsNaN(t.Negative) && !math.IsNaN(t.Positive)
}

type options struct {
	lex        *Lexicon
	thresholds Thresholds
	scope      int
}

// Option configures an Analyzer.
type Option func(*options)

// WithLexicon replaces the base lexicon, for example with one blended with
// a learned lexicon (see Lexicon.Blend). A nil lexicon panics.
func WithLexicon(l *Lexicon) Option {
	if l == nil {
		panic("sentiment: WithLexicon(nil)")
	}
	return func(o *options) { o.lex = l }
}

// WithThresholds sets the label thresholds; they must satisfy -1 <=
// Negative < Positive <= 1, or the option panics.
func WithThresholds(t Thresholds) Option {
	if !t.valid() {
		panic(fmt.Sprintf("sentiment: invalid thresholds %+v", t))
	}
	return func(o *options) { o.thresholds = t }
}

// WithNegationScope sets how many tokens a negator reaches (default 3); it
// panics below 1.
func WithNegationScope(n int) Option {
	if n < 1 {
		panic(fmt.Sprintf("sentiment: negation scope %d < 1", n))
	}
	return func(o *options) { o.scope = n }
}

// Analyzer scores comments. It is safe for concurrent use.
type Analyzer struct {
	o    options
	pool sync.Pool
}

// New returns an Analyzer with the base lexicon and default thresholds
// unless options say otherwise.
func New(opts ...Option) *Analyzer {
	a := &Analyzer{o: options{thresholds: DefaultThresholds, scope: DefaultNegationScope}}
	for _, opt := range opts {
		opt(&a.o)
	}
	if a.o.lex == nil {
		a.o.lex = Base()
	}
	a.pool.New = func() any { return new(scratch) }
	return a
}

// Thresholds returns the analyzer's label thresholds.
func (a *Analyzer) Thresholds() Thresholds { return a.o.thresholds }

// Analyze scores a comment and explains the score: per sentence, with every
// contributing word or phrase and its byte offsets.
func (a *Analyzer) Analyze(text string) Result {
	sc := a.pool.Get().(*scratch)
	defer a.pool.Put(sc)
	sc.run(a, text)
	return sc.result(a, text)
}

// Score returns only the compound score and label of a comment; it is the
// fast path for bulk scoring and does not allocate in the steady state.
func (a *Analyzer) Score(text string) (float64, Label) {
	sc := a.pool.Get().(*scratch)
	defer a.pool.Put(sc)
	sc.run(a, text)
	c := compound(sc.pos, sc.neg)
	return c, a.o.thresholds.Label(c)
}

// compound is the normalisation documented on Smoothing.
func compound(pos, neg float64) float64 {
	return (pos - neg) / (pos + neg + Smoothing)
}

// result builds the exported Result from the scratch state.
func (sc *scratch) result(a *Analyzer, text string) Result {
	r := Result{Positive: sc.pos, Negative: sc.neg}
	r.Compound = compound(sc.pos, sc.neg)
	r.Label = a.o.thresholds.Label(r.Compound)
	n := 0
	for _, it := range sc.items {
		if it.contrib != 0 {
			n++
		}
	}
	if n > 0 {
		r.Evidence = make([]Evidence, 0, n)
	}
	r.Sentences = make([]Sentence, len(sc.sents))
	for si, s := range sc.sents {
		first := len(r.Evidence)
		var p, q float64
		for _, it := range sc.items[s.items[0]:s.items[1]] {
			if it.contrib == 0 {
				continue
			}
			start, end := sc.toks[it.from].Start, sc.toks[it.to-1].End
			r.Evidence = append(r.Evidence, Evidence{Text: text[start:end], Start: start, End: end,
				Valence: it.valence, Contribution: it.contrib, Rules: it.rules})
			if it.contrib > 0 {
				p += it.contrib
			} else {
				q -= it.contrib
			}
		}
		c := compound(p, q)
		r.Sentences[si] = Sentence{Start: sc.toks[s.toks[0]].Start, End: sc.toks[s.toks[1]-1].End,
			Compound: c, Label: a.o.thresholds.Label(c), Evidence: r.Evidence[first:len(r.Evidence):len(r.Evidence)]}
	}
	return r
}

// scanTokens tokenizes text into sc.toks and fills the matching keys.
func (sc *scratch) scanTokens(text string) {
	sc.toks = token.Append(sc.toks[:0], text)
	sc.keys = sc.keys[:0]
	sc.keyEnd = sc.keyEnd[:0]
	words, caps := 0, 0
	for _, t := range sc.toks {
		if t.Kind == token.Word || t.Kind == token.Emoji {
			sc.keys = appendKey(sc.keys, t.Text)
		}
		sc.keyEnd = append(sc.keyEnd, int32(len(sc.keys)))
		if t.Kind == token.Word && len(t.Text) > 1 {
			words++
			if t.Has(token.AllCaps) {
				caps++
			}
		}
	}
	// A comment written mostly in capitals is not shouting word by word.
	sc.shouting = caps*2 < words
}

func (sc *scratch) key(i int) []byte {
	start := int32(0)
	if i > 0 {
		start = sc.keyEnd[i-1]
	}
	return sc.keys[start:sc.keyEnd[i]]
}
