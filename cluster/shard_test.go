package cluster_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/cluster"
)

// TestShardStepHand checks one step on four rows by hand. Centroids
// c0 = (1,0), c1 = (0,1). Rows: (3,4) has unit form (0.6,0.8) and cosines
// 0.6 and 0.8, so it joins c1 with loss 0.2; (1,0) joins c0 and (0,2)
// joins c1, both with loss 0; the zero row is left out.
// Sums: c0 = (1,0), c1 = (0.6,0.8)+(0,1) = (0.6,1.8); sizes [1,2];
// objective 0.2. New c1 = (0.6,1.8)/√3.6 = (0.316227766, 0.948683298);
// shift = 0.316227766² + (0.948683298−1)² = 0.1 + 0.002633403.
func TestShardStepHand(t *testing.T) {
	x, err := cluster.FromRows(2, [][]cluster.Entry{
		{{Col: 0, Val: 3}, {Col: 1, Val: 4}},
		{{Col: 0, Val: 1}},
		{{Col: 1, Val: 2}},
		{},
	})
	require.NoError(t, err)
	m := &cluster.Model{K: 2, Cols: 2, Centroids: [][]float64{{1, 0}, {0, 1}}}
	s, err := cluster.ShardStep(x, m)
	require.NoError(t, err)
	assert.Equal(t, []int{1, 2}, s.Sizes)
	assert.Equal(t, 3, s.Rows)
	assert.InDelta(t, 0.2, s.Objective, 1e-12)
	assert.InDeltaSlice(t, []float64{1, 0}, s.Sums[0], 1e-12)
	assert.InDeltaSlice(t, []float64{0.6, 1.8}, s.Sums[1], 1e-12)

	next, err := s.Model(m, 0.1)
	require.NoError(t, err)
	assert.InDeltaSlice(t, []float64{1, 0}, next.Centroids[0], 1e-12)
	assert.InDeltaSlice(t, []float64{0.316227766, 0.948683298}, next.Centroids[1], 1e-9)
	assert.False(t, next.Converged, "shift 0.1026 is above the tolerance 0.1")
	assert.Equal(t, 1, next.Iterations)
	again, err := s.Model(m, 0.11)
	require.NoError(t, err)
	assert.True(t, again.Converged, "shift 0.1026 is within the tolerance 0.11")
}

// shardRows draws n rows of nnz entries over cols columns in k planted
// groups (values in [1,2)), as slices so the test can cut them into shards.
func shardRows(n, k, cols, nnz int, seed uint64) [][]cluster.Entry {
	rng := rand.New(rand.NewPCG(seed, 3))
	rows := make([][]cluster.Entry, n)
	width := cols / k
	for i := range rows {
		g := i % k
		for range nnz {
			col := g*width + rng.IntN(width)
			if rng.IntN(3) == 0 {
				col = rng.IntN(cols)
			}
			rows[i] = append(rows[i], cluster.Entry{Col: col, Val: 1 + rng.Float64()})
		}
	}
	return rows
}

// TestShardStepMerge cuts the rows into shards of unequal sizes: the merged
// statistics equal those of one pass over all rows (sizes exactly, sums up
// to float64 rounding), whatever the cut.
func TestShardStepMerge(t *testing.T) {
	const cols = 200
	rows := shardRows(2000, 8, cols, 12, 5)
	x, err := cluster.FromRows(cols, rows)
	require.NoError(t, err)
	m, err := cluster.Fit(x, cluster.WithK(8), cluster.WithRestarts(1), cluster.WithMaxIter(2))
	require.NoError(t, err)
	whole, err := cluster.ShardStep(x, m)
	require.NoError(t, err)

	for _, tc := range []struct {
		name string
		cuts []int
	}{
		{"one shard", []int{2000}},
		{"four equal", []int{500, 1000, 1500, 2000}},
		{"four unequal", []int{1, 700, 1999, 2000}},
		{"with an empty shard", []int{0, 1000, 1000, 2000}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			merged := cluster.ShardStatsNew(8, cols)
			lo := 0
			for _, hi := range tc.cuts {
				part, err := cluster.FromRows(cols, rows[lo:hi])
				require.NoError(t, err)
				s, err := cluster.ShardStep(part, m)
				require.NoError(t, err)
				require.NoError(t, merged.Merge(s))
				lo = hi
			}
			assert.Equal(t, whole.Sizes, merged.Sizes)
			assert.Equal(t, whole.Rows, merged.Rows)
			assert.InDelta(t, whole.Objective, merged.Objective, 1e-9)
			for c := range whole.Sums {
				assert.InDeltaSlice(t, whole.Sums[c], merged.Sums[c], 1e-9, "cluster %d", c)
			}
		})
	}
}

// TestShardStepFixedPoint runs Lloyd steps through shards from Fit's
// converged model: a converged spherical k-means is a fixed point of the
// step, so the sharded step keeps its sizes and centroids (up to the
// float32 rounding of the fitted assignment).
func TestShardStepFixedPoint(t *testing.T) {
	const cols = 300
	rows := shardRows(3000, 6, cols, 15, 9)
	x, err := cluster.FromRows(cols, rows)
	require.NoError(t, err)
	m, err := cluster.Fit(x, cluster.WithK(6), cluster.WithRestarts(1))
	require.NoError(t, err)
	require.True(t, m.Converged)

	merged := cluster.ShardStatsNew(6, cols)
	for lo := 0; lo < len(rows); lo += 750 {
		part, err := cluster.FromRows(cols, rows[lo:lo+750])
		require.NoError(t, err)
		s, err := cluster.ShardStep(part, m)
		require.NoError(t, err)
		require.NoError(t, merged.Merge(s))
	}
	next, err := merged.Model(m, 1e-8)
	require.NoError(t, err)
	assert.Equal(t, m.Sizes, next.Sizes)
	assert.InDelta(t, m.Objective, next.Objective, 1e-3)
	for c := range m.Centroids {
		assert.InDeltaSlice(t, m.Centroids[c], next.Centroids[c], 1e-5, "centroid %d", c)
	}
}

func TestShardErrors(t *testing.T) {
	x, err := cluster.FromRows(3, [][]cluster.Entry{{{Col: 0, Val: 1}}})
	require.NoError(t, err)
	m := &cluster.Model{K: 1, Cols: 2, Centroids: [][]float64{{1, 0}}}
	_, err = cluster.ShardStep(x, m)
	assert.ErrorIs(t, err, cluster.ErrShape, "3-column rows against a 2-column model")

	a, b := cluster.ShardStatsNew(2, 3), cluster.ShardStatsNew(3, 3)
	assert.ErrorIs(t, a.Merge(b), cluster.ErrShape, "k differs")
	assert.ErrorIs(t, a.Merge(cluster.ShardStatsNew(2, 4)), cluster.ErrShape, "width differs")
	_, err = a.Model(m, 0)
	assert.ErrorIs(t, err, cluster.ErrShape, "statistics of k=2 for a model of k=1")
}
