package bench_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/cluster"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// shardCuts splits the 5000 responses of the embedded sample into four
// shards of unequal sizes, as files of different lengths would be.
var shardCuts = []int{700, 2100, 3999, 5000}

// shards returns the sample's responses cut at shardCuts.
func shards(t *testing.T) (all []nps.Response, parts [][]nps.Response) {
	t.Helper()
	all, err := verbatim.Sample()
	require.NoError(t, err)
	require.Len(t, all, shardCuts[len(shardCuts)-1])
	lo := 0
	for _, hi := range shardCuts {
		parts = append(parts, all[lo:hi])
		lo = hi
	}
	return all, parts
}

// TestShardedPath runs every mergeable stage on four shards of the sample
// and checks that the merged results equal one pass over all responses:
// NPS tallies, the phrase and vocabulary counters, the document
// frequencies and TF-IDF weighting built on them, and the sufficient
// statistics of a k-means step. The single pass is the reference; every
// expected value is its output.
func TestShardedPath(t *testing.T) {
	all, parts := shards(t)
	a, err := themes.NewAnalyzer()
	require.NoError(t, err)

	// NPS tallies: counts merge exactly.
	whole, err := nps.TallyOf(all)
	require.NoError(t, err)
	var tally nps.Tally
	for _, p := range parts {
		tp, err := nps.TallyOf(p)
		require.NoError(t, err)
		tally.Merge(tp)
	}
	assert.Equal(t, whole, tally, "tallies")

	// Phrases: counted per shard, merged, then chosen once.
	pcWhole := themes.NewPhraseCounter(a)
	pcMerged := themes.NewPhraseCounter(a)
	for _, p := range parts {
		pc := themes.NewPhraseCounter(a)
		for _, r := range p {
			pc.Add(r.Comment)
			pcWhole.Add(r.Comment)
		}
		pcMerged.Merge(pc)
	}
	phrases := pcWhole.Phrases()
	require.NotZero(t, phrases.Len(), "the sample has recurring phrases")
	assert.Equal(t, phrases.List(), pcMerged.Phrases().List(), "phrases")
	ap := a.UsingPhrases(phrases)

	// Vocabulary: document frequencies and surface forms per shard.
	var vcWhole, vcMerged themes.VocabCounter
	var terms []themes.Term
	for _, p := range parts {
		var vc themes.VocabCounter
		for _, r := range p {
			terms = ap.AppendTerms(terms[:0], r.Comment)
			vc.Add(r.Comment, terms)
			vcWhole.Add(r.Comment, terms)
		}
		vcMerged.Merge(&vc)
	}
	vWhole, err := vcWhole.Vocabulary(themes.VocabMinDocs(2))
	require.NoError(t, err)
	vMerged, err := vcMerged.Vocabulary(themes.VocabMinDocs(2))
	require.NoError(t, err)
	require.Equal(t, vWhole.Len(), vMerged.Len(), "vocabulary size")
	for col := range vWhole.Len() {
		assert.Equal(t, vWhole.Key(col), vMerged.Key(col))
		assert.Equal(t, vWhole.DocFreq(col), vMerged.DocFreq(col), "df of %q", vWhole.Key(col))
		assert.Equal(t, vWhole.Display(col), vMerged.Display(col), "display of %q", vWhole.Key(col))
	}

	// Count rows per shard against the shared vocabulary, then document
	// frequencies per shard and merged.
	countsWhole := rowsOf(t, ap, vWhole, all)
	var dfWhole, dfMerged cluster.DocFreq
	dfWhole.Add(countsWhole)
	var countParts []*cluster.CSR
	for _, p := range parts {
		c := rowsOf(t, ap, vWhole, p)
		countParts = append(countParts, c)
		var df cluster.DocFreq
		df.Add(c)
		dfMerged.Merge(&df)
	}
	assert.Equal(t, dfWhole, dfMerged, "document frequencies")
	wWhole, err := cluster.NewTFIDF(&dfWhole, cluster.WithMinDF(2))
	require.NoError(t, err)
	wMerged, err := cluster.NewTFIDF(&dfMerged, cluster.WithMinDF(2))
	require.NoError(t, err)
	assert.Equal(t, wWhole, wMerged, "TF-IDF weighting")

	// One k-means step: per-shard statistics against the same model.
	x, err := wWhole.Transform(countsWhole)
	require.NoError(t, err)
	m, err := cluster.Fit(x, cluster.WithK(8), cluster.WithRestarts(1), cluster.WithMaxIter(3))
	require.NoError(t, err)
	stWhole, err := cluster.ShardStep(x, m)
	require.NoError(t, err)
	_, cols := x.Dims()
	stMerged := cluster.ShardStatsNew(m.K, cols)
	for _, c := range countParts {
		xp, err := wMerged.Transform(c)
		require.NoError(t, err)
		s, err := cluster.ShardStep(xp, m)
		require.NoError(t, err)
		require.NoError(t, stMerged.Merge(s))
	}
	assert.Equal(t, stWhole.Sizes, stMerged.Sizes, "cluster sizes")
	assert.Equal(t, len(all)-countEmpty(x), stMerged.Rows, "every nonzero row assigned once")
	assert.InDelta(t, stWhole.Objective, stMerged.Objective, 1e-9)
	for c := range stWhole.Sums {
		assert.InDeltaSlice(t, stWhole.Sums[c], stMerged.Sums[c], 1e-9, "sum of cluster %d", c)
	}
}

// rowsOf returns the term counts of the responses' comments against v.
func rowsOf(t *testing.T, a *themes.Analyzer, v *themes.Vocabulary, rs []nps.Response) *cluster.CSR {
	t.Helper()
	b := cluster.NewBuilder(v.Len())
	var (
		terms []themes.Term
		row   themes.Row
		ents  []cluster.Entry
	)
	for _, r := range rs {
		terms = a.AppendTerms(terms[:0], r.Comment)
		row = v.AppendRow(row, terms)
		ents = ents[:0]
		for p, c := range row.Cols {
			ents = append(ents, cluster.Entry{Col: int(c), Val: float64(row.Counts[p])})
		}
		require.NoError(t, b.AddRow(ents))
	}
	return b.Build()
}

// countEmpty counts the rows of x without a nonzero value.
func countEmpty(x *cluster.CSR) int {
	rows, _ := x.Dims()
	n := 0
	for i := range rows {
		if x.Row(i).Norm() == 0 {
			n++
		}
	}
	return n
}
