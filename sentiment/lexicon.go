package sentiment

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/base.tsv
var baseTSV []byte

// ErrLexicon is returned (wrapped, with the line and the value) for a
// malformed lexicon file.
var ErrLexicon = errors.New("malformed lexicon")

// MaxValence bounds every valence in a lexicon: -MaxValence is the worst a
// word can be, +MaxValence the best.
const MaxValence = 3.0

// Kind says what role a lexicon term plays.
type Kind uint8

// Lexicon term kinds; the letters are the first column of the TSV format.
const (
	Valence    Kind = iota + 1 // v: a sentiment value
	Absence                    // a: the value when negated or absent ("no signal")
	Modifier                   // m: scales the next sentiment term by 1+value
	Negator                    // n: negates the next words (beyond the tokenizer's own)
	Contrast                   // c: the part after it counts more ("but")
	Concession                 // s: the clause it opens counts less ("although")
	Hedge                      // h: the sentence counts less ("so far")
)

var kindLetters = [...]byte{0, 'v', 'a', 'm', 'n', 'c', 's', 'h'}

// String returns the one-letter code of the kind used in lexicon files.
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindLetters) {
		return string(kindLetters[k])
	}
	return "?"
}

func kindOf(s string) (Kind, bool) {
	if len(s) == 1 {
		for k := Valence; k <= Hedge; k++ {
			if kindLetters[k] == s[0] {
				return k, true
			}
		}
	}
	return 0, false
}

// entry is everything a lexicon knows about one term.
type entry struct {
	words      int // number of words in the term
	has        [Hedge + 1]bool
	val        [Hedge + 1]float64
	learned    bool // the valence comes (partly) from a learned lexicon
	phraseKeys []string
}

// node holds the entries reachable from one first word: the single-word
// entry and the phrases that start with the word, longest first.
type node struct {
	single  *entry
	phrases []*entry
}

// Lexicon maps normalised words and phrases to their roles and values. It is
// immutable once built and safe for concurrent use.
type Lexicon struct {
	first map[string]*node
	terms map[string]*entry
}

var (
	baseOnce sync.Once
	baseLex  *Lexicon
)

// Base returns the built-in lexicon for customer-feedback language (see
// data/base.tsv). The same value is returned on every call.
func Base() *Lexicon {
	baseOnce.Do(func() {
		l, err := ParseLexicon(bytes.NewReader(baseTSV))
		if err != nil {
			panic("sentiment: built-in lexicon: " + err.Error())
		}
		baseLex = l
	})
	return baseLex
}

// ParseLexicon reads a lexicon in the TSV format of data/base.tsv: lines of
// KIND <tab> TERM <tab> VALUE, with # comments and blank lines ignored. A
// term may appear once per kind. Errors name the line and the value.
func ParseLexicon(r io.Reader) (*Lexicon, error) {
	l := newLexicon()
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := l.parseLine(line); err != nil {
			return nil, fmt.Errorf("sentiment: lexicon line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("sentiment: reading lexicon: %w", err)
	}
	l.index()
	return l, nil
}

func (l *Lexicon) parseLine(line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 3 {
		return fmt.Errorf("%w: want 3 tab-separated fields, got %d in %q", ErrLexicon, len(f), line)
	}
	k, ok := kindOf(f[0])
	if !ok {
		return fmt.Errorf("%w: unknown kind %q (want one of v a m n c s h)", ErrLexicon, f[0])
	}
	v, err := strconv.ParseFloat(f[2], 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("%w: value %q is not a finite number", ErrLexicon, f[2])
	}
	if err := checkValue(k, v); err != nil {
		return fmt.Errorf("%w: %q: %v", ErrLexicon, f[1], err)
	}
	key := normalizeTerm(f[1])
	if key == "" {
		return fmt.Errorf("%w: empty term", ErrLexicon)
	}
	e := l.terms[key]
	if e == nil {
		e = &entry{phraseKeys: strings.Split(key, " ")}
		e.words = len(e.phraseKeys)
		l.terms[key] = e
	}
	if e.has[k] {
		return fmt.Errorf("%w: %q is listed twice as kind %s", ErrLexicon, f[1], k)
	}
	e.has[k], e.val[k] = true, v
	return nil
}

func checkValue(k Kind, v float64) error {
	switch k {
	case Valence, Absence:
		if math.Abs(v) > MaxValence {
			return fmt.Errorf("valence %v outside [-%v, %v]", v, MaxValence, MaxValence)
		}
	case Modifier:
		if v <= -1 || v > 2 {
			return fmt.Errorf("modifier %v outside (-1, 2]", v)
		}
	case Negator:
		if v < 0 || v > 10 || v != math.Trunc(v) {
			return fmt.Errorf("negator scope %v not a whole number of tokens from 0 to 10", v)
		}
	case Hedge:
		if v < 0 || v >= 1 {
			return fmt.Errorf("hedge %v outside [0, 1)", v)
		}
	}
	return nil
}

func newLexicon() *Lexicon {
	return &Lexicon{first: map[string]*node{}, terms: map[string]*entry{}}
}

// index builds the first-word table used while scanning.
func (l *Lexicon) index() {
	l.first = make(map[string]*node, len(l.terms))
	keys := make([]string, 0, len(l.terms))
	for k := range l.terms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e := l.terms[k]
		nd := l.first[e.phraseKeys[0]]
		if nd == nil {
			nd = &node{}
			l.first[e.phraseKeys[0]] = nd
		}
		if e.words == 1 {
			nd.single = e
			continue
		}
		nd.phrases = append(nd.phrases, e)
	}
	for _, nd := range l.first {
		sort.SliceStable(nd.phrases, func(i, j int) bool { return nd.phrases[i].words > nd.phrases[j].words })
	}
}

// Len returns the number of distinct terms.
func (l *Lexicon) Len() int { return len(l.terms) }

// Lookup returns the value of term for kind k, and whether the lexicon has
// one. The term is normalised as when scanning (lower case, no apostrophes).
func (l *Lexicon) Lookup(term string, k Kind) (float64, bool) {
	e := l.terms[normalizeTerm(term)]
	if e == nil || k == 0 || k > Hedge || !e.has[k] {
		return 0, false
	}
	return e.val[k], true
}

// Terms returns the normalised terms that have kind k, sorted.
func (l *Lexicon) Terms(k Kind) []string {
	var out []string
	for t, e := range l.terms {
		if k > 0 && k <= Hedge && e.has[k] {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

// normalizeTerm lower-cases a term, drops apostrophes and collapses runs of
// spaces, the form both lexicon terms and scanned tokens are compared in.
func normalizeTerm(s string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		fields[i] = string(appendKey(nil, f))
	}
	return strings.Join(fields, " ")
}
