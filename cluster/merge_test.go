package cluster_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/cluster"
)

func TestMergeNearByHand(t *testing.T) {
	// Rows a = (1,0,0), b = (0.8,0.6,0), c = (0,0,1), one per cluster:
	// cos(a,b) = 0.8, the other pairs 0. Merging a and b gives the centroid
	// (1.8,0.6,0)/√3.6 = (0.948683, 0.316228), and the objective
	// (1 − 0.948683) + (1 − (0.8·0.948683 + 0.6·0.316228)) = 0.102633.
	x, err := cluster.FromRows(3, [][]cluster.Entry{
		{{Col: 0, Val: 1}}, {{Col: 0, Val: 0.8}, {Col: 1, Val: 0.6}}, {{Col: 2, Val: 1}},
	})
	require.NoError(t, err)
	m := &cluster.Model{K: 3, Cols: 3, Sizes: []int{1, 1, 1}, Labels: []int{0, 1, 2},
		Centroids: [][]float64{{1, 0, 0}, {0.8, 0.6, 0}, {0, 0, 1}}}
	cases := []struct {
		name      string
		threshold float64
		mapping   []int
		labels    []int
		objective float64
	}{
		{"merge above 0.7", 0.7, []int{0, 0, 1}, []int{0, 0, 1}, 0.102633},
		{"nothing above 0.85", 0.85, []int{0, 1, 2}, []int{0, 1, 2}, 0},
		{"all above -0.5", -0.5, []int{0, 0, 0}, []int{0, 0, 0}, math.NaN()},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, mapping, err := cluster.MergeNear(x, m, tc.threshold)
			require.NoError(t, err)
			assert.Equal(t, tc.mapping, mapping)
			assert.Equal(t, tc.labels, got.Labels)
			if !math.IsNaN(tc.objective) {
				assert.InDelta(t, tc.objective, got.Objective, 1e-6)
			}
		})
	}
	merged, _, err := cluster.MergeNear(x, m, 0.7)
	require.NoError(t, err)
	assert.InDeltaSlice(t, []float64{0.948683, 0.316228, 0}, merged.Centroids[0], 1e-6)
	assert.Equal(t, []int{2, 1}, merged.Sizes)

	_, _, err = cluster.MergeNear(x, m, 2)
	assert.ErrorIs(t, err, cluster.ErrOption)
	bad := *m
	bad.Labels = []int{0, 1}
	_, _, err = cluster.MergeNear(x, &bad, 0.5)
	assert.ErrorIs(t, err, cluster.ErrShape)
}

func TestMergeNearUndoesOverSplitting(t *testing.T) {
	// Three planted groups fitted with k = 6: the halves of a group share
	// its vocabulary (centroid cosine well above 0.5), different groups
	// share only noise (cosine near 0). Merging above 0.5 must give back the
	// three groups exactly (NMI 1).
	x, truth := planted(t, 3000, 3, 600, 20, 0.05, 8)
	m, err := cluster.Fit(x, cluster.WithK(6))
	require.NoError(t, err)
	merged, mapping, err := cluster.MergeNear(x, m, 0.5)
	require.NoError(t, err)
	assert.Equal(t, 3, merged.K)
	assert.Len(t, mapping, 6)
	nmi, err := cluster.NMI(truth, merged.Labels)
	require.NoError(t, err)
	assert.InDelta(t, 1, nmi, 1e-12)
	assert.Greater(t, merged.Objective, m.Objective, "fewer clusters fit less tightly")
}
