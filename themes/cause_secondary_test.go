package themes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/themes"
)

// causeSecondarySpec has two causes: "speed" (cue "slow", 1.5) and "staff"
// (cue "rude", 3).
func causeSecondarySpec(ratio float64) themes.TaxonomySpec {
	return themes.TaxonomySpec{
		Format: themes.TaxonomyFormat, Version: themes.TaxonomyVersion, Name: "secondary",
		SecondaryRatio: ratio,
		Causes: []themes.CauseDef{
			{Key: "speed", Label: "Speed", Cues: []themes.Cue{{Kind: themes.CueWord, Text: "slow", Weight: 1.5}}},
			{Key: "staff", Label: "Staff", Cues: []themes.Cue{{Kind: themes.CueWord, Text: "rude", Weight: 3}}},
		},
	}
}

// TestCauseSecondaryRatio checks the rule on the second cause. "slow and
// rude" scores staff 3 and speed 1.5, both above the threshold 1; speed
// stays second only when 1.5 >= ratio x 3, that is for ratio <= 0.5 (the
// weights and 0.5 are exact in binary, so the boundary case is exact).
func TestCauseSecondaryRatio(t *testing.T) {
	cases := []struct {
		name  string
		ratio float64
		want  []themes.Cause
	}{
		{"no rule", 0, []themes.Cause{"staff", "speed"}},
		{"ratio 0.5 keeps 1.5 of 3 (exactly half)", 0.5, []themes.Cause{"staff", "speed"}},
		{"ratio 0.75 drops 1.5 of 3 (needs 2.25)", 0.75, []themes.Cause{"staff"}},
		{"ratio 1 keeps only ties", 1, []themes.Cause{"staff"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tax, err := themes.TaxonomyCompile(causeSecondarySpec(tc.ratio))
			require.NoError(t, err)
			var got []themes.Cause
			for _, s := range tax.Score("slow and rude").Ranked {
				got = append(got, s.Cause)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestCauseSecondaryRatioInvalid checks that a ratio outside [0, 1] is
// refused with ErrTaxonomyInvalid naming the field, and that a file
// extending the default inherits the default's ratio unless it sets one.
func TestCauseSecondaryRatioInvalid(t *testing.T) {
	for _, r := range []float64{-0.1, 1.5} {
		_, err := themes.TaxonomyCompile(causeSecondarySpec(r))
		require.ErrorIs(t, err, themes.ErrTaxonomyInvalid, "ratio %v", r)
		assert.ErrorContains(t, err, "secondary_ratio")
	}
	ext := themes.TaxonomySpec{Format: themes.TaxonomyFormat, Version: themes.TaxonomyVersion, Name: "ext", Extends: "default", SecondaryRatio: 0.3}
	tax, err := themes.TaxonomyCompile(ext)
	require.NoError(t, err)
	assert.InDelta(t, 0.3, tax.Spec().SecondaryRatio, 1e-12)
	ext.SecondaryRatio = 0
	tax, err = themes.TaxonomyCompile(ext)
	require.NoError(t, err)
	assert.InDelta(t, themes.TaxonomyDefault().Spec().SecondaryRatio, tax.Spec().SecondaryRatio, 1e-12)
}
