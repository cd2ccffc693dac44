package themes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/themes"
)

// causeBandSpec is a one-cause taxonomy whose cue "slow" weighs 1.2, with
// the given score bands.
func causeBandSpec(bands ...themes.CauseScoreBand) themes.TaxonomySpec {
	return themes.TaxonomySpec{
		Format: themes.TaxonomyFormat, Version: themes.TaxonomyVersion, Name: "bands",
		Causes: []themes.CauseDef{{
			Key: "speed", Label: "Speed", ScoreBands: bands,
			Cues: []themes.Cue{{Kind: themes.CueWord, Text: "slow", Weight: 1.2}},
		}},
	}
}

// TestCauseScoreBands checks that a band multiplies the cause's score for
// respondents in it and leaves other scores (and unscored calls) alone.
// Expected scores: the cue weight 1.2 times the band factor (1.2 x 0.5 =
// 0.6, below the threshold 1, so the cause is not ranked; 1.2 x 2 = 2.4).
func TestCauseScoreBands(t *testing.T) {
	tax, err := themes.TaxonomyCompile(causeBandSpec(
		themes.CauseScoreBand{Min: 0, Max: 4, Factor: 0.5},
		themes.CauseScoreBand{Min: 9, Max: 10, Factor: 2},
	))
	require.NoError(t, err)
	cases := []struct {
		name   string
		score  int // -1: not passed
		want   float64
		ranked bool
	}{
		{"no score", -1, 1.2, true},
		{"in low band", 3, 0.6, false},
		{"low band edge", 4, 0.6, false},
		{"between bands", 6, 1.2, true},
		{"in high band", 10, 2.4, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := causeScoreWith(tax, "it is slow", tc.score)
			assert.InDelta(t, tc.want, res.Scores[0].Score, 1e-9)
			assert.Equal(t, tc.ranked, res.Has("speed"))
		})
	}
}

// TestCauseScoreBandsInvalid checks the errors for bands out of range,
// overlapping or with a bad factor.
func TestCauseScoreBandsInvalid(t *testing.T) {
	cases := []struct {
		name  string
		bands []themes.CauseScoreBand
		msg   string
	}{
		{"max above 10", []themes.CauseScoreBand{{Min: 5, Max: 11, Factor: 1}}, "score_bands[0] 5-11"},
		{"min above max", []themes.CauseScoreBand{{Min: 6, Max: 5, Factor: 1}}, "want 0 <= min <= max <= 10"},
		{"negative factor", []themes.CauseScoreBand{{Min: 0, Max: 4, Factor: -1}}, "factor -1"},
		{"overlap", []themes.CauseScoreBand{{Min: 0, Max: 4, Factor: 1}, {Min: 4, Max: 6, Factor: 2}}, "score 4 is in an earlier band"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := themes.TaxonomyCompile(causeBandSpec(tc.bands...))
			require.ErrorIs(t, err, themes.ErrTaxonomyInvalid)
			assert.Contains(t, err.Error(), tc.msg)
			assert.True(t, strings.Contains(err.Error(), `"speed"`), err.Error())
		})
	}
}

// TestCauseScoreBandsExtend checks that an extending file's bands replace
// the base cause's and that the default taxonomy's bands survive a JSON
// round trip.
func TestCauseScoreBandsExtend(t *testing.T) {
	const ext = `{"format": "verbatim-taxonomy", "version": 1, "extends": "default",
	  "causes": [{"key": "timing", "score_bands": [{"min": 0, "max": 10, "factor": 0}]}]}`
	tax, err := themes.TaxonomyRead(strings.NewReader(ext), "ext.json")
	require.NoError(t, err)
	def, ok := tax.Cause(themes.CauseTiming)
	require.True(t, ok)
	assert.Equal(t, []themes.CauseScoreBand{{Min: 0, Max: 10, Factor: 0}}, def.ScoreBands)
	// Factor 0 rules timing out whatever the comment says.
	assert.False(t, tax.Score("Too early to say", themes.CauseWithScore(8)).Has(themes.CauseTiming))
	assert.True(t, tax.Score("Too early to say").Has(themes.CauseTiming), "no score passed: no band applies")

	data, err := themes.TaxonomyDefault().MarshalJSON()
	require.NoError(t, err)
	back, err := themes.TaxonomyRead(strings.NewReader(string(data)), "roundtrip.json")
	require.NoError(t, err)
	assert.Equal(t, themes.TaxonomyDefault().Causes(), back.Causes())
}
