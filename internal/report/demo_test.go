package report

import (
	"flag"
	"html/template"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// demoOut, when set, makes TestDemoPage write the demo page there; the
// screenshot script uses it (scripts/screenshot-report.sh).
var demoOut = flag.String("demo-out", "", "write the demo report page to this file")

// TestDemoPage writes the demo page for a browser to render.
func TestDemoPage(t *testing.T) {
	if *demoOut == "" {
		t.Skip("set -demo-out=FILE to write the demo page")
	}
	f, err := os.Create(*demoOut)
	require.NoError(t, err)
	require.NoError(t, demoDocument().WriteHTML(f))
	require.NoError(t, f.Close())
}

// demoDocument is a report on made-up but realistic data that uses every
// chart and block: a quarterly trend with a 12-point drop, eight themes'
// impacts with intervals, detractor shares, segments, causes and
// highlighted comments.
func demoDocument() Document {
	return Document{
		Title:    "Customer feedback report",
		Subtitle: "Demo data: 4,812 responses with comments, 2023-Q1 to 2024-Q4",
		Sections: []Section{
			{Heading: "Summary", Body: []template.HTML{Stats(
				Stat{"NPS (2024-Q4)", "+25", "95% CI +21 to +29, n=612"},
				Stat{"Change vs 2024-Q2", "\u22127", "significant drop in 2024-Q2"},
				Stat{"Detractors", "21.4%", "above the 20% target"},
				Stat{"Top cause", "Service quality", "38% of detractor comments"},
			), Paragraph("NPS fell 12 points in 2024-Q2, after the support migration, and has recovered only partly since.")}},
			{Heading: "NPS trend", Body: []template.HTML{Figure(demoTrend(), "Shaded band: 95% confidence interval. \u25b2 marks a drop of 10 points or more in one quarter.")}},
			{Heading: "What drives the score", Intro: "Impact: how many NPS points each theme adds or takes away, with its 95% interval.",
				Body: []template.HTML{Figure(demoImpact(), ""), Figure(demoShares(), "Dashed lines: 25% (act now) and 30% (quality problem) detractor share.")}},
			{Heading: "Segments", Body: []template.HTML{demoSegments().HTML(), Figure(demoMix(), "")}},
			{Heading: "Root causes", Body: []template.HTML{Figure(demoCauses(), "Share of detractor comments by root cause, per channel.")}},
			{Heading: "What customers say", Body: []template.HTML{demoQuotes()}},
		},
		Footer: "Made by verbatim from demo data. Intervals are 95% adjusted Wald intervals.",
	}
}

func demoTrend() LineChart {
	q := []string{"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"}
	v := []float64{31, 33, 30, 34, 32, 20, 22, 25}
	moe := []float64{4.6, 4.4, 4.8, 4.3, 4.5, 5.1, 4.9, 4.2}
	c := LineChart{Title: "NPS by quarter", Desc: "NPS per quarter with 95% confidence band; a 12 point drop in 2024-Q2.", YLabel: "NPS"}
	for i := range q {
		p := LinePoint{Label: q[i], Value: v[i], Lo: v[i] - moe[i], Hi: v[i] + moe[i]}
		if i == 5 {
			p.Flag = "\u221212 vs 2024-Q1"
		}
		c.Points = append(c.Points, p)
	}
	return c
}

func demoImpact() ImpactChart {
	return ImpactChart{Title: "Theme impact on NPS", Desc: "NPS points each theme adds or removes, with 95% intervals.", Unit: "NPS points",
		Rows: []ImpactRow{
			{"Slow support response", -8.4, -11.2, -5.6},
			{"Billing surprises and hidden fees", -5.1, -7.9, -2.3},
			{"App crashes after the update", -4.2, -6.8, -1.6},
			{"Account manager never follows up on renewal questions", -2.0, -4.1, 0.1},
			{"Onboarding and setup", -1.3, -3.9, 1.3},
			{"Price for value", 1.1, -1.2, 3.4},
			{"Helpful agents", 4.8, 2.6, 7.0},
			{"Ease of use", 6.2, 3.9, 8.5},
		}}
}

func demoShares() ShareChart {
	return ShareChart{Title: "Detractor share by theme", Desc: "Share of each theme's comments that come from detractors.", Unit: "share of detractors",
		Rows: []ShareRow{
			{"Slow support response", 0.46, "n=512"},
			{"Billing surprises and hidden fees", 0.38, "n=301"},
			{"App crashes after the update", 0.35, "n=276"},
			{"Account manager never follows up on renewal questions", 0.29, "n=88"},
			{"Onboarding and setup", 0.22, "n=190"},
			{"Price for value", 0.17, "n=403"},
			{"Helpful agents", 0.06, "n=655"},
			{"Ease of use", 0.04, "n=720"},
		},
		Refs: []RefLine{{0.25, "25% act now"}, {0.30, "30% quality"}}}
}

func demoSegments() Table {
	return Table{Caption: "NPS by customer tier (2024-Q4)",
		Columns: []Column{{Header: "Tier"}, {Header: "Responses", Numeric: true}, {Header: "NPS", Numeric: true},
			{Header: "95% interval", Numeric: true}, {Header: "Promoters", Numeric: true}, {Header: "Detractors", Numeric: true}, {Header: "Band"}},
		Rows: [][]string{
			{"Enterprise", "148", "+48", "+37 to +58", "59.5%", "11.5%", "Good"},
			{"Mid-market", "221", "+27", "+18 to +36", "45.2%", "18.1%", "Acceptable"},
			{"SMB", "197", "+9", "\u22121 to +19", "36.0%", "27.4%", "Below standard"},
			{"Self-serve", "46", "\u22124", "\u221226 to +18", "30.4%", "34.8%", "Systematic problems"},
		}}
}

func demoMix() StackChart {
	return StackChart{Title: "Promoters, passives and detractors by tier", Desc: "Response mix per customer tier.", Categories: NPSCategories(),
		Rows: []StackRow{
			{"Enterprise", []float64{88, 43, 17}, "n=148"},
			{"Mid-market", []float64{100, 81, 40}, "n=221"},
			{"SMB", []float64{71, 72, 54}, "n=197"},
			{"Self-serve", []float64{14, 16, 16}, "n=46"},
		}}
}

func demoCauses() StackChart {
	cats := []Category{{Name: "Service quality"}, {Name: "Product gaps"}, {Name: "Misaligned expectations"}, {Name: "Broken feedback loop"},
		{Name: "Survey method"}, {Name: "Survey timing"}, {Name: "Org. misalignment"}, {Name: "None found"}}
	return StackChart{Title: "Root causes in detractor comments", Desc: "Share of detractor comments by root cause, per channel.", Categories: cats,
		Rows: []StackRow{
			{"Phone", []float64{61, 12, 8, 9, 2, 3, 7, 14}, "n=116"},
			{"Chat", []float64{44, 18, 10, 12, 1, 2, 9, 11}, "n=107"},
			{"Email", []float64{38, 20, 14, 15, 3, 1, 4, 10}, "n=105"},
			{"Self-service", []float64{12, 41, 16, 6, 2, 4, 2, 9}, "n=92"},
			{"WhatsApp", []float64{22, 9, 5, 8, math.NaN(), 1, 11, 6}, "n=62"},
		}}
}

func demoQuotes() template.HTML {
	q := func(text string, meta []string, marks ...string) Quote {
		out := Quote{Text: text, Meta: meta}
		for _, m := range marks {
			label, word, _ := strings.Cut(m, "=")
			i := strings.Index(text, word)
			out.Spans = append(out.Spans, Span{Start: i, End: i + len(word), Label: label})
		}
		return out
	}
	return Quotes(
		q("I waited three days for a response and then got transferred twice. Still not fixed.",
			[]string{"score 2", "detractor", "Enterprise", "theme: Slow support response"},
			"service=waited three days", "service=transferred twice", "feedback loop=Still not fixed"),
		q("Sales told me the API export was included, then it turned out to be a paid add-on. Feels like hidden fees.",
			[]string{"score 4", "detractor", "SMB", "theme: Billing surprises and hidden fees"},
			"expectations=Sales told me", "expectations=hidden fees"),
		q("Since the update the app crashes every time I open a report <b>on my phone</b> — très frustrant.",
			[]string{"score 5", "detractor", "Self-serve", "theme: App crashes after the update"},
			"product=app crashes", "negative=très frustrant"),
		q("The agent was friendly and sorted it out in five minutes. Easy to use once it's set up.",
			[]string{"score 10", "promoter", "Mid-market", "theme: Helpful agents"},
			"positive=friendly", "positive=sorted it out", "positive=Easy to use"),
	)
}

// edgesOut, when set, makes TestEdgesPage write every chart test case on
// one page, to look at the edge cases in a browser.
var edgesOut = flag.String("edges-out", "", "write the page of chart edge cases to this file")

func TestEdgesPage(t *testing.T) {
	if *edgesOut == "" {
		t.Skip("set -edges-out=FILE to write the edge-case page")
	}
	var body []template.HTML
	for _, c := range chartCases() {
		body = append(body, Figure(c.chart, c.name))
	}
	f, err := os.Create(*edgesOut)
	require.NoError(t, err)
	require.NoError(t, Document{Title: "Chart edge cases", Sections: []Section{{Heading: "Cases", Body: body}}}.WriteHTML(f))
	require.NoError(t, f.Close())
}
