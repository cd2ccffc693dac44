package main

import (
	"fmt"
	"math"

	"github.com/verbatim-go/verbatim/internal/report"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// trendChart draws a trend with its confidence band; periods without
// responses are gaps, and falls of the drop threshold or more are flagged.
func trendChart(title, what string, t nps.Trend) report.LineChart {
	c := report.LineChart{Title: title, YLabel: "NPS",
		Desc: fmt.Sprintf("%s per %s with its confidence band.", what, t.Period)}
	for _, p := range t.Points {
		lp := report.LinePoint{Label: p.Label, Value: math.NaN(), Lo: math.NaN(), Hi: math.NaN()}
		if p.Summary.N > 0 {
			lp.Value, lp.Lo, lp.Hi = p.Summary.NPS, p.Summary.Low, p.Summary.High
		}
		if ch := p.Change; ch != nil && ch.Drop {
			lp.Flag = fmt.Sprintf("%s vs %s", minus(fmt.Sprintf("%+.1f", ch.Points)), ch.From)
		}
		c.Points = append(c.Points, lp)
	}
	return c
}

// impactRow is a LinkKey's impact as a chart row; n/a without one.
func impactRow(label string, k themes.LinkKey) report.ImpactRow {
	row := report.ImpactRow{Label: label, Value: math.NaN(), Lo: math.NaN(), Hi: math.NaN()}
	if im := k.Impact; im != nil {
		row.Value, row.Lo, row.Hi = im.Points, im.Low, im.High
	}
	return row
}

func themeImpactChart(r *themes.Report) report.ImpactChart {
	c := report.ImpactChart{Title: "Theme impact on NPS", Unit: "NPS points",
		Desc: "Points each theme adds to or takes from the overall NPS, with intervals, most costly first."}
	for _, it := range r.Themes.Items {
		c.Rows = append(c.Rows, impactRow(it.Label, it.Link))
	}
	return c
}

func causeImpactChart(r *themes.Report) report.ImpactChart {
	c := report.ImpactChart{Title: "Root-cause impact on NPS", Unit: "NPS points",
		Desc: "Points each root cause takes from the overall NPS, with intervals, most costly first."}
	for _, it := range r.Causes.Items {
		c.Rows = append(c.Rows, impactRow(it.Label, it.Link))
	}
	return c
}

// detractorShareChart shows, per theme, the share of its mentioners who
// are detractors, against the domain's 25% and 30% alert lines.
func detractorShareChart(r *themes.Report) report.ShareChart {
	c := report.ShareChart{Title: "Detractor share by theme", Unit: "share of the theme's mentioners who are detractors",
		Desc: "Share of each theme's mentioners who are detractors.",
		Refs: []report.RefLine{{Value: 0.25, Label: "25% act now"}, {Value: 0.30, Label: "30% quality problem"}}}
	for _, it := range r.Themes.Items {
		row := report.ShareRow{Label: it.Label, Share: math.NaN(), Note: fmt.Sprintf("n=%d", it.Link.Mentions)}
		if m := it.Link.Mentioners; m != nil {
			row.Share = m.DetractorShare
		}
		c.Rows = append(c.Rows, row)
	}
	return c
}

// causeMixChart stacks the root causes of each theme's comments.
func causeMixChart(r *themes.Report) report.StackChart {
	c := report.StackChart{Title: "Root causes within each theme", Desc: "Share of each theme's comments by stated root cause."}
	labels := map[themes.Cause]string{themes.CauseNone: "none"}
	for _, it := range r.Causes.Items {
		labels[it.Cause] = it.Label
	}
	for i, it := range r.Themes.Items {
		row := report.StackRow{Label: it.Label, Note: fmt.Sprintf("n=%d", it.Causes.Members)}
		for _, sh := range it.Causes.Shares {
			if i == 0 {
				c.Categories = append(c.Categories, causeCategory(sh.Cause, labels))
			}
			row.Values = append(row.Values, sh.Share)
		}
		c.Rows = append(c.Rows, row)
	}
	return c
}

// causeCategory names a cause in a legend; none is grey, so that the
// stated causes stand out.
func causeCategory(c themes.Cause, labels map[themes.Cause]string) report.Category {
	name, ok := labels[c]
	if !ok {
		name = string(c)
	}
	if c == themes.CauseNone {
		return report.Category{Name: "none stated", Colour: "#D0D7DE"}
	}
	return report.Category{Name: name}
}

// segmentMixChart stacks promoters, passives and detractors for every
// segment value.
func segmentMixChart(r *themes.Report) report.StackChart {
	c := report.StackChart{Title: "Promoters, passives and detractors by segment", Categories: report.NPSCategories(),
		Desc: "Response mix per segment value."}
	for _, bd := range r.Segments {
		for _, g := range bd.Groups {
			s := g.Summary
			c.Rows = append(c.Rows, report.StackRow{Label: bd.By + "=" + g.Key,
				Values: []float64{float64(s.Promoters), float64(s.Passives), float64(s.Detractors)}, Note: fmt.Sprintf("n=%d", s.N)})
		}
	}
	return c
}

// sentimentChart stacks negative, neutral and positive comments per NPS
// category.
func sentimentChart(s themes.ReportSentiment) report.StackChart {
	c := report.StackChart{Title: "Sentiment of the comments by NPS category", Desc: "Negative, neutral and positive comments per category.",
		Categories: []report.Category{{Name: "Negative", Colour: "#D55E00"}, {Name: "Neutral", Colour: "#B8C0C8"}, {Name: "Positive", Colour: "#009E73"}}}
	row := func(label string, g themes.ReportSentimentGroup) report.StackRow {
		return report.StackRow{Label: label, Values: []float64{float64(g.Negative), float64(g.Neutral), float64(g.Positive)},
			Note: fmt.Sprintf("mean %+.2f", g.Mean)}
	}
	c.Rows = append(c.Rows, row("all comments", s.ReportSentimentGroup))
	for _, g := range s.ByCategory {
		c.Rows = append(c.Rows, row(g.Category+"s", g.ReportSentimentGroup))
	}
	return c
}

// shiftChart shows what each theme contributed to a change of NPS.
func shiftChart(c themes.ReportChange, labels map[string]string) report.ImpactChart {
	ch := report.ImpactChart{Title: fmt.Sprintf("What moved %s from %s to %s", c.Subject, c.From, c.To), Unit: "NPS points",
		Desc: "Each theme's contribution to the change: its share moving (mix) plus its mentioners' score moving (rate)."}
	for _, row := range c.Themes.Rows {
		ch.Rows = append(ch.Rows, report.ImpactRow{Label: shiftLabel(row, labels), Value: row.Total, Lo: math.NaN(), Hi: math.NaN()})
	}
	return ch
}
