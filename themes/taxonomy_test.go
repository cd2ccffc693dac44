package themes_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/themes"
)

// taxonomyOne is a minimal complete taxonomy with one cause whose cues are
// given as a JSON array.
func taxonomyOne(cues string) string {
	return `{"format": "verbatim-taxonomy", "version": 1, "causes": [
	  {"key": "billing", "label": "Billing", "recovery": {"term": "quick", "min_days": 30, "max_days": 60, "min_points": 5, "max_points": 10},
	   "cues": ` + cues + `}]}`
}

func TestTaxonomyReadErrors(t *testing.T) {
	cases := []struct {
		name  string
		input string
		err   error
		msg   string // a substring of the error
	}{
		{"empty", "", themes.ErrTaxonomyFormat, "empty input"},
		{"syntax", "{\n  \"format\": \"verbatim-taxonomy\",\n  \"version\": 1,,\n}", themes.ErrTaxonomyFormat, "t.json:3:"},
		{"wrong type", `{"format": "verbatim-taxonomy", "version": "one"}`, themes.ErrTaxonomyFormat, "t.json:1:"},
		{"unknown field", `{"format": "verbatim-taxonomy", "version": 1, "colour": "red"}`, themes.ErrTaxonomyFormat, `unknown field "colour"`},
		{"trailing data", `{"format": "verbatim-taxonomy", "version": 1, "causes": []} {}`, themes.ErrTaxonomyFormat, "data after"},
		{"no format", `{"version": 1}`, themes.ErrTaxonomyFormat, `missing "format"`},
		{"other format", `{"format": "sentiment-lexicon", "version": 1}`, themes.ErrTaxonomyFormat, `"sentiment-lexicon"`},
		{"no version", `{"format": "verbatim-taxonomy"}`, themes.ErrTaxonomyVersion, `missing "version"`},
		{"future version", `{"format": "verbatim-taxonomy", "version": 2}`, themes.ErrTaxonomyVersion, "version 2"},
		{"no causes", `{"format": "verbatim-taxonomy", "version": 1, "causes": []}`, themes.ErrTaxonomyInvalid, "no causes"},
		{"unknown extends", `{"format": "verbatim-taxonomy", "version": 1, "extends": "mine"}`, themes.ErrTaxonomyInvalid, `extends "mine"`},
		{"bad threshold", `{"format": "verbatim-taxonomy", "version": 1, "threshold": -1, "causes": [{"key": "a", "label": "A"}]}`, themes.ErrTaxonomyInvalid, "threshold -1"},
		{"bad contrast", `{"format": "verbatim-taxonomy", "version": 1, "contrast_before": 2, "causes": [{"key": "a", "label": "A"}]}`, themes.ErrTaxonomyInvalid, "contrast_before 2"},
		{"duplicate key", `{"format": "verbatim-taxonomy", "version": 1, "causes": [{"key": "a", "label": "A"}, {"key": "a", "label": "B"}]}`, themes.ErrTaxonomyInvalid, `causes[1] ("a"): duplicate key`},
		{"bad key", `{"format": "verbatim-taxonomy", "version": 1, "causes": [{"key": "Bad Key", "label": "A"}]}`, themes.ErrTaxonomyInvalid, "lower-case"},
		{"no label", `{"format": "verbatim-taxonomy", "version": 1, "causes": [{"key": "a"}]}`, themes.ErrTaxonomyInvalid, "missing label"},
		{"none with cues", `{"format": "verbatim-taxonomy", "version": 1, "causes": [{"key": "none", "label": "N", "cues": [{"kind": "word", "text": "ok", "weight": 1}]}]}`, themes.ErrTaxonomyInvalid, "none cannot have cues"},
		{"bad recovery", `{"format": "verbatim-taxonomy", "version": 1, "causes": [{"key": "a", "label": "A", "recovery": {"min_days": 90, "max_days": 30}}]}`, themes.ErrTaxonomyInvalid, "recovery days 90-30"},
		{"unknown kind", taxonomyOne(`[{"kind": "regex", "text": "bill.*", "weight": 1}]`), themes.ErrTaxonomyInvalid, `cues[0] regex "bill.*": unknown kind`},
		{"missing kind", taxonomyOne(`[{"text": "bill", "weight": 1}]`), themes.ErrTaxonomyInvalid, "missing kind"},
		{"empty pattern", taxonomyOne(`[{"kind": "pattern", "text": "", "weight": 1}]`), themes.ErrTaxonomyInvalid, "empty text"},
		{"blank pattern", taxonomyOne(`[{"kind": "pattern", "text": "   ", "weight": 1}]`), themes.ErrTaxonomyInvalid, "empty pattern"},
		{"pattern starts with gap", taxonomyOne(`[{"kind": "pattern", "text": "... bill", "weight": 1}]`), themes.ErrTaxonomyInvalid, "must sit between"},
		{"pattern double gap", taxonomyOne(`[{"kind": "pattern", "text": "bill ... ... fee", "weight": 1}]`), themes.ErrTaxonomyInvalid, "must sit between"},
		{"pattern ends with star", taxonomyOne(`[{"kind": "pattern", "text": "bill *", "weight": 1}]`), themes.ErrTaxonomyInvalid, "cannot start or end"},
		{"pattern bad slot", taxonomyOne(`[{"kind": "pattern", "text": "charge|e.g fee", "weight": 1}]`), themes.ErrTaxonomyInvalid, `slot 1 "charge|e.g": alternative "e.g"`},
		{"pattern punctuation", taxonomyOne(`[{"kind": "pattern", "text": "bill|!", "weight": 1}]`), themes.ErrTaxonomyInvalid, `alternative "!"`},
		{"word with two words", taxonomyOne(`[{"kind": "word", "text": "hidden fee", "weight": 1}]`), themes.ErrTaxonomyInvalid, "use kind phrase"},
		{"phrase with one word", taxonomyOne(`[{"kind": "phrase", "text": "fee", "weight": 1}]`), themes.ErrTaxonomyInvalid, "use kind word"},
		{"phrase with syntax", taxonomyOne(`[{"kind": "phrase", "text": "bill ... fee", "weight": 1}]`), themes.ErrTaxonomyInvalid, "use kind pattern"},
		{"zero weight", taxonomyOne(`[{"kind": "word", "text": "bill", "weight": 0}]`), themes.ErrTaxonomyInvalid, "weight 0"},
		{"huge weight", taxonomyOne(`[{"kind": "word", "text": "bill", "weight": 1000}]`), themes.ErrTaxonomyInvalid, "weight 1000"},
		{"mismatch with text", taxonomyOne(`[{"kind": "score_mismatch", "text": "x", "weight": 1}]`), themes.ErrTaxonomyInvalid, "takes no text"},
		{"duplicate after stemming", taxonomyOne(`[{"kind": "word", "text": "charged", "weight": 1}, {"kind": "word", "text": "charges", "weight": 1}]`), themes.ErrTaxonomyInvalid, `cues[1] word "charges": matches the same words as cues[0]`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := themes.TaxonomyRead(strings.NewReader(tc.input), "t.json")
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.err)
			assert.Contains(t, err.Error(), tc.msg)
			assert.Contains(t, err.Error(), "t.json")
			assert.Equal(t, strings.ToLower(err.Error()[:1]), err.Error()[:1], "error strings start lower-case")
		})
	}
}

func TestTaxonomyLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.json")
	require.NoError(t, os.WriteFile(path, []byte(taxonomyOne(`[{"kind": "phrase", "text": "charged twice", "weight": 2}]`)), 0o600))
	tax, err := themes.TaxonomyLoad(path)
	require.NoError(t, err)
	r := tax.Score("I was charged twice this month")
	assert.Equal(t, []themes.CauseScore{{Cause: "billing", Score: 2}}, r.Ranked)
	// none is added at the end of a taxonomy that does not list it.
	causes := tax.Causes()
	require.Len(t, causes, 2)
	assert.Equal(t, themes.CauseNone, causes[1].Key)
	assert.Equal(t, []themes.Cause{themes.CauseNone}, causeRankedKeys(tax.Score("all good")))

	_, err = themes.TaxonomyLoad(filepath.Join(dir, "absent.json"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestTaxonomyExtendDefault(t *testing.T) {
	ext := `{"format": "verbatim-taxonomy", "version": 1, "name": "telecom", "extends": "default",
	  "causes": [
	    {"key": "product", "cues": [{"kind": "word", "text": "notspot", "weight": 1.5}]},
	    {"key": "billing", "label": "Billing errors", "fix": "Audit the billing run.",
	     "cues": [{"kind": "pattern", "text": "charged ... twice", "weight": 2}]},
	    {"key": "methodology", "replace_cues": true, "cues": [{"kind": "whole", "text": "unsubscribe", "weight": 3}]}
	  ]}`
	tax, err := themes.TaxonomyRead(strings.NewReader(ext), "telecom.json")
	require.NoError(t, err)
	assert.Equal(t, "telecom", tax.Name())
	assert.Equal(t, []themes.Cause{themes.CauseProduct}, causeRankedKeys(tax.Score("There is a notspot upstairs")))
	assert.Equal(t, []themes.Cause{"billing"}, causeRankedKeys(tax.Score("They charged me twice")))
	// methodology's cues were replaced: STOP no longer fires.
	assert.Equal(t, []themes.Cause{themes.CauseNone}, causeRankedKeys(tax.Score("STOP")))
	assert.Equal(t, []themes.Cause{themes.CauseMethodology}, causeRankedKeys(tax.Score("Unsubscribe!")))
	// The base cues still work, the base texts are kept, none stays last.
	assert.Equal(t, []themes.Cause{themes.CauseService}, causeRankedKeys(tax.Score("rude staff")))
	def, ok := tax.Cause(themes.CauseProduct)
	require.True(t, ok)
	assert.Equal(t, "Product does not solve the core problem", def.Label)
	causes := tax.Causes()
	assert.Equal(t, themes.Cause("billing"), causes[len(causes)-2].Key)
	assert.Equal(t, themes.CauseNone, causes[len(causes)-1].Key)
	got, err := tax.Parse("billing")
	require.NoError(t, err)
	assert.Equal(t, themes.Cause("billing"), got)
	_, err = tax.Parse("shipping")
	assert.ErrorIs(t, err, themes.ErrCauseUnknown)
}

func TestTaxonomySpecEdit(t *testing.T) {
	spec := themes.TaxonomyDefault().Spec()
	require.NoError(t, spec.AddCues(themes.CauseProduct, themes.Cue{Kind: themes.CueWord, Text: "choppy", Weight: 2}))
	require.NoError(t, spec.ReplaceCues(themes.CauseTiming, themes.Cue{Kind: themes.CuePhrase, Text: "too soon", Weight: 1}))
	require.NoError(t, spec.AddCause(themes.CauseDef{Key: "security", Label: "Security worries",
		Cues: []themes.Cue{{Kind: themes.CueWord, Text: "hacked", Weight: 2}}}))
	assert.ErrorIs(t, spec.AddCause(themes.CauseDef{Key: "security", Label: "again"}), themes.ErrTaxonomyInvalid)
	assert.ErrorIs(t, spec.AddCues("shipping"), themes.ErrCauseUnknown)
	assert.ErrorIs(t, spec.ReplaceCues("shipping"), themes.ErrCauseUnknown)
	tax, err := themes.TaxonomyCompile(spec)
	require.NoError(t, err)
	assert.Equal(t, []themes.Cause{"security"}, causeRankedKeys(tax.Score("my account was hacked")))
	assert.Equal(t, []themes.Cause{themes.CauseProduct}, causeRankedKeys(tax.Score("the video is choppy")))
	assert.Equal(t, []themes.Cause{themes.CauseNone}, causeRankedKeys(tax.Score("too early to say")))
	// The default taxonomy is unchanged by edits to a copy of its spec.
	assert.Equal(t, []themes.Cause{themes.CauseTiming}, causeRankedKeys(themes.TaxonomyDefault().Score("too early to say")))

	spec.Causes[0].Cues[0].Kind = "regex"
	_, err = themes.TaxonomyCompile(spec)
	assert.ErrorIs(t, err, themes.ErrTaxonomyInvalid)
	assert.ErrorContains(t, err, `causes[0] ("service"): cues[0] regex`)
}

// TestTaxonomyRoundTrip: the JSON a taxonomy writes reads back to the same
// spec.
func TestTaxonomyRoundTrip(t *testing.T) {
	def := themes.TaxonomyDefault()
	data, err := json.Marshal(def)
	require.NoError(t, err)
	back, err := themes.TaxonomyRead(strings.NewReader(string(data)), "roundtrip.json")
	require.NoError(t, err)
	assert.Equal(t, def.Spec(), back.Spec())
	assert.InDelta(t, 1.0, back.Threshold(), 0)
}

// TestTaxonomyDefaultContents checks what the domain brief fixes: the seven
// causes plus none with their keys, a fix for each of the seven and the
// recovery horizons (medium: 90-180 days, +10 to +20; long: 180-365 days,
// +20 to +40).
func TestTaxonomyDefaultContents(t *testing.T) {
	causes := themes.TaxonomyDefault().Causes()
	var keys []themes.Cause
	for _, c := range causes {
		keys = append(keys, c.Key)
		if c.Key != themes.CauseNone {
			assert.NotEmpty(t, c.Fix, c.Key)
			assert.NotEmpty(t, c.Cues, c.Key)
		}
	}
	assert.Equal(t, themes.CauseBuiltins(), keys)
	want := map[themes.Cause]themes.RecoveryHorizon{
		themes.CauseService:      {Term: "long", MinDays: 180, MaxDays: 365, MinPoints: 20, MaxPoints: 40},
		themes.CauseProduct:      {Term: "medium", MinDays: 90, MaxDays: 180, MinPoints: 10, MaxPoints: 20},
		themes.CauseFeedbackLoop: {Term: "medium", MinDays: 90, MaxDays: 180, MinPoints: 10, MaxPoints: 20},
		themes.CauseMisalignment: {Term: "long", MinDays: 180, MaxDays: 365, MinPoints: 20, MaxPoints: 40},
		themes.CauseTiming:       {Term: "measurement"},
	}
	for _, c := range causes {
		if w, ok := want[c.Key]; ok {
			assert.Equal(t, w, c.Recovery, c.Key)
		}
	}
}
