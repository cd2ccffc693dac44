package main

import (
	"cmp"
	"slices"
	"strings"

	"github.com/verbatim-go/verbatim/internal/report"
	"github.com/verbatim-go/verbatim/internal/token"
	"github.com/verbatim-go/verbatim/sentiment"
	"github.com/verbatim-go/verbatim/themes"
)

// evidence finds the words of an example comment to highlight, as byte
// ranges of the comment: the theme's top terms where the comment uses
// them, and the cues of the root causes the comment is ranked under
// (the same default taxonomy Analyze uses), or, for comments quoted for
// their sentiment, the words that moved the sentiment score.
type evidence struct {
	tax  *themes.Taxonomy
	sent *sentiment.Analyzer
}

// evidenceTerms is how many of a theme's top terms are marked: enough to
// show why a comment belongs to the theme without marking every word.
const evidenceTerms = 8

func newEvidence() *evidence {
	return &evidence{tax: themes.TaxonomyDefault(), sent: sentiment.New()}
}

// theme returns the spans of a theme example: term matches labelled
// "theme: LABEL", cause cues labelled with the cause's key.
func (ev *evidence) theme(ex themes.ReportExample, label string, terms []string) []report.Span {
	spans := termSpans(ex.Comment, terms[:min(len(terms), evidenceTerms)], "theme: "+label)
	res := ev.tax.Score(ex.Comment, themes.CauseWithScore(ex.Score))
	for _, x := range res.Evidence {
		if x.Negated || x.Weight <= 0 || !res.Has(x.Cause) {
			continue
		}
		spans = append(spans, report.Span{Start: x.Start, End: x.End, Label: "cause: " + string(x.Cause)})
	}
	return spans
}

// sentiment returns the words that pulled the score in direction sign
// (negative below 0, positive above).
func (ev *evidence) sentiment(comment string, sign float64) []report.Span {
	var spans []report.Span
	for _, x := range ev.sent.Analyze(comment).Evidence {
		if x.Contribution*sign <= 0 {
			continue
		}
		label := "positive"
		if sign < 0 {
			label = "negative"
		}
		spans = append(spans, report.Span{Start: x.Start, End: x.End, Label: label})
	}
	return spans
}

// termSpans finds each term (one or more words) in the comment as a run of
// whole words, ignoring case: "explained my bill" matches "Explained my
// BILL," but not "billing".
func termSpans(comment string, terms []string, label string) []report.Span {
	var words []token.Token
	for _, t := range token.Tokenize(comment) {
		if t.Kind != token.Punct {
			words = append(words, t)
		}
	}
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = token.Lower(w.Text)
	}
	var spans []report.Span
	for _, term := range terms {
		parts := strings.Fields(token.Lower(term))
		if len(parts) == 0 {
			continue
		}
		for i := 0; i+len(parts) <= len(lower); i++ {
			if slices.Equal(lower[i:i+len(parts)], parts) {
				spans = append(spans, report.Span{Start: words[i].Start, End: words[i+len(parts)-1].End, Label: label})
			}
		}
	}
	return spans
}

// mergedSpans sorts the spans and merges those that overlap or touch, for
// the Markdown renderer, which cannot nest emphasis; spans outside the
// comment are dropped.
func mergedSpans(comment string, spans []report.Span) []report.Span {
	in := make([]report.Span, 0, len(spans))
	for _, s := range spans {
		if s.Start >= 0 && s.End <= len(comment) && s.Start < s.End {
			in = append(in, s)
		}
	}
	slices.SortFunc(in, func(a, b report.Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	var out []report.Span
	for _, s := range in {
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}
