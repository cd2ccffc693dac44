package themes

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The label names what makes a theme distinct, both topics of a theme
// that holds two, and nouns in a noun form. Scores as in TestLabel, one
// group: f(c) = c·ln(1+1/c)·√c for a noun, ×1.5 for a two-word noun
// phrase; raw is the score without that ×1.5.
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
		// (raw 0.298 < 0.388): the label is the distinctive term. The two
		// share a comment, 1 > 0.2·3, so they are not two topics.
		{"distinctive word beats a phrase of another topic",
			[]string{"speeds are slow since I left my old provider", "speeds drop every evening", "slow speeds again", "speeds awful",
				"my old provider was cheaper", "the old provider never did this", "awful", "terrible"},
			"speeds"},
		// "bill" in 4 of 7: f(4/7) = 0.571·ln 2.75·0.756 = 0.437; "refund"
		// in 3 of 7: f(3/7) = 0.429·ln(10/3)·0.655 = 0.338, 0.77 of it
		// (≥ 0.6), in 43% of the comments (≥ 10%), never together: two
		// topics.
		{"two topics that never share a comment",
			[]string{"wrong bill", "bill too high", "the bill is wrong", "another bill error",
				"refund never came", "still waiting for my refund", "refund please"},
			"bill and refund"},
		// "hours" (3 of 7) is generic: f·0.25 = 0.085 < 0.6·0.437, and a
		// generic word is never half of a label.
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
