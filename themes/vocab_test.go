package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func countVocab(a *Analyzer, comments []string) *VocabCounter {
	var c VocabCounter
	for _, s := range comments {
		c.Add(s, a.Terms(s))
	}
	return &c
}

var vocabComments = []string{
	"Slow broadband, slow router", // broadband, router, slow ×2
	"The router keeps dropping",   // router, keep, drop
	"Routers are slow",            // router, slow
	"Engineer was great",          // engin, great
}

// Counts by hand from the comments above (stems: snowball english).
func TestVocabulary(t *testing.T) {
	a := mustAnalyzer(t)
	v, err := countVocab(a, vocabComments).Vocabulary()
	require.NoError(t, err)
	assert.Equal(t, 4, v.Docs())
	keys := make([]string, v.Len())
	for i := range keys {
		keys[i] = v.Key(i)
	}
	assert.Equal(t, []string{"broadband", "drop", "engin", "great", "keep", "router", "slow"}, keys)
	col, ok := v.Column("router")
	require.True(t, ok)
	assert.Equal(t, 5, col)
	assert.Equal(t, 3, v.DocFreq(col))
	assert.Equal(t, "router", v.Display(col)) // "router" ×2 beats "routers" ×1
	slow, _ := v.Column("slow")
	assert.Equal(t, Row{Cols: []int32{0, int32(col), int32(slow)}, Counts: []float32{1, 1, 2}}, v.Row(a.Terms(vocabComments[0])))
	assert.Equal(t, Row{Cols: []int32{}, Counts: []float32{}, Missing: 1}, v.AppendRow(Row{Cols: []int32{}, Counts: []float32{}}, a.Terms("fibre")))
}

func TestVocabularyOptions(t *testing.T) {
	c := countVocab(mustAnalyzer(t), vocabComments)
	tests := []struct {
		name string
		opts []VocabOption
		want []string
	}{
		{"min docs 2", []VocabOption{VocabMinDocs(2)}, []string{"router", "slow"}},
		{"max share half drops router (3 of 4)", []VocabOption{VocabMaxDocShare(0.5)}, []string{"broadband", "drop", "engin", "great", "keep", "slow"}},
		{"top 2 by document frequency", []VocabOption{VocabMaxTerms(2)}, []string{"router", "slow"}},
		{"top 3, ties by key", []VocabOption{VocabMaxTerms(3)}, []string{"broadband", "router", "slow"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := c.Vocabulary(tc.opts...)
			require.NoError(t, err)
			var got []string
			for i := 0; i < v.Len(); i++ {
				got = append(got, v.Key(i))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestVocabularyErrors(t *testing.T) {
	c := countVocab(mustAnalyzer(t), vocabComments)
	for name, opt := range map[string]VocabOption{
		"min docs":  VocabMinDocs(0),
		"share 0":   VocabMaxDocShare(0),
		"share 1.5": VocabMaxDocShare(1.5),
		"max terms": VocabMaxTerms(-1),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := c.Vocabulary(opt)
			require.ErrorIs(t, err, ErrBadVocabOption)
		})
	}
}

// Sharded counting then merging gives the same vocabulary as one pass.
func TestVocabCounterMerge(t *testing.T) {
	a := mustAnalyzer(t)
	whole, err := countVocab(a, vocabComments).Vocabulary()
	require.NoError(t, err)
	left := countVocab(a, vocabComments[:1])
	left.Merge(countVocab(a, vocabComments[1:]))
	merged, err := left.Vocabulary()
	require.NoError(t, err)
	assert.Equal(t, whole, merged)
}

// Ties between surface forms go to the alphabetically first.
func TestFormsDisplay(t *testing.T) {
	var f Forms
	f.AddForm("router", "routers", 2)
	f.AddForm("router", "router", 2)
	f.AddForm("hold", "hold", 1)
	assert.Equal(t, "router", f.Display("router"))
	assert.Equal(t, 4, f.Count("router"))
	assert.Equal(t, "unseen", f.Display("unseen"))
	var g Forms
	g.AddForm("router", "routers", 1)
	f.Merge(&g)
	assert.Equal(t, "routers", f.Display("router"))
}

func TestSurface(t *testing.T) {
	c := "Customer \n Service"
	assert.Equal(t, "customer service", Surface(c, Term{Start: 0, End: len(c), Kind: TermPhrase}))
	assert.Equal(t, "customer", Surface(c, Term{Start: 0, End: 8, Kind: TermWord}))
}

func TestFormsAddMisuse(t *testing.T) {
	var f Forms
	assert.PanicsWithValue(t, `themes: term "x" at 2-9 is not in a comment of 3 bytes`, func() {
		f.Add("abc", []Term{{Key: "x", Start: 2, End: 9}})
	})
}
