package themes

import (
	"strings"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
)

// labelGeneric are nouns that name no topic on their own in customer
// feedback: units of time, vague nouns, and the words every comment about
// a company uses. They stay welcome inside a phrase ("hold times",
// "customer service"); alone they are a last resort.
const labelGeneric = `time times day days week weeks month months year years hour hours
minute minutes min mins second seconds today thing things stuff way lot lots bit one ones
someone anyone everyone people person everything something anything service services
company business customer customers experience issue issues problem problems product
products job work part kind sort use whoever whatever whichever`

// Readability factors (LabelThemes, step 2). A two-word noun phrase names
// a theme best ("billing error"): it reads as a topic and is more specific
// than its head, so it earns half again the score of one word; three words
// a little less, being longer to read. A candidate that may not be a noun
// phrase (never tagged), or a word whose -ing form is mostly tagged a
// noun or a gerund ("waiting"), loses a quarter; one that is not (a verb
// phrase such as "called back", an adverb such as "exactly") reads as a
// fragment and keeps 0.4. A generic word alone, or a generic head with no other
// noun ("first time", "next day"), says little about the topic.
const (
	labelTwoWords    = 1.5
	labelThreeWords  = 1.35
	labelUnknownKind = 0.75
	labelFragment    = 0.4
	labelStopEdge    = 0.8 // starts or ends with a stop word ("on hold")
	labelGenericOne  = 0.25
	labelGenericHead = 0.4
)

// readability returns the factor of a candidate's score for how well it
// reads as a label, 0 when it must not be one: a word or phrase that only
// appraises ("great", "really helpful": sentiment says how a theme feels,
// not what it is about), or a phrase with a placeholder word ("xxxx").
func (l *Labeler) readability(c *labelCand, cs *labelCands) float64 {
	if l.appraise(c.key) || hasPlaceholder(c.key) {
		return 0
	}
	r := lengthFactor(c.words) * l.genericFactor(c, cs)
	switch {
	case c.kind == labelOther && c.leadStop && !c.tailStop && cs.isNoun(labelHead(c.key)):
		// A known phrase from a preposition to a noun ("on hold", "in
		// the evenings") names a state or a circumstance: it reads as
		// well as an untagged candidate, its leading word included.
		r *= labelUnknownKind
		return r
	case c.kind == labelOther && c.words == 1 && cs.isGerund(c.key) && strings.HasSuffix(c.display(), "ing"):
		// An -ing form that is rarely an adjective names an activity
		// the way a noun does ("waiting", "billing", "shipping"); the
		// tagger cannot tell a gerund from a progressive verb, so it
		// reads as an untagged candidate, not as a fragment.
		r *= labelUnknownKind
	case c.kind == labelOther:
		r *= labelFragment
	case c.kind == labelUnknown:
		r *= labelUnknownKind
	}
	if c.leadStop || c.tailStop {
		r *= labelStopEdge
	}
	return r
}

// genericFactor is the part of readability for a candidate that says
// little about its topic: a generic word alone (labelGenericOne), or a
// phrase with a generic head and no other noun (labelGenericHead); 1
// otherwise.
func (l *Labeler) genericFactor(c *labelCand, cs *labelCands) float64 {
	switch {
	case c.words == 1 && l.generic[c.key]:
		return labelGenericOne
	case c.words > 1 && l.genericHead(c.key, cs):
		return labelGenericHead
	}
	return 1
}

// genericHead reports whether a phrase ends in a generic word and has no
// other word that is a noun: "first time" and "no time" do, "hold times"
// and "customer service" do not.
func (l *Labeler) genericHead(key string, cs *labelCands) bool {
	words := strings.Fields(key)
	if !l.generic[labelHead(key)] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if cs.isNoun(w) {
			return false
		}
	}
	return true
}

// tagModel returns the shared part-of-speech model in English, or nil:
// other languages (and a model that fails to load) label from phrases and
// top terms alone.
func (l *Labeler) tagModel() *prose.Model {
	if l.a.opts.lang != English {
		return nil
	}
	m, _ := sharedTagModel()
	return m
}

// modifierTag reports whether a word with this tag can stand before the
// head noun of a noun phrase: adjectives, nouns and participles. The
// tagger often calls an adjective in a terse comment a verb ("rude/VBP
// agent"), so present-tense verbs are accepted too.
func modifierTag(tag string) bool {
	switch tag {
	case "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "VBP":
		return true
	}
	return false
}

func isWordText(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf)
}

// labelHead returns the last word of a key: the head of an English noun
// phrase.
func labelHead(key string) string { return key[strings.LastIndexByte(key, ' ')+1:] }

// hasPlaceholder reports whether a key has a word made of one letter
// repeated ("xx", "xxxx"): the marks public complaint data puts where it
// removed names, dates and amounts. They recur in every theme's comments
// but name nothing a person would recognise.
func hasPlaceholder(key string) bool {
	for _, w := range strings.Fields(key) {
		if len(w) > 1 && strings.Count(w, w[:1]) == len(w) {
			return true
		}
	}
	return false
}
