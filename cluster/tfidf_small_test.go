package cluster_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/cluster"
)

// TestTransformOneRow checks that weighting rows one at a time (few
// nonzeros against a wide vocabulary: the binary-search path) gives the
// rows of weighting the whole matrix (the inverse-table path), with pruned
// columns in both.
func TestTransformOneRow(t *testing.T) {
	rows := shardRows(300, 3, 600, 2, 4)
	x, err := cluster.FromRows(600, rows)
	require.NoError(t, err)
	var df cluster.DocFreq
	df.Add(x)
	w, err := cluster.NewTFIDF(&df, cluster.WithMinDF(2))
	require.NoError(t, err)
	require.Less(t, len(w.Keep), 600, "some columns are pruned")
	whole, err := w.Transform(x)
	require.NoError(t, err)
	for i, r := range rows {
		one, err := cluster.FromRows(600, [][]cluster.Entry{r})
		require.NoError(t, err)
		got, err := w.Transform(one)
		require.NoError(t, err)
		assert.Equal(t, whole.Row(i), got.Row(0), "row %d", i)
	}

}
