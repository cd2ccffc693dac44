package nps_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

// waitData: detractors waited 10, 20, 30, 40 minutes, passives 5 and 6,
// promoters 1 and 2, and one promoter has no wait recorded. The tier
// column is "smb" for the detractors, "ent" for the others, missing for
// the promoter without a wait.
func waitData() []nps.Response {
	mk := func(id string, score int, wait float64, tier string) nps.Response {
		return nps.Response{ID: id, Score: score, Metrics: map[string]float64{"wait": wait},
			Segments: map[string]string{"tier": tier}}
	}
	return []nps.Response{
		mk("d1", 0, 10, "smb"), mk("d2", 3, 20, "smb"), mk("d3", 5, 30, "smb"), mk("d4", 6, 40, "smb"),
		mk("pa1", 7, 5, "ent"), mk("pa2", 8, 6, "ent"), mk("p1", 9, 1, "ent"), mk("p2", 10, 2, "ent"),
		{ID: "p3", Score: 10},
	}
}

func TestMetricsByCategory(t *testing.T) {
	got, err := nps.MetricsByCategory(waitData())
	require.NoError(t, err)
	// Nearest rank: Pq is the ceil(q*n)-th smallest value.
	want := []nps.MetricStats{
		// [1 2 5 6 10 20 30 40]: ranks 4, 6, ceil(7.6)=8
		{Metric: "wait", Group: "all", N: 8, Without: 1, P50: 6, P75: 20, P95: 40},
		// [10 20 30 40]: ranks 2, 3, 4
		{Metric: "wait", Group: "detractor", N: 4, P50: 20, P75: 30, P95: 40},
		// [5 6]: ranks 1, 2, 2
		{Metric: "wait", Group: "passive", N: 2, P50: 5, P75: 6, P95: 6},
		// [1 2] and p3 without a wait
		{Metric: "wait", Group: "promoter", N: 2, Without: 1, P50: 1, P75: 2, P95: 2},
	}
	assert.Equal(t, want, got)
}

func TestMetricsWeighted(t *testing.T) {
	rs := waitData()[:4]
	rs[0].Weight = 3 // 10 minutes counts three times: [10 10 10 20 30 40]
	got, err := nps.MetricsByCategory(rs)
	require.NoError(t, err)
	// total weight 6: P50 needs 3 -> 10; P75 needs 4.5 -> 30 (cum 4 at
	// 20, 5 at 30); P95 needs 5.7 -> 40.
	assert.Equal(t, nps.MetricStats{Metric: "wait", Group: "detractor", N: 4, P50: 10, P75: 30, P95: 40}, got[1])
	assert.Equal(t, nps.MetricStats{Metric: "wait", Group: "passive"}, got[2], "an empty group has N 0")
}

func TestMetricsBySegment(t *testing.T) {
	got, err := nps.MetricsBySegment(waitData(), "tier")
	require.NoError(t, err)
	want := []nps.MetricStats{
		// ent: [1 2 5 6]: ranks 2, 3, 4
		{Metric: "wait", Group: "ent", N: 4, P50: 2, P75: 5, P95: 6},
		{Metric: "wait", Group: "smb", N: 4, P50: 20, P75: 30, P95: 40},
		{Metric: "wait", Group: nps.MissingKey, Missing: true, Without: 1},
	}
	assert.Equal(t, want, got)
}

func TestMetricsRejectNaN(t *testing.T) {
	rs := waitData()
	rs[2].Metrics["wait"] = math.NaN()
	_, err := nps.MetricsByCategory(rs)
	require.ErrorIs(t, err, nps.ErrMetric)
	assert.Contains(t, err.Error(), `"d3"`)
	assert.Contains(t, err.Error(), `"wait"`)
	_, err = nps.NPSByMetric(rs, "wait")
	assert.ErrorIs(t, err, nps.ErrMetric)
}

func TestNPSByMetric(t *testing.T) {
	type band struct {
		key string
		n   int64
		nps float64
	}
	tests := []struct {
		name  string
		opts  []nps.Option
		cuts  []float64
		bands []band
	}{
		{
			// quartiles of [1 2 5 6 10 20 30 40] by nearest rank: ranks 2,
			// 4, 6 -> 2, 6, 20. Bands: {1,2} promoters (+100), {5,6}
			// passives (0), {10,20} and {30,40} detractors (-100).
			name: "quartiles", cuts: []float64{2, 6, 20},
			bands: []band{{"(-inf, 2]", 2, 100}, {"(2, 6]", 2, 0}, {"(6, 20]", 2, -100}, {"(20, +inf)", 2, -100}},
		},
		{
			// cuts 5, 5, 25 de-duplicate to 5, 25: {1,2,5} = 2 promoters
			// and a passive: 200/3; {6,10,20} = passive + 2 detractors:
			// -200/3; {30,40}: -100.
			name: "custom cuts", opts: []nps.Option{nps.WithCutPoints(25, 5, 5)}, cuts: []float64{5, 25},
			bands: []band{{"(-inf, 5]", 3, 200.0 / 3}, {"(5, 25]", 3, -200.0 / 3}, {"(25, +inf)", 2, -100}},
		},
		{
			name: "no cuts: one band", opts: []nps.Option{nps.WithCutPoints()}, cuts: []float64{},
			bands: []band{{"all", 8, -25}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mb, err := nps.NPSByMetric(waitData(), "wait", tt.opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.cuts, mb.Cuts)
			assert.Equal(t, int64(1), mb.Without, "p3 has no wait")
			// 2 promoters, 2 passives, 4 detractors among the 8 with a wait
			assert.InDelta(t, -25, mb.Overall.NPS, 1e-9)
			require.Len(t, mb.Groups, len(tt.bands))
			for i, b := range tt.bands {
				g := mb.Groups[i]
				assert.Equal(t, b.key, g.Key)
				assert.Equal(t, b.n, g.Summary.N, b.key)
				assert.InDelta(t, b.nps, g.Summary.NPS, 1e-9, b.key)
				assert.Equal(t, i == 0, g.Lower == nil)
				assert.Equal(t, i == len(tt.bands)-1, g.Upper == nil)
			}
		})
	}
}

func TestNPSByMetricAbsent(t *testing.T) {
	mb, err := nps.NPSByMetric(waitData(), "transfers")
	require.NoError(t, err)
	assert.Empty(t, mb.Groups)
	assert.Equal(t, int64(9), mb.Without)
}
