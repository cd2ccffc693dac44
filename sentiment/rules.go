package sentiment

import (
	"strings"

	"github.com/verbatim-go/verbatim/internal/token"
)

// The weights of the rules, documented in doc.go.
const (
	negatedPositive      = -0.75 // "not good": a positive word negated turns mildly negative
	negatedNegative      = -0.6  // "not slow": a negative word negated turns mildly positive
	shoutWeight          = 1.3   // "AWFUL" in a comment otherwise in lower case
	beforeContrastWeight = 0.7   // "good service but ...": the part before counts less
	afterContrastWeight  = 1.3   // "... but slow": the part after counts more
	concededWeight       = 0.5   // "although it was late": the clause counts half
	mainClauseWeight     = 1.5   // the rest of a sentence with an "although" clause
	exclaimStep          = 0.15  // each "!" (up to maxExclaim) adds 15% to its sentence
	maxExclaim           = 3
	modifierReach        = 2 // a modifier reaches a term starting at most 2 tokens later
)

// applyRules turns the items of sentence s into contributions: negation,
// absence, modifiers and capitals, left to right.
func (sc *scratch) applyRules(a *Analyzer, s *sent) {
	negUntil, modUntil := -1, -1
	mod := 1.0
	prevTo := s.toks[0]
	for i := s.items[0]; i < s.items[1]; i++ {
		it := &sc.items[i]
		if sc.punctBetween(prevTo, it.from) {
			negUntil, modUntil, mod = -1, -1, 1
		}
		prevTo = it.to
		negated := it.from <= negUntil
		e := it.e
		if e == nil { // a bare negator
			negUntil = it.to - 1 + a.o.scope
			continue
		}
		if e.has[Contrast] || e.has[Concession] {
			negUntil, modUntil, mod = -1, -1, 1
			negated = false
		}
		if e.has[Hedge] {
			s.factor *= 1 - e.val[Hedge]
			s.rules |= Hedged
		}
		if e.has[Modifier] && sc.modifies(i, s.items[1]) {
			mod *= 1 + e.val[Modifier]
			modUntil = it.to - 1 + modifierReach
			continue
		}
		if it.opens {
			negUntil = it.to - 1 + a.o.scope
			if e.has[Negator] && e.val[Negator] >= 1 {
				negUntil = it.to - 1 + int(e.val[Negator])
			}
		}
		if !sc.value(it, negated) {
			continue
		}
		if negated && !it.opens {
			negUntil = -1 // a negator reaches the first sentiment term only
		}
		if it.from <= modUntil && mod != 1 {
			it.contrib *= mod
			if mod > 1 {
				it.rules |= Intensified
			} else {
				it.rules |= Dampened
			}
		}
		modUntil, mod = -1, 1
		if sc.shouting && sc.anyCaps(it.from, it.to) {
			it.contrib *= shoutWeight
			it.rules |= Shouted
		}
	}
}

// value sets the base contribution of an item from its valence or, when
// negated, its absence valence; it reports whether the item contributes.
func (sc *scratch) value(it *item, negated bool) bool {
	e := it.e
	switch {
	case negated && e.has[Absence]:
		it.valence, it.contrib, it.rules = e.val[Absence], e.val[Absence], Absent
	case e.has[Valence] && e.val[Valence] != 0:
		it.valence, it.contrib = e.val[Valence], e.val[Valence]
		if negated {
			it.rules |= Negated
			if it.contrib > 0 {
				it.contrib *= negatedPositive
			} else {
				it.contrib *= negatedNegative
			}
		}
	default:
		return false
	}
	if e.learned {
		it.rules |= Learned
	}
	return true
}

// modifies reports whether the modifier item i is followed, within reach and
// without punctuation between, by an item with a valence.
func (sc *scratch) modifies(i, end int) bool {
	it := sc.items[i]
	for j := i + 1; j < end; j++ {
		nx := sc.items[j]
		if nx.from > it.to-1+modifierReach || sc.punctBetween(it.to, nx.from) {
			return false
		}
		if nx.e != nil && (nx.e.has[Valence] || nx.e.has[Absence]) {
			return true
		}
	}
	return false
}

func (sc *scratch) anyCaps(from, to int) bool {
	for i := from; i < to; i++ {
		if sc.toks[i].Has(token.AllCaps) {
			return true
		}
	}
	return false
}

// weighSentence applies contrast and concession weights to the items of s
// and the exclamation weight to s itself.
func (sc *scratch) weighSentence(s *sent) {
	c := sc.lastContrast(s)
	for i := s.items[0]; c >= 0 && i < s.items[1]; i++ {
		it := &sc.items[i]
		switch {
		case i < c:
			it.contrib *= beforeContrastWeight
			it.rules |= BeforeContrast
		case i > c:
			it.contrib *= afterContrastWeight
			it.rules |= AfterContrast
		}
	}
	sc.weighConcession(s)
	if n := sc.exclamations(s); n > 0 {
		s.factor *= 1 + exclaimStep*float64(n)
		s.rules |= Exclaimed
	}
}

// lastContrast returns the index of the last contrast item of s that has a
// word after it, or -1 ("great service though." is not a contrast).
func (sc *scratch) lastContrast(s *sent) int {
	for i := s.items[1] - 1; i >= s.items[0]; i-- {
		it := sc.items[i]
		if it.e == nil || !it.e.has[Contrast] || it.from == s.toks[0] {
			continue
		}
		for j := it.to; j < s.toks[1]; j++ {
			if sc.toks[j].Kind == token.Word {
				return i
			}
		}
	}
	return -1
}

// weighConcession weights the clause each concession term opens (to the next
// punctuation or contrast term) down and the rest of the sentence up.
func (sc *scratch) weighConcession(s *sent) {
	for i := s.items[0]; i < s.items[1]; i++ {
		it := sc.items[i]
		if it.e == nil || !it.e.has[Concession] {
			continue
		}
		end := sc.clauseEnd(i, s)
		for j := s.items[0]; j < s.items[1]; j++ {
			o := &sc.items[j]
			if o.contrib == 0 {
				continue
			}
			if j >= i && o.to <= end {
				o.contrib *= concededWeight
				o.rules |= Conceded
			} else {
				o.contrib *= mainClauseWeight
				o.rules |= MainClause
			}
		}
	}
}

// clauseEnd returns the token index where the clause opened by item i ends.
func (sc *scratch) clauseEnd(i int, s *sent) int {
	for t := sc.items[i].to; t < s.toks[1]; t++ {
		if sc.toks[t].Kind == token.Punct {
			return t
		}
	}
	return s.toks[1]
}

// exclamations counts the "!" in the sentence's punctuation, up to maxExclaim.
func (sc *scratch) exclamations(s *sent) int {
	n := 0
	for i := s.toks[0]; i < s.toks[1]; i++ {
		if t := sc.toks[i]; t.Kind == token.Punct {
			n += strings.Count(t.Text, "!")
		}
	}
	return min(n, maxExclaim)
}
