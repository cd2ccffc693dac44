package cluster_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/cluster"
)

// nested builds rows under 2 parents × 3 children: each parent owns 60
// shared columns and each child 60 more; a row draws 8 entries from its
// parent's shared columns and 12 from its child's. Labels are parent·3+child.
func nested(t *testing.T, n int) (*cluster.CSR, []int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(9, 9))
	b := cluster.NewBuilder(2 * 4 * 60)
	labels := make([]int, n)
	for i := range labels {
		p, c := i%2, (i/2)%3
		labels[i] = p*3 + c
		var row []cluster.Entry
		for e := 0; e < 20; e++ {
			block := p * 4 // the parent's shared block
			if e >= 8 {
				block = p*4 + 1 + c
			}
			row = append(row, cluster.Entry{Col: block*60 + rng.IntN(60), Val: 1})
		}
		require.NoError(t, b.AddRow(row))
	}
	return b.Build(), labels
}

func TestSubdivideFindsChildren(t *testing.T) {
	x, truth := nested(t, 1200)
	top, err := cluster.Fit(x, cluster.WithK(2))
	require.NoError(t, err)
	subs, err := cluster.Subdivide(x, top)
	require.NoError(t, err)
	require.Len(t, subs, 2)
	for _, s := range subs {
		require.NotNil(t, s.Model, "parent %d", s.Parent)
		assert.Len(t, s.Rows, 600)
		assert.Equal(t, 3, s.Model.K, "silhouette picks the three planted children")
		assert.Greater(t, s.Silhouette, 0.0)
		sub := make([]int, len(s.Rows))
		for i, r := range s.Rows {
			sub[i] = truth[r]
		}
		nmi, err := cluster.NMI(sub, s.Model.Labels)
		require.NoError(t, err)
		assert.InDelta(t, 1, nmi, 1e-12, "parent %d", s.Parent)
	}
}

func TestSubdivideLeavesSmallOrFlatClustersWhole(t *testing.T) {
	x, _ := nested(t, 1200)
	top, err := cluster.Fit(x, cluster.WithK(2))
	require.NoError(t, err)
	subs, err := cluster.Subdivide(x, top, cluster.WithMinSplit(601))
	require.NoError(t, err)
	for _, s := range subs {
		assert.Nil(t, s.Model, "600 rows are below the minimum split")
		assert.Len(t, s.Rows, 600)
	}
	// Identical rows have no structure: every split has silhouette 0.
	same, err := cluster.FromRows(2, [][]cluster.Entry{
		{{Col: 0, Val: 1}}, {{Col: 0, Val: 1}}, {{Col: 0, Val: 1}}, {{Col: 0, Val: 1}},
	})
	require.NoError(t, err)
	m, err := cluster.Fit(same, cluster.WithK(1))
	require.NoError(t, err)
	subs, err = cluster.Subdivide(same, m, cluster.WithMinSplit(2), cluster.WithK(2))
	require.NoError(t, err)
	assert.Nil(t, subs[0].Model)
}
