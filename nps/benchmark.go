package nps

import "math"

// Industry names one of the built-in benchmarks.
type Industry int8

// The industries with a built-in benchmark; the zero value is invalid.
const (
	SaaS Industry = iota + 1
	ECommerce
	Healthcare
	Banking
	Telecom
	Insurance
)

var industryNames = []string{"", "SaaS", "E-commerce", "Healthcare", "Banking", "Telecom", "Insurance"}

// industryFigures holds each industry's average NPS and "bad below" score,
// from the domain brief.
var industryFigures = [][2]float64{{}, {41, 25}, {45, 30}, {38, 20}, {34, 15}, {19, 0}, {28, 10}}

// String returns the industry's name, e.g. "E-commerce".
func (i Industry) String() string { return nameOf(industryNames, int(i)) }

// MarshalText encodes the industry as its name.
func (i Industry) MarshalText() ([]byte, error) { return []byte(i.String()), nil }

// UnmarshalText decodes an industry name.
func (i *Industry) UnmarshalText(p []byte) error {
	n, err := indexOf(industryNames, "industry", p)
	*i = Industry(n)
	return err
}

// Industries returns the built-in industries in declaration order.
func Industries() []Industry {
	return []Industry{SaaS, ECommerce, Healthcare, Banking, Telecom, Insurance}
}

// Benchmark is a reference score: an industry's or the caller's own.
type Benchmark struct {
	Name string `json:"name"`
	// Average is the reference NPS in points.
	Average float64 `json:"average"`
	// BadBelow is the score under which NPS counts as bad.
	BadBelow float64 `json:"bad_below"`
}

// IndustryBenchmark returns the built-in benchmark of an industry; false
// for an unknown one.
func IndustryBenchmark(i Industry) (Benchmark, bool) {
	if i < SaaS || i > Insurance {
		return Benchmark{}, false
	}
	f := industryFigures[i]
	return Benchmark{Name: i.String(), Average: f[0], BadBelow: f[1]}, true
}

// Verdict places a score against a benchmark.
type Verdict int8

// The verdicts, from best to worst; the zero value is invalid.
const (
	VerdictAbove   Verdict = iota + 1 // more than 10 points above the average
	VerdictNormal                     // within 10 points of the average (inclusive)
	VerdictBelow                      // more than 10 but less than 15 points below
	VerdictProblem                    // 15 or more points below the average
	VerdictBad                        // below the benchmark's bad threshold
)

var verdictNames = []string{"", "above", "normal", "below", "problem", "bad"}

// String returns the verdict's name.
func (v Verdict) String() string { return nameOf(verdictNames, int(v)) }

// MarshalText encodes the verdict as its name.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// UnmarshalText decodes a verdict name.
func (v *Verdict) UnmarshalText(p []byte) error {
	n, err := indexOf(verdictNames, "verdict", p)
	*v = Verdict(n)
	return err
}

// BenchmarkResult is a score measured against a benchmark.
type BenchmarkResult struct {
	Benchmark Benchmark `json:"benchmark"`
	// Gap is NPS minus the benchmark average, in points.
	Gap     float64 `json:"gap"`
	Verdict Verdict `json:"verdict"`
}

// CompareBenchmark judges an NPS against b. The worst applicable verdict
// wins: VerdictBad when nps < BadBelow, then VerdictProblem when the gap
// is -15 or less, VerdictBelow when it is under -10, VerdictNormal when
// |gap| <= 10, else VerdictAbove. The point estimate is judged; read it
// with the summary's interval.
func CompareBenchmark(nps float64, b Benchmark) BenchmarkResult {
	gap := nps - b.Average
	r := BenchmarkResult{Benchmark: b, Gap: gap}
	switch {
	case nps < b.BadBelow:
		r.Verdict = VerdictBad
	case gap <= -15:
		r.Verdict = VerdictProblem
	case gap < -10:
		r.Verdict = VerdictBelow
	case math.Abs(gap) <= 10:
		r.Verdict = VerdictNormal
	default:
		r.Verdict = VerdictAbove
	}
	return r
}
