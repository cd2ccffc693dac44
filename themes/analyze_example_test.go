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
		fmt.Printf("what changed: %s %s -> %s %+.1f points, behind it %v\n", c.Subject, c.From, c.To, c.Points, c.Drivers)
	}
	// Output:
	// NPS +17.8 (+15.3 to +20.2), 5000 responses, 30.6% detractors, band acceptable
	// themes from causes; detractors: aligned
	// 90-day target: +20 to +35
	// 1. [critical, diagnosis] 30.6% detractors (30% or more): a quality problem that marketing or pricing cannot fix
	// 2. [high, theme] Service quality failures: raised by 1048 responses (21.0%), 40% of all detractors; their NPS is -37.9, and without them the score would be 14.8 points higher (95% interval 13.4 to 16.2); fix: Close the loop with every detractor within 24 hours; track response time, resolution time and recurrence.
	// 3. [high, theme] Product does not solve the core problem: raised by 357 responses (7.1%), 15% of all detractors; their NPS is -56.3, and without them the score would be 5.7 points higher (95% interval 4.9 to 6.5); fix: Segment detractors by usage; prioritise fixes by revenue impact and frequency.
	// what changed: region=north 2025-Q2 -> 2025-Q3 -15.3 points, behind it [service]
}
