package main

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/verbatim-go/verbatim/internal/report"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// htmlExampleThemes is how many themes the HTML report quotes examples
// of: the page is for reading, and the Markdown and JSON carry them all.
const htmlExampleThemes = 6

// writeReportHTML renders the analyze report as one self-contained HTML
// page (internal/report): no scripts, no external assets, charts as
// inline SVG. It is a pure function of the analysis, so two runs on the
// same input give the same bytes.
func writeReportHTML(w io.Writer, a *analysis) error {
	r := a.Report
	changes, err := htmlChanges(a)
	if err != nil {
		return err
	}
	doc := report.Document{
		Title:    "NPS report: " + a.Source,
		Subtitle: htmlSubtitle(a),
		Sections: []report.Section{
			htmlSummary(a),
			htmlTrend(r),
			changes,
			htmlThemes(r),
			htmlCauses(r),
			htmlSegments(r),
			htmlFindings(r),
			htmlPlan(r),
			htmlSentiment(r),
			htmlExamples(r),
		},
		Footer: settingsLine(r),
	}
	return doc.WriteHTML(w)
}

func htmlSubtitle(a *analysis) string {
	r := a.Report
	s := fmt.Sprintf("%d responses, %d with a comment", r.Responses, r.Commented)
	if t := r.Trend; t != nil && len(t.Points) > 0 {
		s += fmt.Sprintf(", %s to %s", t.Points[0].Label, t.Points[len(t.Points)-1].Label)
	}
	if a.Rejected > 0 {
		s += fmt.Sprintf("; %d rows rejected and not counted", a.Rejected)
	}
	return s
}

func htmlSummary(a *analysis) report.Section {
	r := a.Report
	s, d := r.Summary, r.Diagnosis
	stats := []report.Stat{
		{Label: "NPS", Value: signed(s.NPS), Note: fmt.Sprintf("%.0f%% CI %s to %s, n=%d", 100*s.Confidence, signed(s.Low), signed(s.High), s.N)},
		{Label: "Detractors", Value: pct(s.DetractorShare), Note: alertsNote(d.Alerts)},
		{Label: "Band", Value: d.Band.String(), Note: bandNote(r)},
	}
	if len(r.Changes) > 0 {
		c := r.Changes[0]
		stats = append(stats, report.Stat{Label: "Biggest drop", Value: minus(signed(c.Points)),
			Note: fmt.Sprintf("%s, %s to %s", c.Subject, c.From, c.To)})
	} else if r.Trend != nil {
		stats = append(stats, report.Stat{Label: "Trend", Value: r.Trend.Direction.String(), Note: "no significant drop"})
	}
	body := []template.HTML{report.Stats(stats...), report.Paragraph("Most urgent (every finding is ranked under Findings):")}
	for _, f := range r.Findings[:min(3, len(r.Findings))] {
		body = append(body, report.Paragraph(fmt.Sprintf("%d. %s", f.Rank, findingText(f))))
	}
	return report.Section{Heading: "Summary", Body: body}
}

func alertsNote(alerts []nps.DetractorAlert) string {
	if len(alerts) == 0 {
		return "below the 25% alert line"
	}
	names := make([]string, len(alerts))
	for i, a := range alerts {
		names[i] = a.String()
	}
	return strings.Join(names, ", ")
}

func bandNote(r *themes.Report) string {
	if bm := r.Diagnosis.Benchmark; bm != nil {
		return fmt.Sprintf("%s average %s: %s", bm.Benchmark.Name, signed(bm.Benchmark.Average), bm.Verdict)
	}
	if t := r.Plan.Target; t.Covered {
		return fmt.Sprintf("90-day target %s to %s", signed(t.Low), signed(t.High))
	}
	return r.Diagnosis.Action
}

// minus writes a minus sign instead of a hyphen for negative numbers.
func minus(s string) string { return strings.Replace(s, "-", "\u2212", 1) }

func htmlTrend(r *themes.Report) report.Section {
	sec := report.Section{Heading: "NPS trend"}
	if r.Trend == nil {
		sec.Body = []template.HTML{report.Paragraph("No response is dated, so there is no trend.")}
		return sec
	}
	chart := trendChart("NPS by "+r.Trend.Period.String(), "Overall NPS", *r.Trend)
	sec.Body = []template.HTML{report.Figure(chart, trendCaption(r))}
	return sec
}

func trendCaption(r *themes.Report) string {
	return fmt.Sprintf("Shaded band: %.0f%% confidence interval. A marked point fell %.0f points or more from the period before. Direction: %s.",
		100*r.Settings.Confidence, r.Settings.DropPoints, r.Trend.Direction)
}

func htmlThemes(r *themes.Report) report.Section {
	t := r.Themes
	intro := fmt.Sprintf("%d themes (%s). Impact: how many points the overall NPS would change without the theme's mentioners, with its %.0f%% interval; negative means the theme costs points.",
		len(t.Items), t.Source, 100*r.Settings.Confidence)
	if t.Note != "" {
		intro += " " + t.Note + "."
	}
	tb := report.Table{Columns: []report.Column{{Header: "Theme"}, {Header: "Top terms"}, {Header: "Mentions", Numeric: true},
		{Header: "NPS of mentioners", Numeric: true}, {Header: "Impact [95% CI]", Numeric: true}, {Header: "Main cause"}}}
	for _, it := range t.Items {
		k := it.Link
		npsCell, imp := impactCell(&k)
		tb.Rows = append(tb.Rows, []string{it.Label, strings.Join(firstN(it.Terms, 4), ", "), fmt.Sprint(k.Mentions), minus(npsCell), imp, string(it.Causes.DominantStated)})
	}
	return report.Section{Heading: "What drives the score", Intro: intro, Body: []template.HTML{
		report.Figure(themeImpactChart(r), "Bars: impact in NPS points; whiskers: its interval. Themes with too few mentioners show n/a."),
		report.Figure(detractorShareChart(r), "Share of each theme's mentioners who are detractors. Dashed lines: 25% (act now) and 30% (a quality problem)."),
		tb.HTML(),
	}}
}

func htmlCauses(r *themes.Report) report.Section {
	tb := report.Table{Columns: []report.Column{{Header: "Root cause"}, {Header: "Mentions", Numeric: true}, {Header: "NPS of mentioners", Numeric: true},
		{Header: "Impact [95% CI]", Numeric: true}, {Header: "Recovery"}, {Header: "Fix"}}}
	for _, it := range r.Causes.Items {
		k := it.Link
		npsCell, imp := impactCell(&k)
		tb.Rows = append(tb.Rows, []string{it.Label, fmt.Sprint(k.Mentions), npsCell, imp, horizonText(it.Recovery), it.Fix})
	}
	labels := map[string]string{}
	for _, it := range r.Causes.Items {
		labels[string(it.Cause)] = it.Label
	}
	align := strings.ReplaceAll(alignmentText(r.Causes.Alignment, func(k string) string { return labels[k] }), "**", "")
	return report.Section{Heading: "Root causes", Intro: "Why customers gave their score, from the cues of the root-cause taxonomy in each comment.",
		Body: []template.HTML{
			report.Figure(causeImpactChart(r), ""),
			report.Figure(causeMixChart(r), "The root causes stated in each theme's comments; \"none\" is praise or no reason given."),
			tb.HTML(),
			report.Paragraph("Detractors' causes: " + align + "."),
		}}
}

func htmlSegments(r *themes.Report) report.Section {
	sec := report.Section{Heading: "Segments", Intro: "NPS per segment value with its interval, and whether it differs significantly from the rest."}
	if len(r.Segments) == 0 {
		sec.Body = []template.HTML{report.Paragraph("No segment columns were analysed (-segments or -by).")}
		return sec
	}
	for _, bd := range r.Segments {
		tb := report.Table{Caption: "NPS by " + bd.By, Columns: []report.Column{{Header: bd.By}, {Header: "Responses", Numeric: true},
			{Header: "NPS", Numeric: true}, {Header: "95% interval", Numeric: true}, {Header: "Detractors", Numeric: true}, {Header: "vs rest"}, {Header: "Band"}}}
		for _, g := range bd.Groups {
			s := g.Summary
			tb.Rows = append(tb.Rows, []string{g.Key, fmt.Sprint(s.N), minus(signed(s.NPS)), minus(signed(s.Low)) + " to " + minus(signed(s.High)),
				pct(s.DetractorShare), g.Position.String(), g.Band.String()})
		}
		sec.Body = append(sec.Body, tb.HTML())
	}
	sec.Body = append(sec.Body, report.Figure(segmentMixChart(r), ""))
	return sec
}

func htmlFindings(r *themes.Report) report.Section {
	tb := report.Table{Columns: []report.Column{{Header: "#", Numeric: true}, {Header: "Severity"}, {Header: "Finding"}, {Header: "Points at stake", Numeric: true}}}
	for _, f := range r.Findings {
		cost := ""
		if f.Cost > 0 {
			cost = fmt.Sprintf("%.1f", f.Cost)
		}
		tb.Rows = append(tb.Rows, []string{fmt.Sprint(f.Rank), f.Severity.String(), findingText(f), cost})
	}
	return report.Section{Heading: "Findings", Intro: "Most urgent first, then by the points of the overall score at stake.", Body: []template.HTML{tb.HTML()}}
}

func htmlPlan(r *themes.Report) report.Section {
	p := r.Plan
	sec := report.Section{Heading: "90-day action plan", Intro: fmt.Sprintf("From %s (%s): %s.", signed(p.Start), p.Band, targetText(p.Target))}
	for _, ph := range p.Phases {
		tb := report.Table{Caption: fmt.Sprintf("Days %d-%d: %s. Goal: %s.", ph.FromDay, ph.ToDay, ph.Name, ph.Goal),
			Columns: []report.Column{{Header: "Action"}, {Header: "Points at stake", Numeric: true}, {Header: "Responses", Numeric: true}, {Header: "Fix"}}}
		for _, act := range ph.Actions {
			cost, n := "", ""
			if act.Cost > 0 {
				cost = fmt.Sprintf("%.1f", act.Cost)
			}
			if act.Responses > 0 {
				n = fmt.Sprint(act.Responses)
			}
			fix := act.Fix
			if act.Horizon != nil {
				fix = strings.TrimPrefix(fix+" ("+horizonText(*act.Horizon)+")", " ")
			}
			tb.Rows = append(tb.Rows, []string{act.Title, cost, n, fix})
		}
		if len(ph.Actions) == 0 {
			tb.Rows = [][]string{{"nothing costly enough to act on in this phase"}}
		}
		sec.Body = append(sec.Body, tb.HTML())
	}
	return sec
}
