package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// LabelThemes on small handmade clusters. Scores as in TestLabel, with
// Σcov summed over the groups.
func TestLabelThemes(t *testing.T) {
	bills := []string{"the bill", "bill again", "bill", "my bill", "bill and refund"}
	tests := []struct {
		name   string
		groups []LabelGroup
		want   []string
	}{
		// "account" is in every comment of both groups: 1·ln(1+1/2) =
		// 0.405; "bill" and "engineer" are in every comment of one group
		// only: 1·ln 2 = 0.693. Distinctive beats frequent.
		{"distinctive beats shared",
			[]LabelGroup{
				{Comments: []string{"bill on my account", "account bill", "bill for the account"}},
				{Comments: []string{"engineer for my account", "account engineer", "engineer on the account"}},
			},
			[]string{"bill", "engineer"}},
		// "bill" is in all 5 comments of both groups: 0.405 each, a tie
		// the first group wins; "refund" and "discount" (1 of 5, in one
		// group) score 0.2·ln 6·√0.2 = 0.160. The second group joins its
		// best and its next candidate.
		{"a taken label gets a second term",
			[]LabelGroup{
				{Comments: bills},
				{Comments: []string{"the bill", "bill again", "bill", "my bill", "bill and discount"}},
			},
			[]string{"bill", "bill / discount"}},
		// A seed name is kept and reserved: the group whose best is "bill"
		// is told apart by "refund".
		{"fixed labels are reserved",
			[]LabelGroup{{Fixed: "Bill"}, {Comments: bills}},
			[]string{"Bill", "bill / refund"}},
	}
	l := NewLabeler(mustAnalyzer(t))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, l.LabelThemes(tc.groups))
		})
	}
}

// The same groups give the same labels, call after call (map order and
// parallel tagging must not show).
func TestLabelThemesDeterministic(t *testing.T) {
	l := NewLabeler(mustAnalyzer(t))
	groups := []LabelGroup{
		{Comments: []string{"the bill", "bill again", "bill", "refund please"}},
		{Comments: []string{"the bill", "bill again", "bill", "discount please"}},
		{Comments: []string{"router keeps dropping", "new router", "router light"}},
	}
	want := l.LabelThemes(groups)
	for range 20 {
		assert.Equal(t, want, l.LabelThemes(groups))
	}
}

// BenchmarkLabelThemes labels 30 themes of the synthetic survey (its
// comments dealt round-robin, about 160 per theme): 30 tagged comments
// and up to 400 counted per theme, the cost of labelling a Discover run
// with k = 30. Target: well under a second.
func BenchmarkLabelThemes(b *testing.B) {
	comments := sampleComments(b)
	groups := make([]LabelGroup, 30)
	size := 0
	for i, c := range comments {
		groups[i%30].Comments = append(groups[i%30].Comments, c)
		size += len(c)
	}
	l := NewLabeler(mustAnalyzer(b))
	l.LabelThemes(groups[:1]) // load the tagging model outside the timing
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.LabelThemes(groups)
	}
}
