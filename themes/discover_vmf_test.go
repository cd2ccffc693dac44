package themes

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/cluster"
)

// TestDiscoverVMF checks the refined directions against hand calculations.
func TestDiscoverVMF(t *testing.T) {
	s := math.Sqrt(0.5)
	for _, tc := range []struct {
		name   string
		rows   [][]cluster.Entry
		labels []int
		want   [][]float64
	}{{
		// Two groups at right angles: a row's weight in the other
		// component is ½·e⁰ / (½·e⁵⁰) = e⁻⁵⁰, below the 1e-9 cut, so each
		// direction stays its own group's mean.
		name:   "separated groups keep their means",
		rows:   [][]cluster.Entry{{{Col: 0, Val: 1}}, {{Col: 0, Val: 1}}, {{Col: 1, Val: 1}}, {{Col: 1, Val: 1}}},
		labels: []int{0, 0, 1, 1},
		want:   [][]float64{{1, 0}, {0, 1}},
	}, {
		// One row at 45° between the two, the others as above, weights
		// 2:2 plus the middle one. By symmetry its posterior splits
		// evenly, so μ₀ ∝ (2 + ½·s, ½·s) with s = √½: unit length,
		// (2.3536, 0.3536) / 2.3800 = (0.9889, 0.1485).
		name: "a row halfway between is shared",
		rows: [][]cluster.Entry{{{Col: 0, Val: 1}}, {{Col: 0, Val: 1}}, {{Col: 0, Val: s}, {Col: 1, Val: s}},
			{{Col: 1, Val: 1}}, {{Col: 1, Val: 1}}},
		labels: []int{0, 0, cluster.Unassigned, 1, 1},
		want:   [][]float64{{0.9889, 0.1485}, {0.1485, 0.9889}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := cluster.FromRows(2, tc.rows)
			require.NoError(t, err)
			got, err := discoverVMF(context.Background(), x, tc.labels, len(tc.want), 1)
			require.NoError(t, err)
			for c := range tc.want {
				assert.InDeltaSlice(t, tc.want[c], got[c], 1e-4, "component %d", c)
			}
		})
	}
}

// TestDiscoverVMFWorkers: the partial sums are added in chunk order, so
// any number of workers gives the same bits.
func TestDiscoverVMFWorkers(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const n, d, k = 5000, 8, 4
	rows := make([][]cluster.Entry, n)
	labels := make([]int, n)
	for i := range rows {
		for j := 0; j < d; j++ {
			if rng.IntN(3) == 0 {
				rows[i] = append(rows[i], cluster.Entry{Col: j, Val: rng.Float64()})
			}
		}
		labels[i] = rng.IntN(k)
	}
	x, err := cluster.FromRows(d, rows)
	require.NoError(t, err)
	one, err := discoverVMF(context.Background(), x, labels, k, 1)
	require.NoError(t, err)
	three, err := discoverVMF(context.Background(), x, labels, k, 3)
	require.NoError(t, err)
	assert.Equal(t, one, three)
}

// BenchmarkDiscoverVMF is the refinement at the size Discover runs it
// above discoverFitSample comments: 8,000 dense LSA rows of 100
// dimensions, 20 themes.
func BenchmarkDiscoverVMF(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	const n, d, k = discoverFitSample, discoverLSADims, 20
	rows := make([][]cluster.Entry, n)
	labels := make([]int, n)
	for i := range rows {
		var ss float64
		for j := 0; j < d; j++ {
			v := rng.NormFloat64()
			rows[i] = append(rows[i], cluster.Entry{Col: j, Val: v})
			ss += v * v
		}
		for j := range rows[i] {
			rows[i][j].Val /= math.Sqrt(ss) // unit rows, as projectRows makes
		}
		labels[i] = rng.IntN(k)
	}
	x, err := cluster.FromRows(d, rows)
	require.NoError(b, err)
	b.SetBytes(int64(n * d * 4))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := discoverVMF(context.Background(), x, labels, k, 2); err != nil {
			b.Fatal(err)
		}
	}
}
