package cluster_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/cluster"
)

// planted builds n rows in k planted groups: group g owns the columns
// [g·cols/k, (g+1)·cols/k) and each row draws nnz columns, each from its own
// group's block with probability 1 − noise and from anywhere otherwise, with
// values in [1, 2). Rows cycle through the groups, so label i is i mod k.
func planted(tb testing.TB, n, k, cols, nnz int, noise float64, seed uint64) (*cluster.CSR, []int) {
	tb.Helper()
	rng := rand.New(rand.NewPCG(seed, 7))
	b := cluster.NewBuilder(cols)
	labels := make([]int, n)
	width := cols / k
	row := make([]cluster.Entry, nnz)
	for i := range labels {
		g := i % k
		labels[i] = g
		for p := range row {
			col := g*width + rng.IntN(width)
			if rng.Float64() < noise {
				col = rng.IntN(cols)
			}
			row[p] = cluster.Entry{Col: col, Val: 1 + rng.Float64()}
		}
		require.NoError(tb, b.AddRow(row))
	}
	return b.Build(), labels
}
