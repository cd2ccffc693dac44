package main

import (
	"cmp"
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/verbatim-go/verbatim/internal/report"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// htmlChanges shows every significant drop: its test, the trend of the
// segment value that dropped (recomputed from the responses with the
// report's settings) and what each theme contributed.
func htmlChanges(a *analysis) (report.Section, error) {
	r := a.Report
	sec := report.Section{Heading: "What changed"}
	switch {
	case r.Trend == nil:
		sec.Body = []template.HTML{report.Paragraph("No response is dated, so there is no trend to search for drops.")}
		return sec, nil
	case len(r.Changes) == 0:
		sec.Body = []template.HTML{report.Paragraph(fmt.Sprintf("No significant drop between consecutive %ss, overall or in any segment value.", r.Settings.Period))}
		return sec, nil
	}
	sec.Intro = "The biggest significant drop of each scope between consecutive periods, and the themes behind it."
	labels := themeLabels(r)
	for _, c := range r.Changes {
		sec.Body = append(sec.Body, report.Paragraph(c.Subject+", "+c.From+" to "+c.To+": "+strings.ReplaceAll(changeText(c), "**", "")))
		if c.Column != "" {
			t, err := segmentTrend(a, c)
			if err != nil {
				return sec, err
			}
			sec.Body = append(sec.Body, report.Figure(trendChart("NPS of "+c.Subject+" by "+t.Period.String(), "NPS of "+c.Subject, t), ""))
		}
		if !c.Themes.Insufficient {
			sec.Body = append(sec.Body, report.Figure(shiftChart(c, labels),
				fmt.Sprintf("Themes explain %s points of the change; %s remain unexplained.", signed(c.Themes.Explained), signed(c.Themes.Residual))))
		}
	}
	return sec, nil
}

// segmentTrend is the trend of the responses of one segment value, with
// the report's period, time zone and statistical settings.
func segmentTrend(a *analysis, c themes.ReportChange) (nps.Trend, error) {
	st := a.Report.Settings
	loc, err := time.LoadLocation(st.Location)
	if err != nil {
		return nps.Trend{}, fmt.Errorf("report time zone %q: %w", st.Location, err)
	}
	missing := c.Value == nps.MissingKey
	var sub []nps.Response
	for _, resp := range a.responses {
		v, ok := resp.Segments[c.Column]
		if missing && (!ok || v == "") || !missing && ok && v == c.Value {
			sub = append(sub, resp)
		}
	}
	return nps.TrendBy(sub, st.Period, loc, nps.WithMinSample(st.MinSample), nps.WithConfidence(st.Confidence), nps.WithDropPoints(st.DropPoints))
}

func htmlSentiment(r *themes.Report) report.Section {
	s := r.Sentiment
	ev := newEvidence()
	body := []template.HTML{report.Figure(sentimentChart(s), ""),
		report.Paragraph(fmt.Sprintf("Comments that contradict their score: %d promoters wrote clearly negative comments and %d detractors clearly positive ones. Read them before acting on their scores; many point at a misread scale.",
			s.PromoterNegative, s.DetractorPositive))}
	var qs []report.Quote
	for _, ex := range s.PromoterNegativeExamples {
		qs = append(qs, report.Quote{Text: ex.Comment, Spans: ev.sentiment(ex.Comment, -1), Meta: exampleMeta(ex, "promoter", fmt.Sprintf("sentiment %+.2f", ex.Strength))})
	}
	for _, ex := range s.DetractorPositiveExamples {
		qs = append(qs, report.Quote{Text: ex.Comment, Spans: ev.sentiment(ex.Comment, 1), Meta: exampleMeta(ex, "detractor", fmt.Sprintf("sentiment %+.2f", ex.Strength))})
	}
	if len(qs) > 0 {
		body = append(body, report.Quotes(qs...))
	}
	return report.Section{Heading: "Sentiment", Body: body}
}

func exampleMeta(ex themes.ReportExample, category, extra string) []string {
	meta := []string{ex.ID, fmt.Sprintf("score %d", ex.Score), category}
	if extra != "" {
		meta = append(meta, extra)
	}
	return meta
}

// htmlExamples quotes the themes that move the score most, costly or
// lifting, with the theme's terms and the cause cues highlighted.
func htmlExamples(r *themes.Report) report.Section {
	items := slices.Clone(r.Themes.Items)
	size := func(it themes.ReportTheme) float64 {
		if it.Link.Impact == nil {
			return -1
		}
		return math.Abs(it.Link.Impact.Points)
	}
	slices.SortStableFunc(items, func(a, b themes.ReportTheme) int { return cmp.Compare(size(b), size(a)) })
	ev := newEvidence()
	var body []template.HTML
	for _, it := range items[:min(htmlExampleThemes, len(items))] {
		if len(it.Examples) == 0 {
			continue
		}
		imp := "impact n/a"
		if im := it.Link.Impact; im != nil {
			imp = fmt.Sprintf("impact %s points", minus(signed(im.Points)))
		}
		body = append(body, template.HTML("<h3>"+template.HTMLEscapeString(it.Label)+" <small>("+imp+")</small></h3>\n"))
		var qs []report.Quote
		for _, ex := range it.Examples {
			qs = append(qs, report.Quote{Text: ex.Comment, Spans: ev.theme(ex, it.Label, it.Terms), Meta: exampleMeta(ex, scoreCategory(ex.Score), "")})
		}
		body = append(body, report.Quotes(qs...))
	}
	if len(body) == 0 {
		body = []template.HTML{report.Paragraph("No theme has example comments.")}
	}
	return report.Section{Heading: "What customers say",
		Intro: fmt.Sprintf("Representative comments of the %d themes that move the score most. Marked: the theme's top terms and the root-cause cues found in the comment (hover for which).", min(htmlExampleThemes, len(items))),
		Body:  body}
}

// scoreCategory names the NPS category of a report example's score, which
// Analyze has already validated.
func scoreCategory(score int) string {
	c, err := nps.Categorize(score)
	if err != nil {
		return ""
	}
	return c.String()
}
