package themes_test

import (
	"fmt"
	"time"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// linkExampleCohort appends n responses of one score, all mentioning keys, dated at.
func linkExampleCohort(rs []nps.Response, ms [][]themes.Mention, n, score int, at time.Time, keys ...string) ([]nps.Response, [][]themes.Mention) {
	for range n {
		var m []themes.Mention
		for _, k := range keys {
			m = append(m, themes.Mention{Key: k, Strength: 1})
		}
		rs = append(rs, nps.Response{ID: fmt.Sprint(len(rs)), Score: score, Time: at})
		ms = append(ms, m)
	}
	return rs, ms
}

func ExampleLink() {
	var rs []nps.Response
	var ms [][]themes.Mention
	var at time.Time
	for _, c := range []struct {
		key                   string
		promoters, pas, detrs int
	}{
		{"slow support", 2, 8, 30},
		{"pricing", 10, 20, 10},
		{"easy to use", 50, 8, 2},
		{"", 30, 20, 10}, // no theme
	} {
		var keys []string
		if c.key != "" {
			keys = []string{c.key}
		}
		rs, ms = linkExampleCohort(rs, ms, c.promoters, 10, at, keys...)
		rs, ms = linkExampleCohort(rs, ms, c.pas, 8, at, keys...)
		rs, ms = linkExampleCohort(rs, ms, c.detrs, 2, at, keys...)
	}
	lk, err := themes.Link(rs, ms)
	if err != nil {
		panic(err)
	}
	fmt.Printf("NPS %+.1f over %d responses\n", lk.Overall.NPS, lk.Overall.N)
	for _, k := range lk.Keys {
		fmt.Printf("%-12s n=%d NPS %+4.0f  impact %+5.1f (%+5.1f to %+5.1f)  odds ratio %5.2f (adj. p %.2g)  carries %+5.1f\n",
			k.Key, k.Mentions, k.Mentioners.NPS, k.Impact.Points, k.Impact.Low, k.Impact.High,
			k.Lift.OddsRatio, k.Lift.Adjusted, k.Attribution.Points)
	}
	fmt.Printf("no theme     carries %+5.1f\n", lk.NoMention.Attribution.Points)
	a := lk.Alignment
	fmt.Printf("detractors: %s, top %q raised by %.0f%%\n", a.Verdict, a.Measure.Top[0], 100*a.Measure.TopShare)
	// Pricing's mentioners score 0 and carry 0 points, yet removing them
	// would lift the score from 20 to 25: the rest score higher.
	// Output:
	// NPS +20.0 over 200 responses
	// slow support n=40 NPS  -70  impact -22.5 (-30.0 to -15.0)  odds ratio 18.82 (adj. p 8.4e-15)  carries -14.0
	// pricing      n=40 NPS   +0  impact  -5.0 (-10.3 to  +0.3)  odds ratio  0.94 (adj. p 0.87)  carries  +0.0
	// easy to use  n=60 NPS  +80  impact +25.7 (+18.0 to +33.4)  odds ratio  0.06 (adj. p 2.6e-06)  carries +24.0
	// no theme     carries +10.0
	// detractors: aligned, top "slow support" raised by 71%
}

func ExampleLinkShift() {
	q2 := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	q3 := time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)
	var before, after themes.MentionSet
	before.Responses, before.Mentions = linkExampleCohort(nil, nil, 60, 9, q2)
	before.Responses, before.Mentions = linkExampleCohort(before.Responses, before.Mentions, 20, 8, q2, "billing")
	before.Responses, before.Mentions = linkExampleCohort(before.Responses, before.Mentions, 20, 3, q2, "billing")
	after.Responses, after.Mentions = linkExampleCohort(nil, nil, 50, 9, q3)
	after.Responses, after.Mentions = linkExampleCohort(after.Responses, after.Mentions, 40, 3, q3, "billing")
	after.Responses, after.Mentions = linkExampleCohort(after.Responses, after.Mentions, 40, 2, q3, "app crash")
	s, err := themes.LinkShift(before, after)
	if err != nil {
		panic(err)
	}
	fmt.Println(s)
	for _, r := range s.Rows {
		fmt.Printf("%-12s share %.2f -> %.2f  mix %+5.1f  rate %+5.1f\n", r.Key, r.ShareBefore, r.ShareAfter, r.Mix, r.Rate)
	}
	// Billing's share fell (a small gain, +7.7) but its mentioners turned
	// from -50 to -100 (rate -17.7); the new crash theme cost 33.4 points.
	// Output:
	// before -> after: -63.1 points (explained -63.1, residual +0.00)
	// app crash    share 0.00 -> 0.31  mix -33.4  rate  +0.0
	// (no mention) share 0.60 -> 0.38  mix -19.7  rate  +0.0
	// billing      share 0.40 -> 0.31  mix  +7.7  rate -17.7
}

func ExampleLinkByPeriod() {
	var rs []nps.Response
	var ms [][]themes.Mention
	for q, crashes := range []int{0, 0, 45} {
		at := time.Date(2025, time.Month(1+3*q), 10, 0, 0, 0, 0, time.UTC)
		rs, ms = linkExampleCohort(rs, ms, 60, 10, at, "friendly staff")
		rs, ms = linkExampleCohort(rs, ms, 40, 5, at, "pricing")
		rs, ms = linkExampleCohort(rs, ms, crashes, 1, at, "app crash")
	}
	tr, err := themes.LinkByPeriod(rs, ms, nps.Quarter, time.UTC)
	if err != nil {
		panic(err)
	}
	for _, g := range tr.Groups {
		fmt.Printf("%s NPS %+.0f\n", g.Key, g.Summary.NPS)
	}
	for _, mv := range tr.Moves {
		fmt.Printf("%-14s %-8s %.2f -> %.2f emerging=%v\n", mv.Key, mv.Direction, mv.FromShare, mv.ToShare, mv.Emerging)
	}
	fmt.Println(tr.Groups[2].Shift)
	// Shares are of all responses: the crash comments came on top, so the
	// other themes' shares fell.
	// Output:
	// 2025-Q1 NPS +20
	// 2025-Q2 NPS +20
	// 2025-Q3 NPS -17
	// app crash      rising   0.00 -> 0.31 emerging=true
	// friendly staff falling  0.60 -> 0.41 emerging=false
	// pricing        falling  0.40 -> 0.28 emerging=false
	// 2025-Q2 -> 2025-Q3: -37.2 points (explained -37.2, residual +0.00)
}

func ExampleLinkBySegment() {
	var rs []nps.Response
	var ms [][]themes.Mention
	var at time.Time
	for _, tier := range []string{"enterprise", "smb"} {
		from := len(rs)
		rs, ms = linkExampleCohort(rs, ms, 60, 9, at, "onboarding")
		rs, ms = linkExampleCohort(rs, ms, 40, 7, at)
		if tier == "smb" {
			rs, ms = linkExampleCohort(rs, ms, 50, 4, at, "onboarding")
		}
		for i := from; i < len(rs); i++ {
			rs[i].Segments = map[string]string{"tier": tier}
		}
	}
	b, err := themes.LinkBySegment(rs, ms, "tier")
	if err != nil {
		panic(err)
	}
	for _, g := range b.Groups {
		k := g.Keys[0]
		fmt.Printf("%-10s NPS %+3.0f  %s: share %.2f, mentioners %+4.0f, impact %+.1f\n",
			g.Key, g.Summary.NPS, k.Key, k.Share, k.Mentioners.NPS, k.Impact.Points)
	}
	// Output:
	// enterprise NPS +60  onboarding: share 0.60, mentioners +100, impact +60.0
	// smb        NPS  +7  onboarding: share 0.73, mentioners   +9, impact +6.7
}
