package bench_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/bench"
	"github.com/verbatim-go/verbatim/themes"
)

// TestCount checks the parallel counting against a plain map count of each
// comment's term keys (the reference), for 1 to 3 workers over the 5000
// sample comments (two blocks): same keys, same rows, whatever the number
// of workers.
func TestCount(t *testing.T) {
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	comments := make([]string, len(rs))
	for i, r := range rs {
		comments[i] = r.Comment
	}
	a, err := themes.NewAnalyzer()
	require.NoError(t, err)

	ref := map[string]bool{}
	want := make([]map[string]float64, len(comments))
	for i, c := range comments {
		want[i] = map[string]float64{}
		for _, term := range a.Terms(c) {
			want[i][term.Key]++
			ref[term.Key] = true
		}
	}
	keys := make([]string, 0, len(ref))
	for k := range ref {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	first := bench.Count(a, comments, 1)
	for _, workers := range []int{1, 2, 3} {
		got := bench.Count(a, comments, workers)
		require.Equal(t, keys, got.Keys, "workers=%d: sorted union of keys", workers)
		rows, cols := got.X.Dims()
		require.Equal(t, len(comments), rows)
		require.Equal(t, len(keys), cols)
		for i := range rows {
			r := got.X.Row(i)
			row := map[string]float64{}
			for p, c := range r.Cols {
				row[keys[c]] = float64(r.Vals[p])
			}
			require.Equal(t, want[i], row, "workers=%d, comment %d", workers, i)
		}
		assert.Equal(t, first, got, "workers=%d gives the same matrix as 1", workers)
	}
}

// TestCountFile checks that streaming a file gives the same counts as
// counting its comments held in memory.
func TestCountFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sample.csv")
	require.NoError(t, os.WriteFile(path, verbatim.SampleCSV(), 0o644))
	a, err := themes.NewAnalyzer()
	require.NoError(t, err)
	corpus, err := bench.ReadCorpus(path)
	require.NoError(t, err)
	require.Len(t, corpus.Comments, 5000)
	streamed, size, err := bench.CountFile(path, a, 2)
	require.NoError(t, err)
	assert.Equal(t, int64(len(verbatim.SampleCSV())), size)
	assert.Equal(t, bench.Count(a, corpus.Comments, 1), streamed)
}
