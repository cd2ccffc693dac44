package themes

import (
	"strings"
	"unicode/utf8"
)

// LabelTerm is one of a theme's top terms as a Labeler reads it.
type LabelTerm struct {
	Key     string  // term key (a stem or a phrase key)
	Display string  // how people write it; the key when empty
	Weight  float64 // importance in the theme; 0 for all terms means by rank
}

// LabelGroup is one theme as LabelThemes reads it.
type LabelGroup struct {
	// Comments are the theme's comments, most representative first. The
	// first labelComments distinct ones are tagged for noun phrases; an
	// even sample of up to labelCountComments is counted.
	Comments []string
	// Top are the theme's top terms, best first (optional): each is a
	// candidate label too.
	Top []LabelTerm
	// Fixed is a label chosen by the caller (a seed name): it is kept,
	// and no other theme gets it.
	Fixed string
}

// Limits of label building: a theme's label is looked for in the noun
// phrases of labelComments comments (each cut to labelCommentBytes), is
// scored over labelCountComments comments, has at most labelMaxWords
// words, and joins at most two candidates.
const (
	labelComments      = 20
	labelCommentBytes  = 2000
	labelCountComments = 400
	labelMaxWords      = 3
)

// Labeler names themes the way a person would: with the short noun phrase
// that is frequent in the theme and rare in the others ("installation
// date", "hold times", "rude agent"). It is safe for concurrent use; all
// Labelers share one part-of-speech model.
type Labeler struct {
	a        *Analyzer
	generic  map[string]bool
	appraise func(string) bool
}

// NewLabeler returns a Labeler that matches words to term keys with a (the
// analyzer that built the terms).
func NewLabeler(a *Analyzer) *Labeler {
	l := &Labeler{a: a, generic: map[string]bool{}, appraise: discoverExcluder(a)}
	for _, w := range strings.Fields(labelGeneric) {
		if k := a.Key(w); k != "" {
			l.generic[k] = true
		}
	}
	return l
}

// Label returns a label for one theme from its comments (most
// representative first) and its top terms, best first; see LabelThemes.
// With a single theme nothing is rarer elsewhere, so the choice rests on
// coverage and readability. When no candidate is found the label is the
// display forms of the first three top terms joined by ", ".
func (l *Labeler) Label(comments []string, top []LabelTerm) string {
	return l.LabelThemes([]LabelGroup{{Comments: comments, Top: top}})[0]
}

// LabelThemes returns a label for each group, chosen together so that
// labels tell the themes apart:
//
//  1. Candidates: in English, the noun phrases of one to three words
//     ending in a noun (part-of-speech tags) in the group's first
//     comments; the known phrases ("on hold") among their terms; the
//     group's top terms.
//  2. Each candidate is counted in an even sample of every group's
//     comments (a comment counts once) and scored per group by its
//     class-based TF-IDF with groups weighted equally,
//     cov(p, g) · ln(1 + 1/Σ cov(p, ·)), where cov(p, g) is the share of
//     g's counted comments that contain p; times √cov(p, g), so that a
//     label speaks for many of the theme's comments, not for one
//     template; times its readability (see the readability factors): two- and
//     three-word noun phrases first, other phrases and words below,
//     generic words ("time", "service") alone far below; words that only
//     appraise ("great") and placeholders ("xxxx") are never labels.
//  3. Candidates are ordered by family (see familyOrder): the most
//     distinctive one (cov(p, g)² · ln(1 + 1/Σ cov(p, ·)) times its
//     readability without the length factor: coverage weighs more in
//     choosing the topic than in choosing its wording) anchors a
//     family of the candidates on the same topic (those containing its
//     words, or nearly always in the same comments), best score first;
//     so the label is the phrase that makes the theme's most distinctive
//     topic precise, never a readable phrase of a lesser topic.
//  4. Groups pick in order of their best score (ties: first group): the
//     best candidate, written in its most frequent form (for a noun, its
//     most frequent form tagged a noun). When the group holds a second
//     topic nearly as distinctive that rarely shares a comment with the
//     first, the label names both: "speeds and old provider" (see
//     labelPairShare). A label already taken (same stems) gets the
//     group's best candidate of another family that shares no word with
//     it joined by " / " ("bill / refund"). Fixed labels are taken first.
//
// A group without any candidate gets its top display terms joined by
// ", ", or "" without them. The result is deterministic: ties go to the
// alphabetically first key.
func (l *Labeler) LabelThemes(groups []LabelGroup) []string {
	cs := l.gather(groups)
	l.count(cs, groups)
	ranked := make([][]labelScored, len(groups))
	for g := range groups {
		if groups[g].Fixed == "" {
			ranked[g] = cs.rank(l, g, groups[g].Top)
		}
	}
	return l.pickLabels(cs, groups, ranked)
}

// clip cuts s to at most n bytes at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func fallbackLabel(top []LabelTerm) string {
	parts := make([]string, 0, 3)
	for _, t := range top[:min(len(top), 3)] {
		d := t.Display
		if d == "" {
			d = t.Key
		}
		parts = append(parts, d)
	}
	return strings.Join(parts, ", ")
}

// mostFrequent returns the most counted string, ties alphabetically.
func mostFrequent(m map[string]int) string {
	best, bestN := "", 0
	for s, n := range m {
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}
