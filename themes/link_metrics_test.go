package themes

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/stat"

	"github.com/verbatim-go/verbatim/nps"
)

func TestLinkMetricsHand(t *testing.T) {
	var rs []nps.Response
	var ms [][]Mention
	add := func(wait float64, has bool, keys ...string) {
		r := nps.Response{Score: 5}
		if has {
			r.Metrics = map[string]float64{"wait": wait}
		}
		var m []Mention
		for _, k := range keys {
			m = append(m, Mention{Key: k})
		}
		rs, ms = append(rs, r), append(ms, m)
	}
	for _, w := range []float64{40, 10, 30, 20} {
		add(w, true, "slow")
	}
	add(0, false, "slow") // no metric: not in N
	for _, w := range []float64{5, 1, 4, 2, 3} {
		add(w, true)
	}
	lk, err := Link(rs, ms, WithLinkMinSample(3))
	require.NoError(t, err)
	require.Len(t, lk.Keys, 1)
	require.Len(t, lk.Keys[0].Metrics, 1)
	m := lk.Keys[0].Metrics[0]
	assert.Equal(t, "wait", m.Metric)
	// Nearest rank: mentioners 10 20 30 40, P50 = 2nd (ceil .5·4), P75 =
	// 3rd, P95 = 4th (ceil 3.8); others 1..5: 3rd (ceil 2.5), 4th (ceil
	// 3.75), 5th (ceil 4.75).
	assert.Equal(t, int64(4), m.Mentioners.N)
	assert.Equal(t, []float64{20, 30, 40}, []float64{*m.Mentioners.P50, *m.Mentioners.P75, *m.Mentioners.P95})
	assert.Equal(t, int64(5), m.Others.N)
	assert.Equal(t, []float64{3, 4, 5}, []float64{*m.Others.P50, *m.Others.P75, *m.Others.P95})

	lk, err = Link(rs, ms, WithLinkMinSample(5)) // 4 mentioners with the metric: too few
	require.NoError(t, err)
	m = lk.Keys[0].Metrics[0]
	assert.Nil(t, m.Mentioners.P50)
	assert.NotNil(t, m.Others.P50)
}

// TestLinkComplementQuantiles checks the binary-searched percentiles of
// the non-mentioners against gonum's stat.Quantile on the filtered sample,
// with many ties and with integer weights (exact in float64).
func TestLinkComplementQuantiles(t *testing.T) {
	for _, weighted := range []bool{false, true} {
		r := rand.New(rand.NewPCG(4, 4))
		type draw struct {
			x, w float64
			key  bool
		}
		draws := make([]draw, 2000)
		for i := range draws {
			draws[i] = draw{x: float64(r.IntN(25)), w: 1, key: r.IntN(4) == 0}
			if weighted {
				draws[i].w = float64(1 + r.IntN(5))
			}
		}
		// samples are filled in ascending order, as linkMetrics does
		sort.SliceStable(draws, func(a, b int) bool { return draws[a].x < draws[b].x })
		var all, key linkSample
		var restX, restW []float64
		for _, dr := range draws {
			all.add(dr.x, dr.w)
			if dr.key {
				key.add(dr.x, dr.w)
			} else {
				restX, restW = append(restX, dr.x), append(restW, dr.w)
			}
		}
		all.finish()
		key.finish()
		got := linkComplement(&all, &key, 30)
		require.NotNil(t, got.P50)
		want := []float64{
			stat.Quantile(0.5, stat.Empirical, restX, restW),
			stat.Quantile(0.75, stat.Empirical, restX, restW),
			stat.Quantile(0.95, stat.Empirical, restX, restW),
		}
		assert.Equal(t, want, []float64{*got.P50, *got.P75, *got.P95}, "weighted %v", weighted)
	}
}
