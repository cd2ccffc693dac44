package themes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/themes"
)

// causeThresholdSpec has two causes: "speed" (cue "slow", 1.5) with its own
// threshold, and "staff" (cue "rude", 0.75) under the taxonomy's threshold 1.
func causeThresholdSpec(speed float64) themes.TaxonomySpec {
	return themes.TaxonomySpec{
		Format: themes.TaxonomyFormat, Version: themes.TaxonomyVersion, Name: "limits",
		Causes: []themes.CauseDef{
			{Key: "speed", Label: "Speed", Threshold: speed, Cues: []themes.Cue{{Kind: themes.CueWord, Text: "slow", Weight: 1.5}}},
			{Key: "staff", Label: "Staff", Cues: []themes.Cue{{Kind: themes.CueWord, Text: "rude", Weight: 0.75}}},
		},
	}
}

// TestCauseThresholdPerCause checks a cause's own threshold against its
// score. "slow" scores speed 1.5, which is ranked when its threshold is at
// most 1.5 (0 means the taxonomy's 1; 1.5 is the boundary, exact in
// binary); "rude" scores staff 0.75, under the taxonomy's 1 whatever
// speed's threshold is, and ranked only when the call's CauseThreshold(0.5)
// replaces every threshold, speed's 2 included.
func TestCauseThresholdPerCause(t *testing.T) {
	cases := []struct {
		name    string
		speed   float64
		comment string
		opts    []themes.CauseOption
		want    []themes.Cause
	}{
		{"unset takes the taxonomy's 1", 0, "slow", nil, []themes.Cause{"speed"}},
		{"own threshold at the score", 1.5, "slow", nil, []themes.Cause{"speed"}},
		{"own threshold above the score", 2, "slow", nil, []themes.Cause{themes.CauseNone}},
		{"own threshold below the taxonomy's", 0.5, "slow and rude", nil, []themes.Cause{"speed"}},
		{"call threshold replaces all", 2, "slow and rude", []themes.CauseOption{themes.CauseThreshold(0.5)}, []themes.Cause{"speed", "staff"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tax, err := themes.TaxonomyCompile(causeThresholdSpec(tc.speed))
			require.NoError(t, err)
			var got []themes.Cause
			for _, s := range tax.Score(tc.comment, tc.opts...).Ranked {
				got = append(got, s.Cause)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestCauseThresholdOf checks the threshold a cause needs as reported:
// its own when set, else the taxonomy's, and nothing for none or an
// unknown key.
func TestCauseThresholdOf(t *testing.T) {
	tax, err := themes.TaxonomyCompile(causeThresholdSpec(1.25))
	require.NoError(t, err)
	cases := []struct {
		key    themes.Cause
		want   float64
		wantOK bool
	}{
		{"speed", 1.25, true},
		{"staff", 1, true},
		{themes.CauseNone, 0, false},
		{"billing", 0, false},
	}
	for _, tc := range cases {
		t.Run(string(tc.key), func(t *testing.T) {
			got, ok := tax.CauseThresholdOf(tc.key)
			assert.Equal(t, tc.wantOK, ok)
			assert.InDelta(t, tc.want, got, 0)
		})
	}
}

// TestCauseThresholdInvalid checks that a negative, too large
// or none threshold is refused with the cause named.
func TestCauseThresholdInvalid(t *testing.T) {
	cases := []struct {
		name string
		edit func(*themes.TaxonomySpec)
		want string
	}{
		{"negative", func(s *themes.TaxonomySpec) { s.Causes[0].Threshold = -1 }, `causes[0] ("speed"): threshold -1`},
		{"too large", func(s *themes.TaxonomySpec) { s.Causes[1].Threshold = 1001 }, `causes[1] ("staff"): threshold 1001`},
		{"on none", func(s *themes.TaxonomySpec) {
			s.Causes = append(s.Causes, themes.CauseDef{Key: themes.CauseNone, Label: "None", Threshold: 2})
		}, "none cannot have a threshold"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			spec := causeThresholdSpec(0)
			tc.edit(&spec)
			_, err := themes.TaxonomyCompile(spec)
			require.ErrorIs(t, err, themes.ErrTaxonomyInvalid)
			assert.ErrorContains(t, err, tc.want)
		})
	}
}

// TestCauseThresholdExtendAndJSON checks that a file extending the default
// sets one cause's threshold, that the others keep the taxonomy's, and that
// the field survives a write and read.
func TestCauseThresholdExtendAndJSON(t *testing.T) {
	const file = `{"format": "verbatim-taxonomy", "version": 1, "name": "ext", "extends": "default",
  "causes": [{"key": "timing", "label": "Survey timing", "threshold": 1.5}]}`
	tax, err := themes.TaxonomyRead(strings.NewReader(file), "ext.json")
	require.NoError(t, err)
	got, _ := tax.CauseThresholdOf(themes.CauseTiming)
	assert.InDelta(t, 1.5, got, 0)
	got, _ = tax.CauseThresholdOf(themes.CauseService)
	assert.InDelta(t, themes.TaxonomyDefault().Threshold(), got, 0)
	data, err := tax.MarshalJSON()
	require.NoError(t, err)
	back, err := themes.TaxonomyRead(strings.NewReader(string(data)), "back.json")
	require.NoError(t, err)
	got, _ = back.CauseThresholdOf(themes.CauseTiming)
	assert.InDelta(t, 1.5, got, 0)
}
