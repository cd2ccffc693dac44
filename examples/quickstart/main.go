// Quickstart runs verbatim on its embedded synthetic survey: the overall
// NPS with its interval, the diagnosis against the telecom benchmark, and
// the findings ordered by urgency.
package main

import (
	"fmt"
	"log"
	"time"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/nps"
)

func main() {
	responses, err := verbatim.Sample()
	if err != nil {
		log.Fatal(err)
	}
	summary, err := nps.Summarize(responses)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d responses: NPS %+.1f (95%% CI %+.1f to %+.1f)\n", summary.N, summary.NPS, summary.Low, summary.High)

	byRegion, err := nps.BySegment(responses, "region")
	if err != nil {
		log.Fatal(err)
	}
	trend, err := nps.TrendBy(responses, nps.Quarter, time.UTC)
	if err != nil {
		log.Fatal(err)
	}
	d := nps.Diagnose(summary, nps.WithIndustry(nps.Telecom), nps.WithBreakdowns(byRegion), nps.WithTrend(trend))
	fmt.Printf("band: %s (%s)\n", d.Band, d.Action)
	for _, f := range d.Findings {
		fmt.Printf("[%s] %s: %s\n", f.Severity, f.Subject, f.Message)
	}
}
