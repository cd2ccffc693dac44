package nps_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

func TestSummary(t *testing.T) {
	const z = 1.959963984540054 // standard normal 97.5% quantile
	tests := []struct {
		name                string
		tally               nps.Tally
		nps, se, low, high  float64
		pShare, dShare, eff float64
	}{
		// Var = (p+ + p- - (p+ - p-)^2)/n, SE in points = 100*sqrt(Var),
		// interval NPS ± z·SE clipped to [-100, 100]; worked by hand.
		{
			// p+ = .5, p- = .2: Var = (.7 - .09)/100 = .0061, SE = 7.8102
			name: "50/30/20", tally: tallyOf(50, 30, 20),
			nps: 30, se: 7.810249675906654, low: 30 - z*7.810249675906654, high: 30 + z*7.810249675906654,
			pShare: .5, dShare: .2, eff: 100,
		},
		{
			// p+ = .75, p- = .25: Var = (1 - .25)/4 = .1875, SE = 43.30;
			// 50 + 84.87 clips to 100
			name: "3 promoters 1 detractor clips", tally: tallyOf(3, 0, 1),
			nps: 50, se: 43.30127018922193, low: 50 - z*43.30127018922193, high: 100,
			pShare: .75, dShare: .25, eff: 4,
		},
		{
			// every answer a promoter: Var = (1 - 1)/10 = 0
			name: "all promoters", tally: tallyOf(10, 0, 0),
			nps: 100, se: 0, low: 100, high: 100, pShare: 1, eff: 10,
		},
		{
			// all detractors: NPS -100, Var 0
			name: "all detractors", tally: tallyOf(0, 0, 5),
			nps: -100, se: 0, low: -100, high: -100, dShare: 1, eff: 5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.tally.Summary()
			assert.InDelta(t, tt.nps, s.NPS, 1e-9)
			assert.InDelta(t, tt.se, s.StdErr, 1e-9)
			assert.InDelta(t, tt.low, s.Low, 1e-9)
			assert.InDelta(t, tt.high, s.High, 1e-9)
			assert.InDelta(t, tt.pShare, s.PromoterShare, 1e-12)
			assert.InDelta(t, tt.dShare, s.DetractorShare, 1e-12)
			assert.InDelta(t, tt.eff, s.EffectiveN, 1e-12)
			assert.InDelta(t, z*tt.se, s.Margin, 1e-9)
			assert.Equal(t, 0.95, s.Confidence)
			assert.Nil(t, s.Adjusted)
		})
	}
}

func TestSummaryWeighted(t *testing.T) {
	// One promoter with weight 3, one detractor with weight 1: p+ = 3/4,
	// p- = 1/4, NPS 50; n_eff = 4^2/(9+1) = 1.6; Var = (1 - .25)/1.6 =
	// .46875, SE = 68.4653 points.
	rs := []nps.Response{{ID: "p", Score: 10, Weight: 3}, {ID: "d", Score: 2}}
	s, err := nps.Summarize(rs)
	require.NoError(t, err)
	assert.True(t, s.Weighted)
	assert.Equal(t, int64(2), s.N)
	assert.InDelta(t, 1.6, s.EffectiveN, 1e-12)
	assert.InDelta(t, 50, s.NPS, 1e-12)
	assert.InDelta(t, 68.46531968814577, s.StdErr, 1e-9)
	// margin 1.96*68.4653 = 134.1896: low -84.19, high 184.19 clips to 100
	assert.InDelta(t, 50-134.18956077878678, s.Low, 1e-9)
	assert.Equal(t, 100.0, s.High)
}

func TestSummaryAdjustedWald(t *testing.T) {
	// 10 promoters: n' = 13, p+' = 10.75/13, p-' = .75/13, centre
	// 100*(10/13) = 76.923; Var = (11.5/13 - (10/13)^2)/13, SE = 15.0102
	// points; low = 76.923 - 1.96*15.0102 = 47.5036, high clips to 100.
	s := tallyOf(10, 0, 0).Summary(nps.WithAdjustedWald())
	require.NotNil(t, s.Adjusted)
	assert.InDelta(t, 76.92307692307692, s.Adjusted.Center, 1e-9)
	assert.InDelta(t, 15.010237744338253, s.Adjusted.StdErr, 1e-9)
	assert.InDelta(t, 47.5035515447902, s.Adjusted.Low, 1e-9)
	assert.Equal(t, 100.0, s.Adjusted.High)
	assert.Equal(t, 100.0, s.NPS, "the default estimate is unchanged")
}

func TestSummaryConfidence(t *testing.T) {
	// 90%: z = 1.6448536269514722 (standard normal 95% quantile).
	s := tallyOf(50, 30, 20).Summary(nps.WithConfidence(0.90))
	assert.InDelta(t, 1.6448536269514722*7.810249675906654, s.Margin, 1e-9)
	assert.Panics(t, func() { nps.WithConfidence(1) })
}

func TestSummaryEmptyIsJSONSafe(t *testing.T) {
	s := nps.Tally{}.Summary(nps.WithAdjustedWald())
	assert.Equal(t, int64(0), s.N)
	assert.Nil(t, s.Adjusted)
	b, err := json.Marshal(s)
	require.NoError(t, err, "no NaN may reach JSON")
	assert.NotContains(t, string(b), "NaN")
}
