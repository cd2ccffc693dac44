package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-go/verbatim/internal/report"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// writeReportMarkdown renders the analyze report for people, in the order
// they act on it: the headline, the findings ranked by urgency and cost,
// the action plan, what changed, then the evidence (themes, causes,
// segments, trend, sentiment, alignment, metrics) and example comments
// with their evidence in bold.
func writeReportMarkdown(w io.Writer, a *analysis) error {
	var b strings.Builder
	r := a.Report
	mdHeadline(&b, a)
	b.WriteString("\n## Findings\n\n")
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "%d. **%s**: %s\n", f.Rank, f.Severity, findingText(f))
	}
	mdPlan(&b, r)
	mdChanges(&b, a)
	mdThemes(&b, r)
	mdCauses(&b, r)
	for _, bd := range r.Segments {
		fmt.Fprintf(&b, "\n## By %s\n\n", bd.By)
		groupTable(bd).markdown(&b)
	}
	if r.Trend != nil {
		fmt.Fprintf(&b, "\n## Trend by %s\n\n", r.Trend.Period)
		trendTable(*r.Trend).markdown(&b)
		fmt.Fprintf(&b, "\nDirection: %s.", r.Trend.Direction)
		if len(r.Trend.Drops) > 0 {
			fmt.Fprintf(&b, " Drops of %.0f+ points: %s.", r.Settings.DropPoints, strings.Join(r.Trend.Drops, ", "))
		}
		b.WriteString("\n")
	}
	mdSentiment(&b, a)
	mdAlignment(&b, r)
	mdMetrics(&b, r)
	mdExamples(&b, a)
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n\n---\n"+settingsLine(r)+"\n")
	return err
}

// findingText is a finding's message, prefixed with its subject when the
// message does not name it (the diagnosis's findings).
func findingText(f themes.ReportFinding) string {
	if f.Kind == themes.FindingDiagnosis && f.Subject != "overall" {
		return f.Subject + ": " + f.Message
	}
	return f.Message
}

func mdHeadline(b *strings.Builder, a *analysis) {
	r := a.Report
	s, d := r.Summary, r.Diagnosis
	fmt.Fprintf(b, "# NPS report: %s\n\n", a.Source)
	fmt.Fprintf(b, "**NPS %s** (%.0f%% CI %s to %s) from %d responses, %d with a comment: %s promoters, %s passives, %s detractors.\n\n",
		signed(s.NPS), 100*s.Confidence, signed(s.Low), signed(s.High), r.Responses, r.Commented,
		pct(s.PromoterShare), pct(s.PassiveShare), pct(s.DetractorShare))
	if a.Rejected > 0 {
		fmt.Fprintf(b, "%d rows were rejected and are not counted (listed on standard error).\n\n", a.Rejected)
	}
	fmt.Fprintf(b, "Band: **%s**: %s.", d.Band, d.Action)
	if bm := d.Benchmark; bm != nil {
		fmt.Fprintf(b, " Benchmark: %s average %s, gap %s: %s.", bm.Benchmark.Name, signed(bm.Benchmark.Average), signed(bm.Gap), bm.Verdict)
	}
	if len(d.Alerts) > 0 {
		alerts := make([]string, len(d.Alerts))
		for i, al := range d.Alerts {
			alerts[i] = fmt.Sprint(al)
		}
		fmt.Fprintf(b, " Detractor alerts: %s.", strings.Join(alerts, ", "))
	}
	b.WriteString("\n")
}

func mdPlan(b *strings.Builder, r *themes.Report) {
	p := r.Plan
	b.WriteString("\n## 90-day action plan\n\n")
	fmt.Fprintf(b, "From %s (%s): %s.\n", signed(p.Start), p.Band, targetText(p.Target))
	for _, ph := range p.Phases {
		fmt.Fprintf(b, "\n### Days %d-%d: %s\n\nGoal: %s.\n\n", ph.FromDay, ph.ToDay, ph.Name, ph.Goal)
		if len(ph.Actions) == 0 {
			b.WriteString("- nothing costly enough to act on in this phase\n")
		}
		for _, act := range ph.Actions {
			fmt.Fprintf(b, "- %s%s\n", act.Title, actionFacts(act))
		}
	}
}

// targetText states the 90-day target, or why there is none.
func targetText(t nps.RecoveryTarget) string {
	if !t.Covered {
		return "no 90-day target in the recovery table for this score; " + t.Focus
	}
	return fmt.Sprintf("90-day target %s to %s through %s", signed(t.Low), signed(t.High), t.Focus)
}

// actionFacts are an action's figures and fix, after its title.
func actionFacts(a themes.Action) string {
	var parts []string
	if a.Cost > 0 {
		parts = append(parts, fmt.Sprintf("costs %.1f points", a.Cost))
	}
	if a.Responses > 0 {
		parts = append(parts, fmt.Sprintf("%d responses", a.Responses))
	}
	if h := a.Horizon; h != nil {
		parts = append(parts, horizonText(*h))
	}
	s := ""
	if len(parts) > 0 {
		s = " (" + strings.Join(parts, ", ") + ")"
	}
	if a.Fix != "" {
		s += ". Fix: " + a.Fix
	}
	return s
}

func horizonText(h themes.RecoveryHorizon) string {
	if h.MaxDays == 0 && h.MaxPoints == 0 {
		return "fixes the measurement, not the experience"
	}
	return fmt.Sprintf("%s term: +%d to +%d points in %d-%d days", h.Term, h.MinPoints, h.MaxPoints, h.MinDays, h.MaxDays)
}

func mdChanges(b *strings.Builder, a *analysis) {
	r := a.Report
	b.WriteString("\n## What changed\n\n")
	if r.Trend == nil {
		b.WriteString("No response is dated, so there is no trend to search for drops.\n")
		return
	}
	if len(r.Changes) == 0 {
		fmt.Fprintf(b, "No significant drop between consecutive %ss, overall or in any segment value.\n", r.Settings.Period)
		return
	}
	labels := themeLabels(r)
	for _, c := range r.Changes {
		fmt.Fprintf(b, "### %s: %s to %s\n\n%s\n\n", c.Subject, c.From, c.To, changeText(c))
		if c.Themes.Insufficient {
			fmt.Fprintf(b, "Too few responses to attribute the change to themes: %s.\n\n", c.Themes.Reason)
			continue
		}
		changeShiftTable(c.Themes, labels).markdown(b)
		fmt.Fprintf(b, "\nThemes explain %s points, %s remain unexplained (mix: a theme's share moved; rate: its mentioners' score moved).\n",
			signed(c.Themes.Explained), signed(c.Themes.Residual))
	}
}

// changeText states a drop with its test and cost.
func changeText(c themes.ReportChange) string {
	before, after := c.Themes.Before, c.Themes.After
	s := fmt.Sprintf("NPS %s (n=%d) to %s (n=%d): **%s points**", signed(before.NPS), before.N, signed(after.NPS), after.N, signed(c.Points))
	if d := c.Change.Difference; d != nil {
		s += fmt.Sprintf(" (%.0f%% CI %s to %s, %s", 100*d.Confidence, signed(d.Low), signed(d.High), pText("p", d.PValue))
		if c.Tests > 1 {
			s += fmt.Sprintf("; %s over the %d comparisons searched", pText("adjusted p", c.AdjustedP), c.Tests)
		}
		s += ")"
	}
	if c.Column != "" {
		s += fmt.Sprintf(". The segment is %s of %s's responses: the drop cost the overall score %.1f points", pct(c.Share), c.To, c.Cost)
	}
	return s + "."
}

func pText(name string, p float64) string {
	if p < 0.001 {
		return name + " < 0.001"
	}
	return fmt.Sprintf("%s = %.3f", name, p)
}

// changeShiftTable lists the rows of a change's attribution to themes.
func changeShiftTable(s themes.Shift, labels map[string]string) *table {
	t := &table{header: []string{"theme", "share before", "share after", "NPS before", "NPS after", "mix", "rate", "total"}}
	opt := func(p *float64) string {
		if p == nil {
			return "n/a"
		}
		return signed(*p)
	}
	for _, row := range s.Rows {
		t.add(shiftLabel(row, labels), pct(row.ShareBefore), pct(row.ShareAfter), opt(row.NPSBefore), opt(row.NPSAfter),
			signed(row.Mix), signed(row.Rate), signed(row.Total))
	}
	return t
}

func shiftLabel(row themes.ShiftRow, labels map[string]string) string {
	switch {
	case row.NoMention:
		return "no theme"
	case len(row.Pooled) > 0:
		return fmt.Sprintf("%d smaller themes pooled", len(row.Pooled))
	}
	if l, ok := labels[row.Key]; ok {
		return l
	}
	return row.Key
}

// themeLabels maps theme keys to their labels.
func themeLabels(r *themes.Report) map[string]string {
	m := make(map[string]string, len(r.Themes.Items))
	for _, t := range r.Themes.Items {
		m[t.Key] = t.Label
	}
	return m
}

// mdQuote writes a comment as a block quote with its evidence in bold and
// Markdown's special characters escaped.
func mdQuote(b *strings.Builder, comment string, spans []report.Span, meta string) {
	at := 0
	b.WriteString("> ")
	for _, s := range mergedSpans(comment, spans) {
		b.WriteString(mdEscape(comment[at:s.Start]))
		b.WriteString("**" + strings.TrimSpace(mdEscape(comment[s.Start:s.End])) + "**")
		at = s.End
	}
	b.WriteString(mdEscape(comment[at:]))
	fmt.Fprintf(b, "\n>\n> — %s\n\n", meta)
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "\r\n", " ", "\n", " ", "\r", " ")

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// settingsLine records how the report was made, for reproducing it.
func settingsLine(r *themes.Report) string {
	st := r.Settings
	k := "themes " + r.Themes.Source
	switch {
	case r.Themes.Source != themes.ReportSourceDiscovered:
	case st.K > 0:
		k += fmt.Sprintf(" (k=%d)", st.K)
	default:
		k += " (k chosen automatically)"
	}
	return fmt.Sprintf("Made by verbatim (report version %d): seed %d, %s, language %s, periods by %s in %s, minimum sample %d, %.0f%% intervals, drops of %.0f+ points flagged, taxonomy %s.",
		r.Version, st.Seed, k, st.Language, st.Period, st.Location, st.MinSample, 100*st.Confidence, st.DropPoints, st.Taxonomy)
}
