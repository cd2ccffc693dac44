package nps

import (
	"fmt"
	"math"
)

// Defaults used when no Option overrides them.
const (
	// DefaultConfidence is the confidence level of intervals and the
	// complement of the significance level of comparisons.
	DefaultConfidence = 0.95
	// DefaultMinSample is the effective sample size each group needs before
	// Compare reports a number. About 30 is where the normal approximation of
	// a share starts to be usable unless the share is extreme; below it the
	// honest answer is "insufficient evidence".
	DefaultMinSample = 30
	// DefaultDropPoints is the fall in NPS between consecutive periods that
	// the domain brief treats as "something broke recently".
	DefaultDropPoints = 10
)

// Option adjusts the statistical settings of the package's entry points.
// Each option's comment says which entry points read it; the others ignore
// it, so one option list can be passed to all of them.
type Option func(*statConfig)

// statConfig holds the settings an Option list resolves to.
type statConfig struct {
	confidence float64
	minSample  float64
	adjusted   bool
	benchmark  *Benchmark
	dropPoints float64
	cuts       []float64
	breakdowns []Breakdown
	trend      *Trend
}

func newConfig(opts []Option) statConfig {
	c := statConfig{
		confidence: DefaultConfidence,
		minSample:  DefaultMinSample,
		dropPoints: DefaultDropPoints,
	}
	for _, o := range opts {
		if o == nil {
			panic("nps: nil Option")
		}
		o(&c)
	}
	return c
}

// WithConfidence sets the confidence level of every interval (default
// 0.95) and so the significance level 1-level of every comparison. Read by
// all entry points. It panics unless 0 < level < 1.
func WithConfidence(level float64) Option {
	if !(level > 0 && level < 1) {
		panic(fmt.Sprintf("nps: confidence level %v outside (0, 1)", level))
	}
	return func(c *statConfig) { c.confidence = level }
}

// WithMinSample sets the effective sample size each group needs before a
// comparison reports a number (default DefaultMinSample). Read by Compare
// and everything that compares: breakdowns, trends, diagnosis. It panics
// on a negative n. A group with no responses is always insufficient.
func WithMinSample(n int) Option {
	if n < 0 {
		panic(fmt.Sprintf("nps: negative minimum sample %d", n))
	}
	return func(c *statConfig) { c.minSample = float64(n) }
}

// WithAdjustedWald adds to every Summary the adjusted-Wald interval
// (Summary.Adjusted) besides the default normal-approximation one. The
// adjustment adds 3/4 of a response to the promoters, 3/4 to the
// detractors and 3/2 to the passives (3 in all) before applying the same
// variance formula; it keeps its coverage closer to the nominal level for
// small samples and extreme shares, and never collapses to zero width when
// every answer falls in one category. It was recommended for NPS by Rocks
// (2016, The American Statistician). Read by everything that summarises.
func WithAdjustedWald() Option {
	return func(c *statConfig) { c.adjusted = true }
}

// WithBenchmark compares every summary with a benchmark (see Benchmark and
// IndustryBenchmark). Read by breakdowns and Diagnose.
func WithBenchmark(b Benchmark) Option {
	if math.IsNaN(b.Average) || math.IsNaN(b.BadBelow) {
		panic("nps: benchmark with NaN threshold")
	}
	return func(c *statConfig) { c.benchmark = &b }
}

// WithIndustry is WithBenchmark(IndustryBenchmark(i)). It panics on an
// unknown industry.
func WithIndustry(i Industry) Option {
	b, ok := IndustryBenchmark(i)
	if !ok {
		panic(fmt.Sprintf("nps: unknown industry %d", int(i)))
	}
	return WithBenchmark(b)
}

// WithDropPoints sets the fall in NPS points between consecutive periods
// that counts as a drop (default DefaultDropPoints). Read by TrendBy
// (Diagnose reads the drops from the trend it is given). It panics
// unless points > 0.
func WithDropPoints(points float64) Option {
	if !(points > 0) || math.IsInf(points, 0) {
		panic(fmt.Sprintf("nps: drop threshold %v must be positive", points))
	}
	return func(c *statConfig) { c.dropPoints = points }
}

// WithCutPoints replaces the default quartile cuts of NPSByMetric with the
// given cut points (sorted and de-duplicated; band i holds values v with
// cut[i-1] < v <= cut[i]); no cuts at all gives one band. It panics on
// NaN or infinite cuts.
func WithCutPoints(cuts ...float64) Option {
	for _, x := range cuts {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			panic(fmt.Sprintf("nps: cut point %v", x))
		}
	}
	own := make([]float64, len(cuts)) // non-nil even when empty
	copy(own, cuts)
	return func(c *statConfig) { c.cuts = own }
}

// WithBreakdowns gives Diagnose segment or period breakdowns to draw
// findings from (groups significantly below the rest, detractor alerts).
func WithBreakdowns(bs ...Breakdown) Option {
	own := append([]Breakdown(nil), bs...)
	return func(c *statConfig) { c.breakdowns = append(c.breakdowns, own...) }
}

// WithTrend gives Diagnose a trend to draw findings from (drops, sustained
// declines, a low but stable score).
func WithTrend(t Trend) Option {
	return func(c *statConfig) { c.trend = &t }
}
