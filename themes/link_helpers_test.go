package themes

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/verbatim-go/verbatim/nps"
)

// linkCohort is a block of identical responses for hand-built tables:
// promoters (score 10), passives (8) and detractors (3) that all mention
// keys (each with strength 1).
type linkCohort struct {
	keys                           []string
	promoters, passives, detractor int
	at                             time.Time
	segment                        string
}

// linkBuild expands cohorts into responses and mentions.
func linkBuild(cohorts ...linkCohort) ([]nps.Response, [][]Mention) {
	var rs []nps.Response
	var ms [][]Mention
	for _, c := range cohorts {
		for _, n := range []struct{ count, score int }{{c.promoters, 10}, {c.passives, 8}, {c.detractor, 3}} {
			for range n.count {
				r := nps.Response{ID: fmt.Sprint(len(rs)), Score: n.score, Time: c.at}
				if c.segment != "" {
					r.Segments = map[string]string{"tier": c.segment}
				}
				var m []Mention
				for _, k := range c.keys {
					m = append(m, Mention{Key: k, Strength: 1})
				}
				rs = append(rs, r)
				ms = append(ms, m)
			}
		}
	}
	return rs, ms
}

// linkSynthetic generates n seeded responses with about 1.5 mentions each
// over keys k00..k19, key k00 raised mostly by detractors, over 8 quarters
// of 2024-2025, with a metric "wait" higher for k00.
func linkSynthetic(n int, seed uint64) ([]nps.Response, [][]Mention) {
	r := rand.New(rand.NewPCG(seed, 7))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	rs := make([]nps.Response, n)
	ms := make([][]Mention, n)
	for i := range rs {
		score := r.IntN(11)
		var m []Mention
		if score <= 6 && r.Float64() < 0.5 {
			m = append(m, Mention{Key: "k00", Strength: 0.5 + r.Float64()})
		}
		for len(m) < 1 || r.Float64() < 0.3 {
			m = append(m, Mention{Key: fmt.Sprintf("k%02d", 1+r.IntN(19)), Strength: r.Float64()})
			if len(m) > 3 {
				break
			}
		}
		wait := float64(r.IntN(30))
		if len(m) > 0 && m[0].Key == "k00" {
			wait += 20
		}
		rs[i] = nps.Response{ID: fmt.Sprint(i), Score: score, Comment: "x",
			Time:     start.Add(time.Duration(r.IntN(2*365*24)) * time.Hour),
			Segments: map[string]string{"tier": []string{"smb", "enterprise"}[r.IntN(2)]},
			Metrics:  map[string]float64{"wait": wait}}
		ms[i] = m
	}
	return rs, ms
}
