package themes

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The label names what makes a theme distinct, both topics of a theme
// that holds two, and nouns in a noun form. Scores as in TestLabel, one
// group: f(c) = c·ln(1+1/c)·√c for a noun, ×1.5 for a two-word noun
// phrase; the topic is chosen by raw(c) = c²·ln(1+1/c) (no ×1.5).
func TestLabelDistinct(t *testing.T) {
	orders := []string{"my order never came", "the order was late", "order number lost"}
	for i := range 17 {
		orders = append(orders, fmt.Sprintf("terrible %d", i))
	}
	for i := range 10 {
		orders = append(orders, fmt.Sprintf("I ordered it %d times", i))
	}
	tests := []struct {
		name     string
		comments []string
		want     string
	}{
		// "speeds" in 4 of 8: f(0.5) = 0.5·ln 3·√0.5 = 0.388; "old
		// provider" in 3 of 8: f(0.375) = 0.375·ln(11/3)·√0.375 = 0.298,
		// ×1.5 = 0.448. The phrase scores more but is less distinctive
		// (raw 0.375²·ln(11/3) = 0.183 < 0.5²·ln 3 = 0.275): the label
		// is the distinctive term. The two
		// share a comment, 1 > 0.2·3, so they are not two topics.
		{"distinctive word beats a phrase of another topic",
			[]string{"speeds are slow since I left my old provider", "speeds drop every evening", "slow speeds again", "speeds awful",
				"my old provider was cheaper", "the old provider never did this", "awful", "terrible"},
			"speeds"},
		// "bill" in 4 of 7: raw (4/7)²·ln 2.75 = 0.330; "refund" in 3
		// of 7: raw (3/7)²·ln(10/3) = 0.221, 0.67 of it (≥ 0.6), in 43%
		// of the comments (≥ 10%), never together: two topics.
		{"two topics that never share a comment",
			[]string{"wrong bill", "bill too high", "the bill is wrong", "another bill error",
				"refund never came", "still waiting for my refund", "refund please"},
			"bill and refund"},
		// "hours" (3 of 7) is generic: raw 0.221·0.25 = 0.055 < 0.6·0.330,
		// and a generic word is never half of a label.
		{"a generic word is not a second topic",
			[]string{"wrong bill", "bill too high", "the bill is wrong", "another bill error",
				"hours on the phone", "waited hours", "three hours"},
			"bill"},
		// "xxxx" (the redaction mark) is in every comment but never a
		// label; "loan" is in 2 of 4.
		{"placeholders are never labels",
			[]string{"on xx/xx/xxxx my loan xxxx", "xxxx xxxx called", "loan xxxx", "xxxx"},
			"loan"},
		// "order" is tagged a noun in the three tagged comments that have
		// it (the first 20 distinct comments are tagged); the ten
		// "ordered" after them are only counted. The stem is a noun, so
		// the label is written in a form tagged as one: "order", not the
		// more frequent "ordered".
		{"a noun is written in its noun form", orders, "order"},
	}
	l := NewLabeler(mustAnalyzer(t))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, l.Label(tc.comments, nil))
		})
	}
}

func TestHasPlaceholder(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"xxxx", true},
		{"on xx", true},
		{"loan", false},
		{"x", false}, // one letter is a word ("x" as in "x-ray"), not a mark
		{"xs", false},
	}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			assert.Equal(t, tc.want, hasPlaceholder(tc.key))
		})
	}
}

// A topic that covers much of a theme is its label rather than a rarer
// one found only there: the topic is chosen by cov²·IDF, not cov^1.5·IDF
// as the wording is. Group A has "router" in 6 of 10 comments, and B and
// C have it in all theirs (Σcov = 2.6), "kit" in 2 of A's only (Σcov =
// 0.2). cov^1.5·IDF would pick "kit": 0.2^1.5·ln 6 = 0.160 against
// 0.6^1.5·ln(1+1/2.6) = 0.151; cov²·IDF picks "router": 0.6²·0.325 =
// 0.117 against 0.2²·ln 6 = 0.072. B and C are told apart by "engineer"
// and "bill" (cov 1, in one group: 1·ln 2 = 0.693).
func TestLabelCoverageChoosesTopic(t *testing.T) {
	// One comment has both, so they are one topic, not two (see pickPair).
	a := []string{"router dropped", "the router again", "router light red", "new router please",
		"router is slow", "kit missing, router fine", "the kit box", "awful", "terrible", "bad"}
	b := []string{"engineer and router", "router engineer", "the engineer took the router", "engineer, router", "router then engineer"}
	c := []string{"bill for the router", "router bill", "the bill and the router", "bill, router", "router on my bill"}
	l := NewLabeler(mustAnalyzer(t))
	got := l.LabelThemes([]LabelGroup{{Comments: a}, {Comments: b}, {Comments: c}})
	assert.Equal(t, []string{"router", "engineer", "bill"}, got)
}

// An -ing form the tagger calls a verb names an activity, as a noun does.
// "waiting" (a top term, tagged VBG) is in 5 of 10 comments: raw
// 0.5²·ln 3 = 0.275, ×0.75 = 0.206; "engineer" in 3 of 10: 0.3²·ln(13/3)
// = 0.132. As a fragment (×0.4) "waiting" would have 0.110 and lost to
// the rarer noun.
func TestLabelGerund(t *testing.T) {
	an := mustAnalyzer(t)
	comments := []string{"waiting again", "still waiting", "I am waiting", "we keep waiting", "waiting and waiting",
		"the engineer", "engineer came", "an engineer", "awful", "terrible"}
	top := []LabelTerm{{Key: an.Key("waiting")}, {Key: an.Key("engineer")}}
	assert.Equal(t, "waiting", NewLabeler(an).Label(comments, top))
}
