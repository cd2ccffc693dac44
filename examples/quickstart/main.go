// Quickstart is the library end to end on its embedded synthetic survey:
// themes.Analyze reads 5000 responses and returns one JSON-ready report
// with the score and its interval, the themes of the comments with what
// each costs in NPS points, and the findings ranked by what they cost.
//
// Run it with: go run ./examples/quickstart
package main

import (
	"context"
	"fmt"
	"log"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

func main() {
	responses, err := verbatim.Sample()
	if err != nil {
		log.Fatal(err)
	}
	rep, err := themes.Analyze(context.Background(), responses, themes.AnalyzeIndustry(nps.Telecom))
	if err != nil {
		log.Fatal(err)
	}
	s := rep.Summary
	fmt.Printf("%d responses: NPS %+.1f (95%% CI %+.1f to %+.1f), %s\n", s.N, s.NPS, s.Low, s.High, rep.Diagnosis.Band)

	fmt.Println("\nthemes that cost the most (NPS points, leave-one-out impact):")
	for _, t := range rep.Themes.Items[:min(5, len(rep.Themes.Items))] {
		if imp := t.Link.Impact; imp != nil {
			fmt.Printf("  %-28s %+5.1f [%+.1f, %+.1f]  %4.1f%% of responses\n", t.Label, imp.Points, imp.Low, imp.High, 100*t.Link.Share)
		}
	}
	fmt.Println("\ntop findings:")
	for _, f := range rep.Findings[:min(3, len(rep.Findings))] {
		fmt.Printf("  %d. [%s] %s\n", f.Rank, f.Severity, f.Message)
	}
}
