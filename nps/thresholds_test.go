package nps_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

func TestBandOf(t *testing.T) {
	// Expected bands: the domain brief's table with the documented rule
	// "lower bound inclusive, upper bound exclusive".
	tests := []struct {
		nps  float64
		want nps.Band
	}{
		{-100, nps.Crisis}, {-50.01, nps.Crisis}, {-50, nps.SystematicProblems},
		{-0.5, nps.SystematicProblems}, {0, nps.BelowStandard}, {9.99, nps.BelowStandard},
		{10, nps.Acceptable}, {29.9, nps.Acceptable}, {30, nps.Good}, {50, nps.Excellent},
		{69.9, nps.Excellent}, {70, nps.WorldClass}, {100, nps.WorldClass},
		{-150, nps.Crisis}, {math.NaN(), 0},
	}
	for _, tt := range tests {
		t.Run(tt.want.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, nps.BandOf(tt.nps), "NPS %v", tt.nps)
		})
	}
}

func TestBandNamesRoundTrip(t *testing.T) {
	for b := nps.Crisis; b <= nps.WorldClass; b++ {
		text, err := b.MarshalText()
		require.NoError(t, err)
		var back nps.Band
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, b, back)
		assert.NotEqual(t, "invalid", b.Action())
	}
	var b nps.Band
	assert.Error(t, b.UnmarshalText([]byte("fantastic")))
	assert.Equal(t, "invalid", nps.Band(0).String())
}

func TestCompareBenchmark(t *testing.T) {
	saas, ok := nps.IndustryBenchmark(nps.SaaS)
	require.True(t, ok)
	telecom, _ := nps.IndustryBenchmark(nps.Telecom)
	// SaaS: average 41, bad below 25 (domain brief). Telecom: 19 and 0.
	tests := []struct {
		name string
		nps  float64
		b    nps.Benchmark
		want nps.Verdict
		gap  float64
	}{
		{"SaaS 52 is above (gap 11)", 52, saas, nps.VerdictAbove, 11},
		{"SaaS 51 is normal (gap 10, inclusive)", 51, saas, nps.VerdictNormal, 10},
		{"SaaS 31 is normal (gap -10, inclusive)", 31, saas, nps.VerdictNormal, -10},
		{"SaaS 30 is below (gap -11)", 30, saas, nps.VerdictBelow, -11},
		{"SaaS 26 is a problem (gap -15)", 26, saas, nps.VerdictProblem, -15},
		{"SaaS 25 is a problem, not bad (bad is strictly below 25)", 25, saas, nps.VerdictProblem, -16},
		{"SaaS 24 is bad", 24, saas, nps.VerdictBad, -17},
		{"Telecom 5 is below (gap -14)", 5, telecom, nps.VerdictBelow, -14},
		{"Telecom 4 is a problem (gap -15)", 4, telecom, nps.VerdictProblem, -15},
		{"Telecom -1 is bad", -1, telecom, nps.VerdictBad, -20},
		{"custom", 60, nps.Benchmark{Name: "ours", Average: 40, BadBelow: 20}, nps.VerdictAbove, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nps.CompareBenchmark(tt.nps, tt.b)
			assert.Equal(t, tt.want, got.Verdict)
			assert.InDelta(t, tt.gap, got.Gap, 1e-12)
		})
	}
}

func TestIndustryBenchmarks(t *testing.T) {
	// Figures from the domain brief's industry table.
	want := map[nps.Industry][2]float64{
		nps.SaaS: {41, 25}, nps.ECommerce: {45, 30}, nps.Healthcare: {38, 20},
		nps.Banking: {34, 15}, nps.Telecom: {19, 0}, nps.Insurance: {28, 10},
	}
	require.Len(t, nps.Industries(), 6)
	for _, i := range nps.Industries() {
		b, ok := nps.IndustryBenchmark(i)
		require.True(t, ok)
		assert.Equal(t, want[i][0], b.Average, i.String())
		assert.Equal(t, want[i][1], b.BadBelow, i.String())
		assert.Equal(t, i.String(), b.Name)
	}
	_, ok := nps.IndustryBenchmark(0)
	assert.False(t, ok)
	assert.Equal(t, "E-commerce", nps.ECommerce.String())
}

func TestDetractorAlerts(t *testing.T) {
	// Shares are counts/100; thresholds from the domain brief: >= 30%
	// quality problem, > 25% immediate action, < 15% passive drag (when
	// passives outnumber detractors).
	tests := []struct {
		name     string
		p, pa, d int
		want     []nps.DetractorAlert
	}{
		{"30% both", 40, 30, 30, []nps.DetractorAlert{nps.QualityProblem, nps.ImmediateAction}},
		{"26% immediate", 44, 30, 26, []nps.DetractorAlert{nps.ImmediateAction}},
		{"25% nothing (strictly above 25)", 45, 30, 25, nil},
		{"15% nothing (strictly below 15)", 55, 30, 15, nil},
		{"14% with 40% passives drag", 46, 40, 14, []nps.DetractorAlert{nps.PassiveDrag}},
		{"10% with 5% passives: no drag", 85, 5, 10, nil},
		{"empty", 0, 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, nps.DetractorAlerts(tallyOf(tt.p, tt.pa, tt.d).Summary()))
		})
	}
}

func TestRecovery(t *testing.T) {
	// Rows of the domain brief's 90-day table, lower bound inclusive.
	tests := []struct {
		start     float64
		covered   bool
		low, high float64
	}{
		{-60, false, 0, 0}, {-50, true, -20, 0}, {-20.5, true, -20, 0}, {-20, true, 10, 20},
		{-0.1, true, 10, 20}, {0, true, 20, 35}, {19.9, true, 20, 35}, {20, true, 35, 50},
		{39.9, true, 35, 50}, {40, false, 0, 0}, {math.NaN(), false, 0, 0},
	}
	for _, tt := range tests {
		got := nps.Recovery(tt.start)
		assert.Equal(t, tt.covered, got.Covered, "start %v", tt.start)
		assert.Equal(t, tt.low, got.Low, "start %v", tt.start)
		assert.Equal(t, tt.high, got.High, "start %v", tt.start)
		assert.NotEmpty(t, got.Focus)
	}
}

func TestTypedConstantsMarshalAsNames(t *testing.T) {
	b, err := json.Marshal(struct {
		B nps.Band
		I nps.Industry
		V nps.Verdict
		A nps.DetractorAlert
		P nps.Period
	}{nps.Good, nps.ECommerce, nps.VerdictProblem, nps.PassiveDrag, nps.Quarter})
	require.NoError(t, err)
	assert.JSONEq(t, `{"B":"good","I":"E-commerce","V":"problem","A":"passive drag","P":"quarter"}`, string(b))
}
