package themes

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Phrases of the real comments of nps_verbatims_dev.csv with the default
// thresholds. Sources of the expected figures:
//   - counts: Python regular expressions over the comment column find
//     "customer service(s)" 69 times, "on hold" 11 times and
//     "install… date(s)" 9 times;
//   - G² and ratio: recomputed in Python with G² = 2 Σ O ln(O/E) from the
//     pair tables (k, a, b, n) = (69, 86, 324, 17105), (11, 174, 13,
//     17105) and (9, 70, 58, 17105), where a counts the first word as the
//     first of a pair, b the second word as the second of a pair, and n
//     the pair positions.
func TestPhrasesDevData(t *testing.T) {
	a := mustAnalyzer(t)
	p := countPhrases(a, devComments(t)).Phrases()
	tests := []struct {
		key, display string
		count        int
		g2, ratio    float64
	}{
		{"custom servic", "customer service", 69, 477.94854, 42.357343},
		{"on hold", "on hold", 11, 90.516949, 83.180813},
		{"instal date", "installation date", 9, 50.468655, 37.917488},
	}
	for _, tc := range tests {
		t.Run(tc.display, func(t *testing.T) {
			got, ok := p.Lookup(tc.key)
			require.True(t, ok, "phrase %q not found", tc.key)
			assert.Equal(t, tc.display, got.Display)
			assert.Equal(t, tc.count, got.Count)
			assert.InDelta(t, tc.g2, got.Score, 1e-4)
			assert.InDelta(t, tc.ratio, got.Ratio, 1e-5)
		})
	}
	for _, ph := range p.List() {
		first := strings.Fields(ph.Key)[0]
		assert.NotContains(t, []string{"the", "a", "and", "of", "to"}, first, "phrase %q starts with a function word", ph.Key)
		assert.GreaterOrEqual(t, ph.Score, DefaultPhraseMinScore)
		assert.GreaterOrEqual(t, ph.Ratio, DefaultPhraseMinRatio)
		assert.GreaterOrEqual(t, ph.Count, DefaultPhraseMinCount)
	}
}
