package nps_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

// channelData: phone 30/10/20 (NPS 16.67), chat 40/10/10 (NPS 50) and 10
// responses without a channel 5/3/2; overall 75/23/32, NPS 33.08.
func channelData() []nps.Response {
	var rs []nps.Response
	rs = append(rs, responsesOf(30, 10, 20, "channel", "phone", time.Time{})...)
	rs = append(rs, responsesOf(40, 10, 10, "channel", "chat", time.Time{})...)
	rs = append(rs, responsesOf(5, 3, 2, "channel", "", time.Time{})...)
	rs[len(rs)-1].Segments = map[string]string{"channel": ""} // empty counts as missing
	return rs
}

func TestBySegment(t *testing.T) {
	b, err := nps.BySegment(channelData(), "channel")
	require.NoError(t, err)
	assert.Equal(t, "channel", b.By)
	// overall: (75 - 32)/130 = 33.077
	assert.InDelta(t, 100*43.0/130, b.Overall.NPS, 1e-9)
	require.Len(t, b.Groups, 3)

	tests := []struct {
		key       string
		missing   bool
		n         int64
		nps, gap  float64
		points, p float64
		position  nps.Position
		band      nps.Band
		alerts    []nps.DetractorAlert
	}{
		// Differences vs the rest by hand (Var_a + Var_b), p from
		// erfc(|z|/√2) in Python. chat vs phone+missing (35/13/22, NPS
		// 18.571): 31.429 points, SE 14.444, p 0.02956.
		{"chat", false, 60, 50, 50 - 100*43.0/130, 31.428571428571427, 0.029560478597786467,
			nps.SignificantlyAbove, nps.Excellent, nil},
		// phone vs chat+missing (45/13/12, NPS 47.143): -30.476, SE 14.793,
		// p 0.03938; detractors 20/60 = 33%: quality problem + immediate.
		{"phone", false, 60, 100.0 / 6, 100.0/6 - 100*43.0/130, -30.476190476190478, 0.039383324592467996,
			nps.SignificantlyBelow, nps.Acceptable, []nps.DetractorAlert{nps.QualityProblem, nps.ImmediateAction}},
		// 10 responses < 30: no comparison; (5-2)/10 = 30 -> Good.
		{nps.MissingKey, true, 10, 30, 30 - 100*43.0/130, 0, 0, nps.Undetermined, nps.Good, nil},
	}
	for i, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			g := b.Groups[i]
			assert.Equal(t, tt.key, g.Key)
			assert.Equal(t, tt.missing, g.Missing)
			assert.Equal(t, tt.n, g.Summary.N)
			assert.InDelta(t, tt.nps, g.Summary.NPS, 1e-9)
			assert.InDelta(t, tt.gap, g.Gap, 1e-9)
			assert.Equal(t, tt.position, g.Position)
			assert.Equal(t, tt.band, g.Band)
			assert.Equal(t, tt.alerts, g.Alerts)
			assert.Nil(t, g.Benchmark)
			if tt.position == nps.Undetermined {
				assert.True(t, g.VsRest.Insufficient)
				return
			}
			require.NotNil(t, g.VsRest.Difference)
			assert.InDelta(t, tt.points, g.VsRest.Difference.Points, 1e-9)
			assert.InDelta(t, tt.p, g.VsRest.Difference.PValue, 1e-9)
		})
	}
}

func TestBySegmentWithBenchmarkAndMinSample(t *testing.T) {
	b, err := nps.BySegment(channelData(), "channel", nps.WithIndustry(nps.SaaS), nps.WithMinSample(5))
	require.NoError(t, err)
	missing := b.Groups[2]
	// With a minimum of 5 the 10 missing-channel responses are compared.
	assert.NotEqual(t, nps.Undetermined, missing.Position)
	require.NotNil(t, b.Groups[1].Benchmark)
	// phone 16.67 vs SaaS (41, bad below 25): bad
	assert.Equal(t, nps.VerdictBad, b.Groups[1].Benchmark.Verdict)
}

func TestBySegmentRealValueSpelledMissing(t *testing.T) {
	rs := []nps.Response{
		{ID: "1", Score: 9, Segments: map[string]string{"tier": nps.MissingKey}},
		{ID: "2", Score: 3},
	}
	b, err := nps.BySegment(rs, "tier")
	require.NoError(t, err)
	require.Len(t, b.Groups, 2, "a real value and the missing group stay apart")
	assert.False(t, b.Groups[0].Missing)
	assert.True(t, b.Groups[1].Missing)
}

func TestBySegmentReportsBadResponse(t *testing.T) {
	_, err := nps.BySegment([]nps.Response{{ID: "x9", Score: 12}}, "tier")
	assert.ErrorIs(t, err, nps.ErrScore)
}

func TestNewBreakdownMatchesBySegment(t *testing.T) {
	want, err := nps.BySegment(channelData(), "channel")
	require.NoError(t, err)
	got := nps.NewBreakdown("channel", map[string]nps.Tally{
		"phone": tallyOf(30, 10, 20), "chat": tallyOf(40, 10, 10), nps.MissingKey: tallyOf(5, 3, 2),
	})
	assert.Equal(t, want, got)
}

func TestByPeriod(t *testing.T) {
	var rs []nps.Response
	rs = append(rs, responsesOf(60, 20, 20, "", "", date(2024, 2, 10))...)
	rs = append(rs, responsesOf(40, 25, 35, "", "", date(2024, 11, 3))...)
	rs = append(rs, responsesOf(2, 0, 1, "", "", time.Time{})...)
	b, err := nps.ByPeriod(rs, nps.Quarter, time.UTC)
	require.NoError(t, err)
	assert.Equal(t, "quarter", b.By)
	assert.Equal(t, int64(3), b.Undated, "undated responses are counted, not dropped")
	assert.Equal(t, int64(200), b.Overall.N)
	require.Len(t, b.Groups, 2)
	assert.Equal(t, "2024-Q1", b.Groups[0].Key)
	assert.Equal(t, "2024-Q4", b.Groups[1].Key)
	require.NotNil(t, b.Groups[1].Start)
	assert.Equal(t, time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC), *b.Groups[1].Start)
	// Q4 vs Q1: 5 - 40 = -35 points, SE 11.779, p 0.00297 (Python, as in
	// TestTrend), so significantly below.
	assert.Equal(t, nps.SignificantlyBelow, b.Groups[1].Position)
	assert.InDelta(t, -35, b.Groups[1].VsRest.Difference.Points, 1e-9)
}
