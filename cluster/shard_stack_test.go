package cluster_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/cluster"
)

// TestShardStack stacks parts cut from known rows: the result equals the
// matrix built from all rows at once, the reference.
func TestShardStack(t *testing.T) {
	rows := shardRows(50, 5, 40, 6, 2)
	whole, err := cluster.FromRows(40, rows)
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		cuts []int
	}{
		{"one part", []int{50}},
		{"three parts", []int{10, 11, 50}},
		{"empty parts", []int{0, 25, 25, 50, 50}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var parts []*cluster.CSR
			lo := 0
			for _, hi := range tc.cuts {
				p, err := cluster.FromRows(40, rows[lo:hi])
				require.NoError(t, err)
				parts = append(parts, p)
				lo = hi
			}
			got, err := cluster.ShardStack(parts...)
			require.NoError(t, err)
			assert.Equal(t, whole, got)
		})
	}
}

func TestShardStackErrors(t *testing.T) {
	_, err := cluster.ShardStack()
	assert.ErrorIs(t, err, cluster.ErrNoRows)
	a, err := cluster.FromRows(3, [][]cluster.Entry{{{Col: 0, Val: 1}}})
	require.NoError(t, err)
	b, err := cluster.FromRows(4, [][]cluster.Entry{{{Col: 0, Val: 1}}})
	require.NoError(t, err)
	_, err = cluster.ShardStack(a, b)
	assert.ErrorIs(t, err, cluster.ErrShape, "widths 3 and 4")
	var zero cluster.CSR
	got, err := cluster.ShardStack(&zero, &zero)
	require.NoError(t, err)
	r, c := got.Dims()
	assert.Equal(t, []int{0, 0}, []int{r, c}, "two empty 0×0 parts stack to 0×0")
}
