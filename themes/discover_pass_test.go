package themes

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim"
)

// TestDiscoverPassMatchesPerComment: the single analysis pass gives the
// document frequencies a VocabCounter counts comment by comment, and the
// rows themeSpace.row builds from each comment's terms, bit for bit, for
// any number of workers. Source of the expected values: the per-comment
// path, run on the same comments.
func TestDiscoverPassMatchesPerComment(t *testing.T) {
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	comments := make([]string, len(rs))
	for i, r := range rs {
		comments[i] = r.Comment
	}
	an, err := NewAnalyzer()
	require.NoError(t, err)
	want := &VocabCounter{}
	for _, c := range comments {
		want.Add(c, an.Terms(c))
	}
	voc, err := want.Vocabulary(VocabMinDocs(3))
	require.NoError(t, err)
	sp := newThemeSpace(voc, nil)
	for _, workers := range []int{1, 2, 3} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			p, err := discoverAnalyse(context.Background(), an, comments, workers, len(comments))
			require.NoError(t, err)
			got := p.counter()
			assert.Equal(t, want.docs, got.docs)
			assert.Equal(t, want.df, got.df)
			assert.Equal(t, want.forms.m, got.forms.m)
			x, err := p.vectors(context.Background(), sp, workers)
			require.NoError(t, err)
			rows, _ := x.Dims()
			require.Equal(t, len(comments), rows)
			var r themeRow
			for i, c := range comments {
				r = sp.row(r, an.Terms(c))
				xr := x.Row(i)
				require.Equal(t, r.cols, xr.Cols, "comment %d", i)
				require.Equal(t, r.vals, xr.Vals, "comment %d", i)
			}
		})
	}
}

// TestDiscoverPassSampledForms: above the form sample, a term the sampled
// chunks never saw is shown as written in the first comment holding it,
// not as its stem. With a sample of one chunk and three chunks of
// comments, "installations" (stem "instal") first appears in the third
// chunk, written "Installations" then "installation": the first comment's
// form wins (hand count: one occurrence, lower-cased).
func TestDiscoverPassSampledForms(t *testing.T) {
	comments := make([]string, 3*discoverChunk)
	for i := range comments {
		comments[i] = "the router keeps dropping"
	}
	comments[2*discoverChunk+5] = "Installations were late"
	comments[2*discoverChunk+9] = "installation was late"
	an, err := NewAnalyzer()
	require.NoError(t, err)
	p, err := discoverAnalyse(context.Background(), an, comments, 2, discoverChunk)
	require.NoError(t, err)
	require.NotNil(t, p.chunks[0].forms, "the first chunk is in the sample")
	require.Nil(t, p.chunks[1].forms, "a stride of 3 chunks skips the second")
	vc := p.counter()
	assert.Equal(t, 2, vc.DocFreq(an.Key("installation")))
	voc, err := vc.Vocabulary()
	require.NoError(t, err)
	c, ok := voc.Column(an.Key("installation"))
	require.True(t, ok)
	assert.Equal(t, an.Key("installation"), voc.Display(c), "before the fallback: the stem")
	discoverMissingForms(an, p, comments, voc, &vc.forms)
	assert.Equal(t, "installations", voc.Display(c))
	r, _ := voc.Column(an.Key("router"))
	assert.Equal(t, "router", voc.Display(r), "sampled terms keep their counted form")
}

// TestDiscoverNounIndexes: short comments keep the full sample of 1000;
// long ones are cut to the byte budget (hand calculation: 1000 comments of
// 600 bytes hold 600,000 bytes, 4 times the 150,000 budget, so 250 are
// tagged), never below 200.
func TestDiscoverNounIndexes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		n, sz int
		want  int
	}{
		{"short comments", 5000, 80, 1000},
		{"long comments", 5000, 600, 250},
		{"very long comments", 5000, 1900, 200},
		{"fewer comments than the sample", 300, 80, 300},
	} {
		t.Run(tc.name, func(t *testing.T) {
			comments := make([]string, tc.n)
			for i := range comments {
				comments[i] = strings.Repeat("x", tc.sz)
			}
			assert.Len(t, discoverNounIndexes(comments), tc.want)
		})
	}
}

// TestLSAWorkers: the randomized SVD basis and the projected rows are
// bit for bit the same on one goroutine and on three (each output row is
// computed from its input row alone; the Gram sums stay serial).
func TestLSAWorkers(t *testing.T) {
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	comments := make([]string, len(rs))
	for i, r := range rs {
		comments[i] = r.Comment
	}
	o := defaultDiscoverOptions()
	_, _, x, err := prepare(context.Background(), comments, &o)
	require.NoError(t, err)
	n, _ := x.Dims()
	rows := make([]int, n)
	for i := range rows {
		rows[i] = i
	}
	p1, d1 := discoverLSABasis(x, rows, 50, 7, 1)
	p3, d3 := discoverLSABasis(x, rows, 50, 7, 3)
	require.Equal(t, d1, d3)
	require.Equal(t, p1, p3)
	assert.Equal(t, projectRows(x, rows, p1, d1, 1), projectRows(x, rows, p3, d3, 3))
}
