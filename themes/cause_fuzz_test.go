package themes_test

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/verbatim-go/verbatim/themes"
)

// FuzzCauseScore: scoring never panics, the evidence offsets are valid
// slice bounds of the comment and name its text, and a result always has
// a ranked cause.
func FuzzCauseScore(f *testing.F) {
	for _, s := range []string{
		"", "STOP", "10", "No problems but the engineer didn't turn up",
		"sales said yes ... support said no", "don\uFFFDt", "\xff\xfe not yet",
		"I waited 3 days, still not fixed!!! :(", "On hold. On hold. On hold.",
	} {
		f.Add(s, 5)
	}
	tax := themes.TaxonomyDefault()
	f.Fuzz(func(t *testing.T, comment string, score int) {
		r := tax.Score(comment, themes.CauseWithScore(score))
		if len(r.Ranked) == 0 {
			t.Fatal("no ranked cause")
		}
		for _, e := range r.Evidence {
			if e.Start < 0 || e.End > len(comment) || e.Start > e.End {
				t.Fatalf("evidence %d:%d out of 0:%d", e.Start, e.End, len(comment))
			}
			if comment[e.Start:e.End] != e.Text {
				t.Fatalf("evidence text %q is not comment[%d:%d]", e.Text, e.Start, e.End)
			}
			if utf8.ValidString(comment) && !utf8.ValidString(e.Text) {
				t.Fatalf("evidence %q splits a character", e.Text)
			}
		}
	})
}

// FuzzTaxonomyRead: any input gives a taxonomy or an error, never a panic.
func FuzzTaxonomyRead(f *testing.F) {
	f.Add([]byte(`{"format": "verbatim-taxonomy", "version": 1, "causes": [{"key": "a", "label": "A", "cues": [{"kind": "pattern", "text": "x ... y|#|~neg", "weight": 1}]}]}`))
	f.Add([]byte(`{"format": "verbatim-taxonomy", "version": 1, "extends": "default", "causes": []}`))
	f.Add([]byte(`{"format": "verbatim-taxonomy", "version": 1, "causes": [{"key": "a", "label": "A", "cues": [{"kind": "whole", "text": "...", "weight": 1}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tax, err := themes.TaxonomyRead(bytes.NewReader(data), "fuzz.json")
		if err == nil {
			tax.Score("still not fixed, on hold for ages but no problems")
		}
	})
}
