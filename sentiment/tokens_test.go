package sentiment_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/internal/token"
	"github.com/verbatim-go/verbatim/sentiment"
)

// ScoreTokens over the caller's tokens gives Score's result bit for bit
// (the expected values are Score's own), leaves the caller's tokens as
// they were, and with nil tokenizes the text itself.
func TestScoreTokensIsScore(t *testing.T) {
	a := sentiment.New()
	tests := []struct {
		name string
		text string
	}{
		{"negated praise", "The engineer was not helpful at all."},
		{"contrast", "Great price but the app keeps crashing!!"},
		{"lost apostrophe", "didn\uFFFDt work, AWFUL"},
		{"emoticon and emoji", "love it :) 😡"},
		{"no tokens", "---"},
		{"empty", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantC, wantL := a.Score(tc.text)
			toks := token.Tokenize(tc.text)
			before := slices.Clone(toks)
			c, l := a.ScoreTokens(tc.text, toks)
			assert.Equal(t, wantC, c)
			assert.Equal(t, wantL, l)
			assert.Equal(t, before, toks, "the caller's tokens are not changed")
			c, l = a.ScoreTokens(tc.text, nil)
			assert.Equal(t, wantC, c)
			assert.Equal(t, wantL, l)
		})
	}
}

// On the 5000 comments of the embedded sample, sharing one token buffer
// across calls, as Analyze does, changes no score: the pooled scratch
// never writes into the caller's buffer.
func TestScoreTokensSample(t *testing.T) {
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	a := sentiment.New()
	var toks []token.Token
	for _, r := range rs {
		toks = token.Append(toks[:0], r.Comment)
		wantC, wantL := a.Score(r.Comment)
		c, l := a.ScoreTokens(r.Comment, toks)
		require.Equal(t, wantC, c, r.ID)
		require.Equal(t, wantL, l, r.ID)
	}
}
