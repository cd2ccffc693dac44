package nps_test

import (
	"fmt"
	"sync"
	"time"

	"github.com/verbatim-go/verbatim/nps"
)

func ExampleTally_Merge() {
	shards := [][]int{{10, 9, 8, 3}, {10, 7, 6}, {9, 9, 0, 2}}
	tallies := make([]nps.Tally, len(shards))
	var wg sync.WaitGroup
	for i, scores := range shards {
		wg.Add(1)
		go func() { // one tally per goroutine, merged afterwards
			defer wg.Done()
			for _, s := range scores {
				if err := tallies[i].AddScore(s); err != nil {
					panic(err)
				}
			}
		}()
	}
	wg.Wait()
	var all nps.Tally
	for _, t := range tallies {
		all.Merge(t)
	}
	fmt.Println(all.Promoters, all.Passives, all.Detractors)
	// Output: 5 2 4
}

func ExampleSummarize() {
	var rs []nps.Response
	for i, s := range []int{10, 10, 9, 9, 9, 8, 7, 6, 3, 0} {
		rs = append(rs, nps.Response{ID: fmt.Sprint(i), Score: s})
	}
	s, err := nps.Summarize(rs)
	if err != nil {
		panic(err)
	}
	// p+ = .5, p- = .3: SE = 100*sqrt((.8 - .04)/10) = 27.57, margin
	// 1.96*27.57 = 54.0
	fmt.Printf("n=%d NPS %+.0f ± %.1f (95%% CI %+.1f to %+.1f)\n", s.N, s.NPS, s.Margin, s.Low, s.High)
	fmt.Printf("promoters %.0f%%, detractors %.0f%%\n", 100*s.PromoterShare, 100*s.DetractorShare)
	// Output:
	// n=10 NPS +20 ± 54.0 (95% CI -34.0 to +74.0)
	// promoters 50%, detractors 30%
}

func ExampleCompare() {
	// Last quarter 120 promoters, 50 passives, 30 detractors; this quarter
	// 95, 55 and 50.
	var before, after nps.Tally
	for range 120 {
		_ = before.AddScore(10)
	}
	for range 50 {
		_ = before.AddScore(8)
	}
	for range 30 {
		_ = before.AddScore(4)
	}
	for range 95 {
		_ = after.AddScore(9)
	}
	for range 55 {
		_ = after.AddScore(7)
	}
	for range 50 {
		_ = after.AddScore(2)
	}
	c := nps.CompareTallies(after, before)
	d := c.Difference
	fmt.Printf("%+.1f points (95%% CI %+.1f to %+.1f), p = %.4f, significant: %v\n",
		d.Points, d.Low, d.High, d.PValue, d.Significant)

	var few nps.Tally // 5 responses: below the default minimum of 30
	for range 5 {
		_ = few.AddScore(9)
	}
	small := nps.CompareTallies(after, few)
	fmt.Println(small.Insufficient, small.Difference == nil)
	// Output:
	// -22.5 points (95% CI -37.8 to -7.2), p = 0.0040, significant: true
	// true true
}

func ExampleBySegment() {
	var rs []nps.Response
	add := func(channel string, scores ...int) {
		for _, s := range scores {
			for range 10 { // ten responses of each score
				rs = append(rs, nps.Response{Score: s, Segments: map[string]string{"channel": channel}})
			}
		}
	}
	add("chat", 10, 9, 9, 8, 4)
	add("phone", 10, 8, 6, 5, 2)
	add("", 9, 7) // no channel recorded
	b, err := nps.BySegment(rs, "channel")
	if err != nil {
		panic(err)
	}
	fmt.Printf("overall %+.1f\n", b.Overall.NPS)
	for _, g := range b.Groups {
		fmt.Printf("%-9s n=%d NPS %+.0f %s, band %s, alerts %v\n",
			g.Key, g.Summary.N, g.Summary.NPS, g.Position, g.Band, g.Alerts)
	}
	// Output:
	// overall +8.3
	// chat      n=50 NPS +40 significantly above, band good, alerts []
	// phone     n=50 NPS -40 significantly below, band systematic problems, alerts [quality problem immediate action]
	// (missing) n=20 NPS +50 insufficient evidence, band excellent, alerts [passive drag]
}

func ExampleTrendBy() {
	var rs []nps.Response
	quarter := func(month time.Month, promoters, passives, detractors int) {
		at := time.Date(2024, month, 10, 9, 0, 0, 0, time.UTC)
		for i := range promoters + passives + detractors {
			s := 10
			if i >= promoters {
				s = 7
			}
			if i >= promoters+passives {
				s = 3
			}
			rs = append(rs, nps.Response{Score: s, Time: at})
		}
	}
	quarter(time.February, 60, 20, 20)
	quarter(time.May, 55, 22, 23)
	quarter(time.August, 40, 25, 35)
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	tr, err := nps.TrendBy(rs, nps.Quarter, paris)
	if err != nil {
		panic(err)
	}
	for _, p := range tr.Points {
		fmt.Printf("%s %+.0f", p.Label, p.Summary.NPS)
		if ch := p.Change; ch != nil {
			fmt.Printf(" (%+.0f, drop %v, significant %v)", ch.Points, ch.Drop, ch.Significant)
		}
		fmt.Println()
	}
	fmt.Println("sustained decline:", tr.SustainedDecline, "direction:", tr.Direction)
	// Output:
	// 2024-Q1 +40
	// 2024-Q2 +32 (-8, drop false, significant false)
	// 2024-Q3 +5 (-27, drop true, significant true)
	// sustained decline: true direction: declining
}

func ExampleDiagnose() {
	var t nps.Tally
	for i := range 200 {
		_ = t.AddScore([]int{10, 10, 10, 9, 9, 9, 9, 9, 9, 8, 8, 8, 7, 7, 7, 5, 4, 3, 2, 1}[i%20])
	}
	// 90 promoters, 60 passives, 50 detractors: NPS +20
	d := nps.Diagnose(t.Summary(), nps.WithIndustry(nps.SaaS))
	fmt.Println("band:", d.Band, "| benchmark:", d.Benchmark.Verdict)
	for _, f := range d.Findings {
		fmt.Printf("[%s] %s\n", f.Severity, f.Message)
	}
	// Output:
	// band: acceptable | benchmark: bad
	// [high] NPS +20.0 is below SaaS's bad threshold +25 (average +41)
	// [low] NPS +20.0 (95% interval +8.7 to +31.3) is in the "acceptable" band: optimize and monitor (acceptable depends on the industry)
	// [info] realistic 90-day target from +20.0: +35 to +50, through culture shift, systemic process improvements
}

func ExampleNPSByMetric() {
	var rs []nps.Response
	for i := range 40 {
		wait := float64(i % 20) // minutes, 0 to 19
		score := 10
		switch {
		case wait >= 15:
			score = 2
		case wait >= 10:
			score = 7
		}
		rs = append(rs, nps.Response{Score: score, Metrics: map[string]float64{"wait": wait}})
	}
	mb, err := nps.NPSByMetric(rs, "wait")
	if err != nil {
		panic(err)
	}
	for _, g := range mb.Groups {
		fmt.Printf("wait %-11s n=%d NPS %+.0f\n", g.Key, g.Summary.N, g.Summary.NPS)
	}
	stats, err := nps.MetricsByCategory(rs)
	if err != nil {
		panic(err)
	}
	for _, s := range stats {
		fmt.Printf("%-9s P50 %2.0f  P75 %2.0f  P95 %2.0f\n", s.Group, s.P50, s.P75, s.P95)
	}
	// Output:
	// wait (-inf, 4]   n=10 NPS +100
	// wait (4, 9]      n=10 NPS +100
	// wait (9, 14]     n=10 NPS +0
	// wait (14, +inf)  n=10 NPS -100
	// all       P50  9  P75 14  P95 18
	// detractor P50 17  P75 18  P95 19
	// passive   P50 12  P75 13  P95 14
	// promoter  P50  4  P75  7  P95  9
}
