package sentiment_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/sentiment"
)

// learnCorpus: six promoters say "upfront pricing", six detractors say
// "router broke".
func learnCorpus() ([]string, []int) {
	var texts []string
	var scores []int
	for i := 0; i < 6; i++ {
		texts = append(texts, "Upfront pricing", "router broke")
		scores = append(scores, 10, 2)
	}
	return texts, scores
}

func TestLearn(t *testing.T) {
	texts, scores := learnCorpus()
	l, err := sentiment.Learn(texts, scores, sentiment.WithPrior(10))
	require.NoError(t, err)
	assert.Equal(t, [3]int{6, 0, 6}, [3]int{l.Positive, l.Neutral, l.Negative})
	// Hand calculation with α0 = 10: each comment holds 3 terms (two words and
	// their pair), so n_p = n_n = 18 and the total is 36; every term is in 6
	// comments, f_w = 6/36, α_w = 10·6/36 = 1.6667.
	// δ(upfront) = ln((6+1.6667)/(18+10-6-1.6667)) - ln((0+1.6667)/(18+10-0-1.6667))
	//            = ln(7.6667/20.3333) - ln(1.6667/26.3333) = 1.7846
	// z = 1.7846 / sqrt(1/7.6667 + 1/1.6667) = 2.0881 (>= 1.96, kept)
	want := []sentiment.LearnedTerm{
		{Term: "broke", Valence: -1.7846, Z: -2.0881, Positive: 0, Negative: 6},
		{Term: "pricing", Valence: 1.7846, Z: 2.0881, Positive: 6, Negative: 0},
		{Term: "router", Valence: -1.7846, Z: -2.0881, Positive: 0, Negative: 6},
		{Term: "router broke", Valence: -1.7846, Z: -2.0881, Positive: 0, Negative: 6},
		{Term: "upfront", Valence: 1.7846, Z: 2.0881, Positive: 6, Negative: 0},
		{Term: "upfront pricing", Valence: 1.7846, Z: 2.0881, Positive: 6, Negative: 0},
	}
	assert.Equal(t, want, l.Terms)
}

func TestLearnFilters(t *testing.T) {
	texts, scores := learnCorpus()
	tests := []struct {
		name string
		opts []sentiment.LearnOption
		want int
	}{
		// default α0 = 100 shrinks δ to 0.3685, z = 1.1421 < 1.96
		{"default prior keeps nothing", nil, 0},
		{"min count above the counts", []sentiment.LearnOption{sentiment.WithPrior(10), sentiment.WithMinCount(7)}, 0},
		{"z of zero keeps all six", []sentiment.LearnOption{sentiment.WithMinZ(0)}, 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := sentiment.Learn(texts, scores, tc.opts...)
			require.NoError(t, err)
			assert.Len(t, l.Terms, tc.want)
		})
	}
}

func TestLearnNegationAndStopwords(t *testing.T) {
	var texts []string
	var scores []int
	for i := 0; i < 8; i++ {
		texts = append(texts, "it is not working", "it is working fine")
		scores = append(scores, 0, 10)
	}
	// "working" is in 8 promoters only: with α0 = 10, z = 1.75, so the test
	// lowers the bar to 1.
	l, err := sentiment.Learn(texts, scores, sentiment.WithPrior(10), sentiment.WithMinZ(1))
	require.NoError(t, err)
	var terms []string
	for _, tt := range l.Terms {
		terms = append(terms, tt.Term)
	}
	// "working" after "not" is counted only in the pair, so "working" alone
	// is seen in promoters only; "it", "is" are function words.
	assert.Contains(t, terms, "not working")
	assert.Contains(t, terms, "working")
	assert.NotContains(t, terms, "it")
	for _, tt := range l.Terms {
		if tt.Term == "working" {
			assert.Greater(t, tt.Valence, 0.0)
		}
		if tt.Term == "not working" {
			assert.Less(t, tt.Valence, 0.0)
		}
	}
}

func TestLearnErrors(t *testing.T) {
	_, err := sentiment.Learn([]string{"a"}, nil)
	assert.EqualError(t, err, "sentiment: learn: 1 comments but 0 scores")
	_, err = sentiment.Learn([]string{"a", "b"}, []int{3, 11})
	assert.ErrorIs(t, err, sentiment.ErrScore)
	assert.Contains(t, err.Error(), "comment 1")
}

func TestSaveLoadLearned(t *testing.T) {
	texts, scores := learnCorpus()
	l, err := sentiment.Learn(texts, scores, sentiment.WithPrior(10))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, l.Save(&buf))
	first := buf.String()
	back, err := sentiment.LoadLearned(&buf)
	require.NoError(t, err)
	assert.Equal(t, l, back)
	var again bytes.Buffer
	require.NoError(t, back.Save(&again))
	assert.Equal(t, first, again.String(), "byte-identical after a round trip")
}

func TestLoadLearnedErrors(t *testing.T) {
	tests := []struct {
		name, input string
		is          error
		want        string
	}{
		{"not json", "{", sentiment.ErrCorrupt, "unexpected EOF"},
		{"unknown field", `{"version":1,"extra":2}`, sentiment.ErrCorrupt, `unknown field "extra"`},
		{"trailing data", `{"version":1} {}`, sentiment.ErrCorrupt, "data after the lexicon"},
		{"version", `{"version":2}`, sentiment.ErrVersion, "2 (this library reads 1)"},
		{"valence", `{"version":1,"terms":[{"term":"slow","valence":-9}]}`, sentiment.ErrCorrupt, `term 0 "slow": valence -9`},
		{"not normalised", `{"version":1,"terms":[{"term":"Slow","valence":-1}]}`, sentiment.ErrCorrupt, "not a normalised term"},
		{"three words", `{"version":1,"terms":[{"term":"a b c","valence":1}]}`, sentiment.ErrCorrupt, "more than two words"},
		{"unsorted", `{"version":1,"terms":[{"term":"b","valence":1},{"term":"a","valence":1}]}`, sentiment.ErrCorrupt, `term 1 "a": not sorted or repeated`},
		{"negative count", `{"version":1,"terms":[{"term":"a","valence":1,"positive":-1}]}`, sentiment.ErrCorrupt, "negative count"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := sentiment.LoadLearned(strings.NewReader(tc.input))
			assert.ErrorIs(t, err, tc.is)
			assert.ErrorContains(t, err, tc.want)
		})
	}
}

func TestBlend(t *testing.T) {
	learned := &sentiment.LearnedLexicon{Version: 1, Terms: []sentiment.LearnedTerm{
		{Term: "router", Valence: -2},
		{Term: "slow", Valence: -0.5},
		{Term: "very", Valence: 1},
	}}
	lex := sentiment.Base().Blend(learned, 0.5)
	tests := []struct {
		term string
		want float64
	}{
		{"router", -1}, // new term: (1-0.5)·0 + 0.5·(-2)
		{"slow", -1},   // (1-0.5)·(-1.5) + 0.5·(-0.5)
		{"quick", 1.8}, // not learned: base value kept
	}
	for _, tc := range tests {
		t.Run(tc.term, func(t *testing.T) {
			v, ok := lex.Lookup(tc.term, sentiment.Valence)
			require.True(t, ok)
			assert.InDelta(t, tc.want, v, 1e-12)
		})
	}
	_, ok := lex.Lookup("very", sentiment.Valence)
	assert.False(t, ok, "a modifier gets no learned valence")
	_, ok = sentiment.Base().Lookup("router", sentiment.Valence)
	assert.False(t, ok, "the base lexicon is unchanged")
	r := sentiment.New(sentiment.WithLexicon(lex)).Analyze("router")
	assert.Equal(t, sentiment.Learned, r.Evidence[0].Rules)
	assert.Panics(t, func() { sentiment.Base().Blend(learned, 1.5) })
}

func TestCalibrate(t *testing.T) {
	a := sentiment.New()
	texts := []string{"excellent", "ok", "terrible", "fine"}
	gold := []sentiment.Label{sentiment.Positive, sentiment.Neutral, sentiment.Negative, sentiment.Neutral}
	th, err := a.Calibrate(texts, gold)
	require.NoError(t, err)
	// compounds 0.667, 0.25, -0.659, 0.286: the first grid pair separating
	// them is Positive 0.30 (smallest above 0.286), Negative -0.60.
	assert.InDelta(t, 0.30, th.Positive, 1e-9)
	assert.InDelta(t, -0.60, th.Negative, 1e-9)
	_, err = a.Calibrate(texts, gold[:1])
	assert.Error(t, err)
}
