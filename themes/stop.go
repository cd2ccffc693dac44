package themes

import (
	"sort"
	"strings"

	"github.com/verbatim-go/verbatim/internal/token"
)

// wordSet is a set of lower-case words with straight apostrophes.
type wordSet map[string]struct{}

func (s wordSet) has(w string) bool { _, ok := s[w]; return ok }

// addFields adds the whitespace-separated words of list, normalised.
func (s wordSet) addFields(list string) {
	for _, w := range strings.Fields(list) {
		s[token.Lower(w)] = struct{}{}
	}
}

func (s wordSet) add(words []string) {
	for _, w := range words {
		if w = strings.TrimSpace(w); w != "" {
			s[token.Lower(w)] = struct{}{}
		}
	}
}

func (s wordSet) sorted() []string {
	out := make([]string, 0, len(s))
	for w := range s {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

func setOf(lists ...string) wordSet {
	s := wordSet{}
	for _, l := range lists {
		s.addFields(l)
	}
	return s
}

// DefaultStopWords returns, sorted, the stop words an Analyzer drops by
// default in language l: the language's function words plus survey filler
// (see SurveyStopWords) and negators. Negators never become terms on their
// own, but they still mark the words after them as negated and may start a
// phrase ("no signal").
func DefaultStopWords(l Language) []string {
	if !l.valid() {
		return nil
	}
	w := wordLists[l]
	return setOf(w.general, w.survey, w.negators).sorted()
}

// SurveyStopWords returns, sorted, the survey filler part of the default
// stop words of language l: words that NPS answers repeat whatever they
// are about ("because", "company", "would", "recommend", "score",
// "friends", "family"). "service" is deliberately not one of them: in
// complaints it carries the theme ("customer service", "service
// outage"), and document-frequency weighting handles its frequency.
func SurveyStopWords(l Language) []string {
	if !l.valid() {
		return nil
	}
	return setOf(wordLists[l].survey).sorted()
}
