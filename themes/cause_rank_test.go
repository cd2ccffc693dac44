package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim"
)

// TestCauseRankMatchesScore: the bulk path Analyze uses ranks every
// comment of the sample exactly as Score does (the expected rankings are
// Score's own), and Score's results do not share the reused buffers: a
// result kept from one call is unchanged by the next.
func TestCauseRankMatchesScore(t *testing.T) {
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	tax := TaxonomyDefault()
	first := tax.Score(rs[0].Comment, CauseWithScore(rs[0].Score))
	kept := CauseResult{Scores: append([]CauseScore(nil), first.Scores...),
		Ranked: append([]CauseScore(nil), first.Ranked...), Evidence: append([]Evidence(nil), first.Evidence...)}
	for _, r := range rs {
		want := tax.Score(r.Comment, CauseWithScore(r.Score)).Ranked
		got := tax.rank(r.Comment, tax.options(CauseWithScore(r.Score)))
		require.Equal(t, want, got, r.Comment)
	}
	assert.Equal(t, kept, first)
}
