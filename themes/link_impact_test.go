package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestImpactDeltaMatchesBootstrap cross-checks the delta-method variance
// derivation against a response-level bootstrap on generated data: for
// every key both intervals must agree to within a quarter of the delta
// standard error at each end, and the standard errors within 15%.
func TestImpactDeltaMatchesBootstrap(t *testing.T) {
	rs, ms := linkSynthetic(3000, 5)
	delta, err := Link(rs, ms)
	require.NoError(t, err)
	boot, err := Link(rs, ms, WithLinkBootstrap(1500, 11))
	require.NoError(t, err)
	require.Equal(t, ImpactBootstrap, boot.Method)
	checked := 0
	for i, k := range delta.Keys {
		b := boot.Keys[i]
		require.Equal(t, k.Key, b.Key) // points are the same, so is the order
		if k.Impact == nil {
			continue
		}
		checked++
		d, bi := k.Impact, b.Impact
		assert.Equal(t, d.Points, bi.Points, k.Key)
		assert.InDelta(t, 1, bi.StdErr/d.StdErr, 0.15, k.Key)
		assert.InDelta(t, d.Low, bi.Low, d.StdErr/4, k.Key)
		assert.InDelta(t, d.High, bi.High, d.StdErr/4, k.Key)
	}
	assert.Equal(t, 20, checked)
}

func TestImpactOfCells(t *testing.T) {
	tests := []struct {
		name   string
		all, m [3]float64
		want   float64
		ok     bool
	}{
		// linkHand's billing: all 11 D, 12 P, 17 A; mentioners 6, 2, 2:
		// 15 - 100·(15-5)/30 = -18.333.
		{"billing", [3]float64{11, 12, 17}, [3]float64{6, 2, 2}, -18.333333, true},
		{"no mentioners", [3]float64{1, 1, 1}, [3]float64{}, 0, false},
		{"no rest", [3]float64{1, 1, 1}, [3]float64{1, 1, 1}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := impactOfCells(tt.all, tt.m)
			assert.Equal(t, tt.ok, ok)
			assert.InDelta(t, tt.want, got, 1e-6)
		})
	}
}
