package cluster_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/cluster"
)

// TestNewCSR: valid arrays give the matrix they describe (entries read
// back by hand); each broken rule is an error of the documented kind.
func TestNewCSR(t *testing.T) {
	m, err := cluster.NewCSR(3, 4, []int{0, 2, 2, 3}, []int32{0, 3, 1}, []float32{0.5, 1, 2})
	require.NoError(t, err)
	r, c := m.Dims()
	assert.Equal(t, [2]int{3, 4}, [2]int{r, c})
	assert.Equal(t, 0.5, m.At(0, 0))
	assert.Equal(t, 1.0, m.At(0, 3))
	assert.Equal(t, 0.0, m.At(1, 1))
	assert.Equal(t, 2.0, m.At(2, 1))
	nan := float32(math.NaN())
	for _, tc := range []struct {
		name   string
		rows   int
		indptr []int
		ind    []int32
		val    []float32
		want   error
	}{
		{"offsets count", 2, []int{0, 1}, []int32{0}, []float32{1}, cluster.ErrShape},
		{"lengths differ", 1, []int{0, 1}, []int32{0}, []float32{1, 2}, cluster.ErrShape},
		{"last offset", 1, []int{0, 1}, []int32{0, 1}, []float32{1, 2}, cluster.ErrShape},
		{"decreasing offsets", 3, []int{0, 2, 1, 2}, []int32{0, 1}, []float32{1, 2}, cluster.ErrShape},
		{"offset past the end", 2, []int{0, 5, 2}, []int32{0, 1}, []float32{1, 2}, cluster.ErrShape},
		{"column out of range", 1, []int{0, 1}, []int32{4}, []float32{1}, cluster.ErrShape},
		{"columns not increasing", 1, []int{0, 2}, []int32{2, 2}, []float32{1, 1}, cluster.ErrShape},
		{"NaN", 1, []int{0, 1}, []int32{0}, []float32{nan}, cluster.ErrValue},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := cluster.NewCSR(tc.rows, 4, tc.indptr, tc.ind, tc.val)
			assert.ErrorIs(t, err, tc.want)
		})
	}
}
