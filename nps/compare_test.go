package nps_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name            string
		a, b            nps.Tally
		opts            []nps.Option
		insufficient    bool
		points, se, p   float64
		low, high       float64
		significant     bool
		reasonMentionsB bool
		reasonMentionsA bool
	}{
		{
			// a: NPS 30, Var_a = .0061; b: p+ .3, p- .4, NPS -10,
			// Var_b = (.7 - .01)/100 = .0069. SE = 100*sqrt(.013) = 11.4018,
			// z = 40/11.4018 = 3.5082, p = erfc(z/√2) = 0.000451 (Python
			// math.erfc); CI 40 ± 1.96*11.4018.
			name: "clear difference", a: tallyOf(50, 30, 20), b: tallyOf(30, 30, 40),
			points: 40, se: 11.40175425099138, p: 0.0004510953476143051,
			low: 17.652972307480436, high: 62.34702769251956, significant: true,
		},
		{
			// identical groups: difference 0, z 0, p = 1
			name: "no difference", a: tallyOf(50, 30, 20), b: tallyOf(50, 30, 20),
			points: 0, se: 11.045361017187261, p: 1,
			low: -1.959963984540054 * 11.045361017187261, high: 1.959963984540054 * 11.045361017187261,
		},
		{
			// 29 < 30 responses in b
			name: "b below default minimum", a: tallyOf(50, 30, 20), b: tallyOf(10, 10, 9),
			insufficient: true, reasonMentionsB: true,
		},
		{
			name: "both empty", insufficient: true, reasonMentionsA: true, reasonMentionsB: true,
		},
		{
			// 29 responses pass a minimum of 20; Var_b for 10/10/9:
			// p+ = 10/29, p- = 9/29, Var_b = (19/29 - (1/29)^2)/29; SE =
			// 100*sqrt(.0061 + Var_b) = 16.9267, p = erfc(z/√2) = 0.1167
			name: "custom minimum", a: tallyOf(50, 30, 20), b: tallyOf(10, 10, 9),
			opts:   []nps.Option{nps.WithMinSample(20)},
			points: 30 - 100.0/29, se: 16.92665061630786, p: 0.11673318370212467,
			low:  30 - 100.0/29 - 1.959963984540054*16.92665061630786,
			high: 30 - 100.0/29 + 1.959963984540054*16.92665061630786,
		},
		{
			// all promoters vs all detractors: SE 0, p defined as 0
			name: "zero variance", a: tallyOf(40, 0, 0), b: tallyOf(0, 0, 40),
			points: 200, se: 0, p: 0, low: 200, high: 200, significant: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nps.CompareTallies(tt.a, tt.b, tt.opts...)
			assert.Equal(t, tt.insufficient, got.Insufficient)
			if tt.insufficient {
				assert.Nil(t, got.Difference)
				assert.Contains(t, got.Reason, "insufficient evidence")
				if tt.reasonMentionsA {
					assert.Contains(t, got.Reason, "group a")
				}
				if tt.reasonMentionsB {
					assert.Contains(t, got.Reason, "group b")
				}
				return
			}
			d := got.Difference
			require.NotNil(t, d)
			assert.InDelta(t, tt.points, d.Points, 1e-9)
			assert.InDelta(t, tt.se, d.StdErr, 1e-9)
			assert.InDelta(t, tt.p, d.PValue, 1e-9)
			assert.InDelta(t, tt.low, d.Low, 1e-9)
			assert.InDelta(t, tt.high, d.High, 1e-9)
			assert.Equal(t, tt.significant, d.Significant)
		})
	}
}

func TestCompareIsAntisymmetric(t *testing.T) {
	a, b := tallyOf(50, 30, 20).Summary(), tallyOf(30, 30, 40).Summary()
	ab, ba := nps.Compare(a, b), nps.Compare(b, a)
	require.NotNil(t, ab.Difference)
	assert.InDelta(t, ab.Difference.Points, -ba.Difference.Points, 1e-12)
	assert.InDelta(t, ab.Difference.PValue, ba.Difference.PValue, 1e-12)
}
