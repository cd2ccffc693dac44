package sentiment

import "strings"

// Label is the three-way sentiment class. The zero value is Neutral.
type Label int8

// The labels, ordered so that comparing two labels compares their polarity.
const (
	Negative Label = -1
	Neutral  Label = 0
	Positive Label = 1
)

// String returns "neg", "neu" or "pos".
func (l Label) String() string {
	switch {
	case l < 0:
		return "neg"
	case l > 0:
		return "pos"
	}
	return "neu"
}

// Rules records which rules shaped an evidence item's contribution.
type Rules uint16

// The rules, in the order they are applied.
const (
	Negated        Rules = 1 << iota // inside a negation scope: valence flipped and scaled
	Absent                           // negated term with an absence valence ("no signal")
	Intensified                      // a modifier raised it ("very")
	Dampened                         // a modifier lowered it ("slightly")
	Shouted                          // written in capitals in a comment that is not all capitals
	AfterContrast                    // after "but": weighted up
	BeforeContrast                   // before "but": weighted down
	Conceded                         // inside an "although" clause: weighted down
	MainClause                       // beside an "although" clause: weighted up
	Exclaimed                        // its sentence ends with exclamation marks
	Hedged                           // its sentence carries a hedge ("so far")
	Learned                          // its valence comes (partly) from a learned lexicon
)

var ruleNames = [...]string{"negated", "absent", "intensified", "dampened", "shouted",
	"after-contrast", "before-contrast", "conceded", "main-clause", "exclaimed", "hedged", "learned"}

// String lists the rules joined by "+", or "" for none.
func (r Rules) String() string {
	var b strings.Builder
	for i, name := range ruleNames {
		if r&(1<<i) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		b.WriteString(name)
	}
	return b.String()
}

// Evidence is one word or phrase that moved the score.
type Evidence struct {
	Text         string  // the original text, Text == comment[Start:End]
	Start, End   int     // byte offsets into the comment
	Valence      float64 // the lexicon's value before any rule
	Contribution float64 // the signed amount added to the comment's balance
	Rules        Rules
}

// Sentence is the sentiment of one sentence of a comment.
type Sentence struct {
	Start, End int // byte offsets of the sentence's first and last token
	Compound   float64
	Label      Label
	// Evidence is the part of the comment's evidence inside this sentence.
	Evidence []Evidence
}

// Result is the sentiment of one comment.
type Result struct {
	// Compound is (P - N) / (P + N + Smoothing), in (-1, 1); see the package
	// documentation.
	Compound float64
	Label    Label
	// Positive and Negative are P and N: the summed positive contributions
	// and the summed magnitudes of the negative ones.
	Positive, Negative float64
	Sentences          []Sentence
	// Evidence lists every contributing word or phrase in text order.
	Evidence []Evidence
}
