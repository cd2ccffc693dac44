package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-go/verbatim/internal/report"
	"github.com/verbatim-go/verbatim/themes"
)

func TestTermSpans(t *testing.T) {
	// Offsets counted by hand in each comment.
	tests := []struct {
		name    string
		comment string
		terms   []string
		want    [][2]int
	}{
		{"phrase across case and punctuation", "He Explained my BILL, twice", []string{"explained my bill"}, [][2]int{{3, 20}}},
		{"whole words only", "billing and bills", []string{"bill"}, nil},
		{"every occurrence", "bill, bill", []string{"bill"}, [][2]int{{0, 4}, {6, 10}}},
		{"phrase broken by a word", "explained the bill", []string{"explained bill"}, nil},
		{"blank term", "anything", []string{"  "}, nil},
		{"non-ASCII before the match", "très bon bill", []string{"bill"}, [][2]int{{10, 14}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][2]int
			for _, s := range termSpans(tc.comment, tc.terms, "theme: x") {
				assert.Equal(t, "theme: x", s.Label)
				got = append(got, [2]int{s.Start, s.End})
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestMergedSpans(t *testing.T) {
	text := "0123456789"
	tests := []struct {
		name  string
		spans []report.Span
		want  []report.Span
	}{
		{"sorted and merged when overlapping", []report.Span{{Start: 5, End: 8}, {Start: 1, End: 3}, {Start: 2, End: 4}},
			[]report.Span{{Start: 1, End: 4}, {Start: 5, End: 8}}},
		{"touching spans merge", []report.Span{{Start: 0, End: 2}, {Start: 2, End: 3}}, []report.Span{{Start: 0, End: 3}}},
		{"outside or empty dropped", []report.Span{{Start: -1, End: 2}, {Start: 8, End: 11}, {Start: 4, End: 4}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mergedSpans(text, tc.spans))
		})
	}
}

func TestMarkdownQuote(t *testing.T) {
	var b strings.Builder
	comment := "I *waited* three days_"
	// "waited" is bytes 3-9 of the comment (after "I *").
	mdQuote(&b, comment, []report.Span{{Start: 3, End: 9}}, "r1, score 2")
	assert.Equal(t, "> I \\***waited**\\* three days\\_\n>\n> — r1, score 2\n\n", b.String())
}

func TestEvidenceOfThemeExample(t *testing.T) {
	ev := newEvidence()
	ex := themes.ReportExample{ID: "1", Score: 2, Comment: "I waited three days for a response and my bill was wrong"}
	spans := ev.theme(ex, "billing", []string{"bill"})
	var labels []string
	for _, s := range spans {
		labels = append(labels, s.Label+"="+ex.Comment[s.Start:s.End])
	}
	// The theme term, and the default taxonomy's service cue for waiting.
	assert.Contains(t, labels, "theme: billing=bill")
	assert.Contains(t, labels[len(labels)-1], "cause: service=")
}
