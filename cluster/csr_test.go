package cluster_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/verbatim-go/verbatim/cluster"
)

func TestBuilderRows(t *testing.T) {
	cases := []struct {
		name     string
		cols     int
		rows     [][]cluster.Entry
		wantDims [2]int
		want     [][]float64 // dense expectation, written out by hand
	}{
		{
			name:     "unsorted entries are sorted",
			rows:     [][]cluster.Entry{{{Col: 2, Val: 3}, {Col: 0, Val: 1}}},
			wantDims: [2]int{1, 3},
			want:     [][]float64{{1, 0, 3}},
		},
		{
			name:     "repeated columns are summed, zero sums not stored",
			cols:     4,
			rows:     [][]cluster.Entry{{{Col: 1, Val: 2}, {Col: 1, Val: 0.5}, {Col: 3, Val: 1}, {Col: 3, Val: -1}}, {}},
			wantDims: [2]int{2, 4},
			want:     [][]float64{{0, 2.5, 0, 0}, {0, 0, 0, 0}},
		},
		{
			name:     "empty builder",
			wantDims: [2]int{0, 0},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := cluster.FromRows(tc.cols, tc.rows)
			require.NoError(t, err)
			r, c := m.Dims()
			assert.Equal(t, tc.wantDims, [2]int{r, c})
			for i, row := range tc.want {
				for j, v := range row {
					assert.Equal(t, v, m.At(i, j), "at %d,%d", i, j)
				}
			}
		})
	}
}

func TestBuilderErrors(t *testing.T) {
	cases := []struct {
		name string
		cols int
		row  []cluster.Entry
		want error
	}{
		{"NaN value", 3, []cluster.Entry{{Col: 0, Val: math.NaN()}}, cluster.ErrValue},
		{"infinite value", 3, []cluster.Entry{{Col: 0, Val: math.Inf(1)}}, cluster.ErrValue},
		{"beyond float32", 3, []cluster.Entry{{Col: 0, Val: 1e39}}, cluster.ErrValue},
		{"negative column", 3, []cluster.Entry{{Col: -1, Val: 1}}, cluster.ErrShape},
		{"column past fixed width", 3, []cluster.Entry{{Col: 3, Val: 1}}, cluster.ErrShape},
		{"column past int32", 0, []cluster.Entry{{Col: math.MaxInt32 + 1, Val: 1}}, cluster.ErrShape},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := cluster.NewBuilder(tc.cols)
			require.NoError(t, b.AddRow([]cluster.Entry{{Col: 1, Val: 1}}))
			err := b.AddRow(tc.row)
			require.ErrorIs(t, err, tc.want)
			assert.Contains(t, err.Error(), "row 1")
			assert.Equal(t, 1, b.Rows(), "a rejected row is not added")
			assert.Equal(t, 1, b.Build().NNZ())
		})
	}
}

func TestCSRGonumInterfaces(t *testing.T) {
	// x = [[1 0 2] [0 3 0]]; x·xᵀ = [[5 0] [0 9]] by hand.
	x, err := cluster.FromRows(3, [][]cluster.Entry{{{Col: 0, Val: 1}, {Col: 2, Val: 2}}, {{Col: 1, Val: 3}}})
	require.NoError(t, err)
	var p mat.Dense
	p.Mul(x, x.T())
	assert.Equal(t, []float64{5, 0, 0, 9}, p.RawMatrix().Data)

	var got [][3]float64
	x.DoNonZero(func(i, j int, v float64) { got = append(got, [3]float64{float64(i), float64(j), v}) })
	assert.Equal(t, [][3]float64{{0, 0, 1}, {0, 2, 2}, {1, 1, 3}}, got)

	r := x.Row(0)
	assert.Equal(t, []int32{0, 2}, r.Cols)
	assert.InDelta(t, math.Sqrt(5), r.Norm(), 1e-15)
	assert.Equal(t, 1*0.5+2*4.0, r.Dot([]float64{0.5, 9, 4}))
	assert.Equal(t, 3, x.NNZ())
	assert.Equal(t, 8*3+4*3+4*3, x.Bytes())
	assert.PanicsWithValue(t, "cluster: row index 2 out of range [0,2)", func() { x.Row(2) })
}
