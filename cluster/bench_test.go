package cluster_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/verbatim-go/verbatim/cluster"
)

// benchSizes are the row counts benchmarked: ~20 nonzeros per row over 5000
// columns, 20 planted groups with half the entries noise (overlapping, as
// real comments are), k = 20.
var benchSizes = []int{10_000, 100_000}

var (
	benchMu   sync.Mutex
	benchData = map[int]*cluster.CSR{}
)

func benchMatrix(b *testing.B, n int) *cluster.CSR {
	benchMu.Lock()
	defer benchMu.Unlock()
	if x, ok := benchData[n]; ok {
		return x
	}
	x, _ := planted(b, n, 20, 5000, 20, 0.5, 11)
	benchData[n] = x
	return x
}

func benchFit(b *testing.B, opts ...cluster.Option) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			x := benchMatrix(b, n)
			b.SetBytes(int64(x.Bytes()))
			b.ReportAllocs()
			b.ResetTimer()
			var m *cluster.Model
			for i := 0; i < b.N; i++ {
				var err error
				if m, err = cluster.Fit(x, append(opts, cluster.WithK(20))...); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(m.Iterations), "iterations")
		})
	}
}

// BenchmarkFit is one full spherical k-means run (one restart).
func BenchmarkFit(b *testing.B) { benchFit(b, cluster.WithRestarts(1)) }

// BenchmarkFitDefault uses the default restarts (5, on a 32768-row sample
// when the input is larger).
func BenchmarkFitDefault(b *testing.B) { benchFit(b) }

// BenchmarkFitMiniBatch is one mini-batch run with batches of 4096 rows.
func BenchmarkFitMiniBatch(b *testing.B) {
	benchFit(b, cluster.WithRestarts(1), cluster.WithMiniBatch(4096))
}

func BenchmarkPredict(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			x := benchMatrix(b, n)
			m, err := cluster.Fit(x, cluster.WithK(20), cluster.WithRestarts(1), cluster.WithMaxIter(2))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(x.Bytes()))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := m.Predict(x); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTFIDF(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			x := benchMatrix(b, n)
			b.SetBytes(int64(x.Bytes()))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var df cluster.DocFreq
				df.Add(x)
				w, err := cluster.NewTFIDF(&df, cluster.WithMinDF(2))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := w.Transform(x); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSilhouette(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			x := benchMatrix(b, n)
			m, err := cluster.Fit(x, cluster.WithK(20), cluster.WithRestarts(1), cluster.WithMaxIter(2))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(x.Bytes()))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := cluster.Silhouette(x, m.Labels); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
