package themes_test

import (
	"context"
	"fmt"

	verbatim "github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

func ExampleAnalyze() {
	rs, err := verbatim.Sample()
	if err != nil {
		panic(err)
	}
	rep, err := themes.Analyze(context.Background(), rs, themes.AnalyzeIndustry(nps.Telecom))
	if err != nil {
		panic(err)
	}
	s := rep.Summary
	fmt.Printf("NPS %+.1f (%+.1f to %+.1f), %d responses, %.1f%% detractors, band %s\n",
		s.NPS, s.Low, s.High, s.N, 100*s.DetractorShare, rep.Diagnosis.Band)
	fmt.Printf("themes from %s; detractors: %s\n", rep.Themes.Source, rep.Alignment.Verdict)
	fmt.Printf("90-day target: %+.0f to %+.0f\n", rep.Plan.Target.Low, rep.Plan.Target.High)
	for _, f := range rep.Findings[:3] {
		fmt.Printf("%d. [%s, %s] %s\n", f.Rank, f.Severity, f.Kind, f.Message)
	}
	for _, c := range rep.Changes[:1] {
		fmt.Printf("what changed: %s, %s to %s, %+.1f points; first theme behind it: %q\n", c.Subject, c.From, c.To, c.Points, label(rep, c.Drivers[0]))
	}
	// Output:
	// NPS +17.8 (+15.3 to +20.2), 5000 responses, 30.6% detractors, band acceptable
	// themes from discovered; detractors: scattered
	// 90-day target: +20 to +35
	// 1. [critical, diagnosis] 30.6% detractors (30% or more): a quality problem that marketing or pricing cannot fix
	// 2. [high, cause] Service quality failures: raised by 1163 responses (23.3%), 46% of all detractors; their NPS is -42.1, and without them the score would be 18.2 points higher (95% interval 16.6 to 19.7); fix: Close the loop with every detractor within 24 hours; track response time, resolution time and recurrence.
	// 3. [high, cause] Product does not solve the core problem: raised by 520 responses (10.4%), 19% of all detractors; their NPS is -35.2, and without them the score would be 6.1 points higher (95% interval 5.2 to 7.1); fix: Segment detractors by usage; prioritise fixes by revenue impact and frequency.
	// what changed: region=north, 2025-Q2 to 2025-Q3, -15.3 points; first theme behind it: "bill"
}

// label returns the label of a report's theme.
func label(rep *themes.Report, key string) string {
	for _, t := range rep.Themes.Items {
		if t.Key == key {
			return t.Label
		}
	}
	return key
}
