package sentiment_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/sentiment"
)

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"field count", "v\tgood\n", "line 1: malformed lexicon: want 3 tab-separated fields, got 2"},
		{"unknown kind", "# c\nx\tgood\t1\n", `line 2: malformed lexicon: unknown kind "x"`},
		{"not a number", "v\tgood\tvery\n", `line 1: malformed lexicon: value "very" is not a finite number`},
		{"valence too large", "v\tgood\t4\n", `line 1: malformed lexicon: "good": valence 4 outside [-3, 3]`},
		{"modifier too small", "m\tbarely\t-1\n", `modifier -1 outside (-1, 2]`},
		{"hedge of one", "h\tmaybe\t1\n", `hedge 1 outside [0, 1)`},
		{"fractional scope", "n\tno\t1.5\n", `negator scope 1.5 not a whole number`},
		{"duplicate after normalising", "v\tdidn't\t-1\nv\tDidnt\t-1\n", `line 2: malformed lexicon: "Didnt" is listed twice as kind v`},
		{"empty term", "v\t \t1\n", "line 1: malformed lexicon: empty term"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := sentiment.ParseLexicon(strings.NewReader(tc.input))
			require.Error(t, err)
			assert.ErrorIs(t, err, sentiment.ErrLexicon)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestParseLexiconCustom(t *testing.T) {
	lex, err := sentiment.ParseLexicon(strings.NewReader("# mine\r\nv\tsnappy\t2\r\nm\tproper\t0.5\r\n\nv\tSlow  Boat\t-1\n"))
	require.NoError(t, err)
	assert.Equal(t, 3, lex.Len())
	v, ok := lex.Lookup("slow boat", sentiment.Valence)
	assert.True(t, ok)
	assert.Equal(t, -1.0, v)
	_, ok = lex.Lookup("snappy", sentiment.Modifier)
	assert.False(t, ok)
	assert.Equal(t, []string{"proper"}, lex.Terms(sentiment.Modifier))
	// proper snappy: 2 × 1.5 = 3, compound 3 / 4.5
	r := sentiment.New(sentiment.WithLexicon(lex)).Analyze("Proper snappy")
	assert.InDelta(t, 3/4.5, r.Compound, 1e-9)
	assert.Equal(t, sentiment.Intensified, r.Evidence[0].Rules)
}

func TestBaseLexicon(t *testing.T) {
	base := sentiment.Base()
	assert.Same(t, base, sentiment.Base())
	tests := []struct {
		term string
		kind sentiment.Kind
		want float64
	}{
		{"on hold", sentiment.Valence, -1.5},
		{"fed up", sentiment.Valence, -2.4},
		{"no complaints", sentiment.Valence, 2.2},
		{"above and beyond", sentiment.Valence, 3},
		{"waste of time", sentiment.Valence, -2.6},
		{"still waiting", sentiment.Valence, -2.2},
		{"went the extra mile", sentiment.Valence, 3},
		{"took ages", sentiment.Valence, -2.2},
		{"nothing works", sentiment.Valence, -2.4},
		{"Didn't work for me", sentiment.Valence, -2},
		{"signal", sentiment.Absence, -1.9},
		{"slightly", sentiment.Modifier, -0.5},
		{"but", sentiment.Contrast, 1},
		{"although", sentiment.Concession, 1},
		{"so far", sentiment.Hedge, 0.35},
	}
	for _, tc := range tests {
		t.Run(tc.term, func(t *testing.T) {
			v, ok := base.Lookup(tc.term, tc.kind)
			require.True(t, ok)
			assert.Equal(t, tc.want, v) // the value written in data/base.tsv
		})
	}
	assert.Greater(t, base.Len(), 900)
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "v", sentiment.Valence.String())
	assert.Equal(t, "h", sentiment.Hedge.String())
	assert.Equal(t, "?", sentiment.Kind(0).String())
}
