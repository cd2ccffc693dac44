package themes

import (
	"fmt"
	"testing"
	"time"

	"github.com/verbatim-go/verbatim/nps"
)

// BenchmarkLink runs the linking entry points on linkSynthetic data:
// about 1.5 mentions per response over 20 keys, one metric, 8 quarters.
func BenchmarkLink(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		rs, ms := linkSynthetic(n, 1)
		b.Run(fmt.Sprintf("Link/%d", n), func(b *testing.B) {
			linkBench(b, n, func() error { _, err := Link(rs, ms); return err })
		})
		b.Run(fmt.Sprintf("ByPeriod/%d", n), func(b *testing.B) {
			linkBench(b, n, func() error { _, err := LinkByPeriod(rs, ms, nps.Quarter, time.UTC); return err })
		})
		b.Run(fmt.Sprintf("BySegment/%d", n), func(b *testing.B) {
			linkBench(b, n, func() error { _, err := LinkBySegment(rs, ms, "tier"); return err })
		})
	}
}

// BenchmarkLinkBootstrap measures the optional bootstrap (200 replicates).
func BenchmarkLinkBootstrap(b *testing.B) {
	const n = 10_000
	rs, ms := linkSynthetic(n, 1)
	linkBench(b, n, func() error { _, err := Link(rs, ms, WithLinkBootstrap(200, 1)); return err })
}

func linkBench(b *testing.B, n int, run func() error) {
	b.ReportAllocs()
	for b.Loop() {
		if err := run(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "responses/s")
}
