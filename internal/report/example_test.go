package report_test

import (
	"fmt"
	"os"

	"github.com/verbatim-go/verbatim/internal/report"
)

// A share chart of one row, as the SVG a page embeds.
func ExampleShareChart() {
	c := report.ShareChart{Title: "Detractors", Rows: []report.ShareRow{{Label: "Billing", Share: 0.3, Note: "n=40"}}}
	if err := c.WriteSVG(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <svg viewBox="0 0 760 112" width="760" height="112" role="img" aria-label="Detractors" font-family="system-ui, -apple-system, &#39;Segoe UI&#39;, Roboto, &#39;Helvetica Neue&#39;, Arial, sans-serif" font-size="13" fill="#1f2328"><title>Detractors</title><text x="8" y="20" font-weight="600" font-size="15">Detractors</text><line x1="240" y1="48" x2="240" y2="82" stroke="#57606a" stroke-width="1.5"/><text x="240" y="44" text-anchor="middle" fill="#57606a" font-size="11">0%</text><line x1="370" y1="48" x2="370" y2="82" stroke="#d8dee4" stroke-width="1"/><text x="370" y="44" text-anchor="middle" fill="#57606a" font-size="11">10%</text><line x1="500" y1="48" x2="500" y2="82" stroke="#d8dee4" stroke-width="1"/><text x="500" y="44" text-anchor="middle" fill="#57606a" font-size="11">20%</text><line x1="630" y1="48" x2="630" y2="82" stroke="#d8dee4" stroke-width="1"/><text x="630" y="44" text-anchor="middle" fill="#57606a" font-size="11">30%</text><text x="230" y="71.5" text-anchor="end">Billing</text><rect x="240" y="58" width="390" height="18" fill="#b35900"/><g><title>Billing: 30.0% n=40</title><text x="640" y="71.5" font-variant-numeric="tabular-nums">30.0% n=40</text></g></svg>
}

// Evidence in a comment, marked for the page; overlapping spans merge.
func ExampleHighlight() {
	text := "I waited three days & nobody called back"
	fmt.Println(report.Highlight(text, []report.Span{
		{Start: 2, End: 19, Label: "service"},
		{Start: 9, End: 14, Label: "service"},
		{Start: 22, End: 40, Label: "feedback loop"},
	}))
	// Output:
	// I <mark title="service">waited three days</mark> &amp; <mark title="feedback loop">nobody called back</mark>
}
