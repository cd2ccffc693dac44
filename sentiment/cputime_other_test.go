//go:build !unix

package sentiment_test

// cpuSeconds is unavailable here; benchmarks then report no CPU metric.
func cpuSeconds() float64 { return 0 }
