package themes

import (
	"bytes"
	"context"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/cluster"
)

// TestDiscoverSampledDeterministic: above discoverFitSample comments the
// clustering is fitted on a sample and the rest assigned by termScores;
// the model must still be byte-identical for any workers and GOMAXPROCS.
// The synthetic survey twice over gives about 8,500 comments with content.
func TestDiscoverSampledDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("fits 8,500 comments twice")
	}
	comments := append(sampleComments(t), sampleComments(t)...)
	require.Greater(t, len(comments), discoverFitSample)
	fit := func(gomaxprocs, workers int) *Model {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(gomaxprocs))
		m, err := Discover(context.Background(), comments, DiscoverK(16), DiscoverWorkers(workers), DiscoverWithoutLabels())
		require.NoError(t, err)
		return m
	}
	a, b := fit(1, 1), fit(2, 3)
	require.True(t, bytes.Equal(saveBytes(t, a), saveBytes(t, b)), "model JSON differs")
	// Each comment appears twice: both copies must get the same theme,
	// whether or not they fell in the fitted sample.
	n := len(comments) / 2
	for i := 0; i < n; i++ {
		x, y := a.Memberships(i), a.Memberships(n+i)
		if len(x) > 0 && assert.NotEmpty(t, y, "comment %d", i) {
			assert.Equal(t, x[0].Theme, y[0].Theme, "comment %d and its copy", i)
		}
	}
}

// TestNearest checks the nearest-centroid rule on a hand-made case: terms
// 0 and 1, projection to one dimension P = [1, -1]ᵀ, centroids +1 and -1
// in that dimension, so Pc per term is (1, -1) for centroid 0 and (-1, 1)
// for centroid 1.
func TestNearest(t *testing.T) {
	w := termScores([][]float64{{1}, {-1}}, []float64{1, -1}, 1, 2)
	assert.Equal(t, []float64{1, -1, -1, 1}, w) // hand calculation above
	cases := []struct {
		name string
		cols []int32
		vals []float32
		want int
	}{
		{"term 0 only: x·Pc = 1 vs -1", []int32{0}, []float32{1}, 0},
		{"term 1 outweighs term 0: 0.2-0.9 vs -0.2+0.9", []int32{0, 1}, []float32{0.2, 0.9}, 1},
		{"equal weights: both scores 0, unassigned", []int32{0, 1}, []float32{0.5, 0.5}, -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := nearest(rowOf(c.cols, c.vals), w, make([]float64, 2))
			assert.Equal(t, c.want, got)
		})
	}
}

func rowOf(cols []int32, vals []float32) cluster.Row { return cluster.Row{Cols: cols, Vals: vals} }
