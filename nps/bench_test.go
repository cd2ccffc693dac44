package nps_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/verbatim-go/verbatim/nps"
)

// synthetic returns n seeded responses over 8 quarters, 4 channels and
// one metric.
func synthetic(n int) []nps.Response {
	r := rand.New(rand.NewPCG(1, 2))
	channels := []string{"chat", "email", "phone", "self-service"}
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	rs := make([]nps.Response, n)
	for i := range rs {
		rs[i] = nps.Response{
			ID:       fmt.Sprint(i),
			Score:    r.IntN(11),
			Time:     start.Add(time.Duration(r.IntN(2*365*24)) * time.Hour),
			Segments: map[string]string{"channel": channels[r.IntN(len(channels))]},
			Metrics:  map[string]float64{"wait": float64(r.IntN(60))},
		}
	}
	return rs
}

func BenchmarkTallyAdd(b *testing.B) {
	rs := synthetic(10000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		var t nps.Tally
		for i := range rs {
			if err := t.Add(rs[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(rs))/b.Elapsed().Seconds(), "responses/s")
}

func BenchmarkBySegment(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		rs := synthetic(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				if _, err := nps.BySegment(rs, "channel"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "responses/s")
		})
	}
}

func BenchmarkTrendBy(b *testing.B) {
	rs := synthetic(100000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := nps.TrendBy(rs, nps.Week, time.UTC); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(rs))/b.Elapsed().Seconds(), "responses/s")
}

func BenchmarkMetricsByCategory(b *testing.B) {
	rs := synthetic(100000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := nps.MetricsByCategory(rs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(rs))/b.Elapsed().Seconds(), "responses/s")
}
