package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

func mdThemes(b *strings.Builder, r *themes.Report) {
	t := r.Themes
	fmt.Fprintf(b, "\n## Themes\n\n%d themes (%s", len(t.Items), t.Source)
	if t.Note != "" {
		fmt.Fprintf(b, ": %s", t.Note)
	}
	b.WriteString(").")
	b.WriteString(" Impact: the overall NPS minus the NPS without the theme's mentioners (leave-one-out), with its interval; negative means the theme costs points.\n\n")
	tb := &table{header: []string{"theme", "top terms", "mentions", "share", "NPS of mentioners", "detractors reached", "impact [95% CI]", "main cause"}}
	for _, it := range t.Items {
		k := it.Link
		npsCell, imp := impactCell(&k)
		tb.add(it.Label, strings.Join(firstN(it.Terms, 4), ", "), fmt.Sprint(k.Mentions), pct(k.Share), npsCell,
			pct(k.DetractorReach), imp, string(it.Causes.DominantStated))
	}
	nt := t.NoTheme
	tb.add("(no theme)", "", fmt.Sprint(nt.Responses), pct(nt.Share), summaryNPS(nt.Summary), "", "", "")
	tb.markdown(b)
	var moves []string
	labels := themeLabels(r)
	for _, m := range t.Moves {
		switch {
		case m.Emerging:
			moves = append(moves, fmt.Sprintf("%s emerged in %s (%s of responses)", labels[m.Key], m.To, pct(m.ToShare)))
		case m.Direction == themes.LinkRising || m.Direction == themes.LinkFalling:
			moves = append(moves, fmt.Sprintf("%s is %s: %s in %s to %s in %s", labels[m.Key], m.Direction, pct(m.FromShare), m.From, pct(m.ToShare), m.To))
		}
	}
	if len(t.Moves) > 0 {
		if len(moves) == 0 {
			moves = []string{"no theme rose, fell or emerged significantly over the periods"}
		}
		fmt.Fprintf(b, "\nOver time: %s.\n", strings.Join(moves, "; "))
	}
}

// summaryNPS is a group's NPS, empty below the minimum sample (nil).
func summaryNPS(s *nps.Summary) string {
	if s == nil {
		return ""
	}
	return signed(s.NPS)
}

func firstN(s []string, n int) []string { return s[:min(n, len(s))] }

func mdCauses(b *strings.Builder, r *themes.Report) {
	b.WriteString("\n## Root causes\n\n")
	tb := &table{header: []string{"cause", "mentions", "share", "NPS of mentioners", "detractors reached", "impact [95% CI]", "recovery", "fix"}}
	for _, it := range r.Causes.Items {
		k := it.Link
		npsCell, imp := impactCell(&k)
		tb.add(it.Label, fmt.Sprint(k.Mentions), pct(k.Share), npsCell, pct(k.DetractorReach), imp, horizonText(it.Recovery), it.Fix)
	}
	nc := r.Causes.NoCause
	tb.add("(no cause stated)", fmt.Sprint(nc.Responses), pct(nc.Share), "", "", "", "", "")
	tb.markdown(b)
	labels := map[string]string{}
	for _, it := range r.Causes.Items {
		labels[string(it.Cause)] = it.Label
	}
	fmt.Fprintf(b, "\nDetractors' causes: %s.\n", alignmentText(r.Causes.Alignment, func(k string) string { return labels[k] }))
}

func mdSentiment(b *strings.Builder, a *analysis) {
	s := a.Report.Sentiment
	fmt.Fprintf(b, "\n## Sentiment\n\n%d comments, mean compound score %+.2f.\n\n", s.Comments, s.Mean)
	tb := &table{header: []string{"category", "comments", "mean", "negative", "neutral", "positive"}}
	tb.add("all", fmt.Sprint(s.Comments), fmt.Sprintf("%+.2f", s.Mean), fmt.Sprint(s.Negative), fmt.Sprint(s.Neutral), fmt.Sprint(s.Positive))
	for _, c := range s.ByCategory {
		tb.add(c.Category, fmt.Sprint(c.Comments), fmt.Sprintf("%+.2f", c.Mean), fmt.Sprint(c.Negative), fmt.Sprint(c.Neutral), fmt.Sprint(c.Positive))
	}
	tb.markdown(b)
	fmt.Fprintf(b, "\nComments that contradict their score: %d promoters wrote clearly negative comments, %d detractors clearly positive ones.\n",
		s.PromoterNegative, s.DetractorPositive)
	if len(s.PromoterNegativeExamples)+len(s.DetractorPositiveExamples) > 0 {
		b.WriteString("\n")
	}
	ev := newEvidence()
	for _, ex := range s.PromoterNegativeExamples {
		mdQuote(b, ex.Comment, ev.sentiment(ex.Comment, -1), fmt.Sprintf("%s, score %d, sentiment %+.2f", ex.ID, ex.Score, ex.Strength))
	}
	for _, ex := range s.DetractorPositiveExamples {
		mdQuote(b, ex.Comment, ev.sentiment(ex.Comment, 1), fmt.Sprintf("%s, score %d, sentiment %+.2f", ex.ID, ex.Score, ex.Strength))
	}
}

func mdAlignment(b *strings.Builder, r *themes.Report) {
	labels := themeLabels(r)
	fmt.Fprintf(b, "\n## Aligned or scattered\n\nDetractors' themes: %s.\n", alignmentText(r.Alignment, func(k string) string { return labels[k] }))
}

// alignmentText reads an alignment: the verdict and its figures.
func alignmentText(al themes.Alignment, label func(string) string) string {
	m := al.Measure
	if m == nil {
		return fmt.Sprintf("%s (%d of %d detractors give a reason)", al.Verdict, al.Explained, al.Detractors)
	}
	top := make([]string, len(m.Top))
	for i, k := range m.Top {
		top[i] = label(k)
	}
	return fmt.Sprintf("**%s**: %d of %d detractors give a reason; the top one (%s) reaches %s of them, the top %d (%s) %s; concentration index %.2f, as if spread evenly over %.1f",
		al.Verdict, al.Explained, al.Detractors, firstOr(top, "none"), pct(m.TopShare), len(top), strings.Join(top, ", "), pct(m.Top3Share), m.Index, m.EffectiveKeys)
}

func firstOr(s []string, def string) string {
	if len(s) == 0 {
		return def
	}
	return s[0]
}

func mdMetrics(b *strings.Builder, r *themes.Report) {
	if len(r.Metrics) == 0 {
		return
	}
	b.WriteString("\n## Operational metrics\n\nPercentiles, so that a cohort in pain does not hide in an average.\n\n")
	tb := &table{header: []string{"metric", "group", "n", "without", "P50", "P75", "P95"}}
	for _, m := range r.Metrics {
		tb.add(m.Metric, m.Group, fmt.Sprint(m.N), fmt.Sprint(m.Without), fmt.Sprintf("%g", m.P50), fmt.Sprintf("%g", m.P75), fmt.Sprintf("%g", m.P95))
	}
	tb.markdown(b)
}

func mdExamples(b *strings.Builder, a *analysis) {
	if !slices.ContainsFunc(a.Report.Themes.Items, func(t themes.ReportTheme) bool { return len(t.Examples) > 0 }) {
		return
	}
	b.WriteString("\n## Example comments\n\nIn bold: the theme's top terms and the root-cause cues found in the comment.\n\n")
	ev := newEvidence()
	for _, it := range a.Report.Themes.Items {
		if len(it.Examples) == 0 {
			continue
		}
		fmt.Fprintf(b, "### %s\n\n", it.Label)
		for _, ex := range it.Examples {
			mdQuote(b, ex.Comment, ev.theme(ex, it.Label, it.Terms), fmt.Sprintf("%s, score %d", ex.ID, ex.Score))
		}
	}
}
