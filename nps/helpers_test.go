package nps_test

import (
	"fmt"
	"time"

	"github.com/verbatim-go/verbatim/nps"
)

// tallyOf builds an unweighted tally of p promoters, pa passives and d
// detractors (scores 10, 8 and 3).
func tallyOf(p, pa, d int) nps.Tally {
	var t nps.Tally
	for range p {
		_ = t.AddScore(10)
	}
	for range pa {
		_ = t.AddScore(8)
	}
	for range d {
		_ = t.AddScore(3)
	}
	return t
}

// responsesOf builds p promoters, pa passives and d detractors, each with
// the given segment column value (none when value is "") and time.
func responsesOf(p, pa, d int, col, value string, at time.Time) []nps.Response {
	var rs []nps.Response
	add := func(n, score int) {
		for range n {
			r := nps.Response{ID: fmt.Sprintf("%s-%d-%d", value, score, len(rs)), Score: score, Time: at}
			if value != "" {
				r.Segments = map[string]string{col: value}
			}
			rs = append(rs, r)
		}
	}
	add(p, 9)
	add(pa, 7)
	add(d, 0)
	return rs
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
