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
	// 2. [high, change] region=north: NPS fell 15.3 points from 2025-Q2 to 2025-Q3 (+20.4 to +5.1; p = 0.037, adjusted p = 0.997 over 36 comparisons); behind it: bill (-12.4 points); it cost the overall score 3.5 points in 2025-Q3
	// 3. [high, cause] Service quality failures: raised by 1087 responses (21.7%), 46% of all detractors; their NPS is -50.9, and without them the score would be 19.1 points higher (95% interval 17.6 to 20.5); fix: Close the loop with every detractor within 24 hours; track response time, resolution time and recurrence.
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
