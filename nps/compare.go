package nps

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/stat/distuv"
)

// Comparison is the difference between two independent groups, or the
// statement that the data are too few to tell.
type Comparison struct {
	// Insufficient is true when either group's effective sample size is
	// below the minimum (or zero); then Difference is nil and Reason says
	// which group fell short.
	Insufficient bool    `json:"insufficient_evidence"`
	Reason       string  `json:"reason,omitempty"`
	MinSample    float64 `json:"min_sample"`
	// Difference is present only with enough evidence.
	Difference *Difference `json:"difference,omitempty"`
}

// Difference is NPS(a) - NPS(b) in points with its uncertainty, for
// independent samples: Var = Var_a + Var_b, each from the multinomial
// variance of Summary, with the normal approximation for the interval and
// the two-sided p-value.
type Difference struct {
	Points     float64 `json:"points"`
	StdErr     float64 `json:"std_err"`
	Confidence float64 `json:"confidence"`
	Margin     float64 `json:"margin"`
	// Low and High bound the difference, clipped to [-200, 200].
	Low  float64 `json:"low"`
	High float64 `json:"high"`
	// Z is Points/StdErr; with a zero standard error (both groups entirely
	// in one category each) Z is 0 and PValue is 1 for equal scores and 0
	// otherwise.
	Z      float64 `json:"z"`
	PValue float64 `json:"p_value"`
	// Significant is PValue < 1 - Confidence.
	Significant bool `json:"significant"`
}

// Compare compares a with b (a minus b). It reads WithMinSample and
// WithConfidence; the confidence of the summaries themselves is ignored.
func Compare(a, b Summary, opts ...Option) Comparison {
	c := newConfig(opts)
	return compare(a, b, &c)
}

// CompareTallies is Compare on the tallies' summaries.
func CompareTallies(a, b Tally, opts ...Option) Comparison {
	c := newConfig(opts)
	return compare(a.summary(&c), b.summary(&c), &c)
}

func compare(a, b Summary, c *statConfig) Comparison {
	cmp := Comparison{MinSample: c.minSample}
	var short []string
	for _, g := range []struct {
		name string
		s    Summary
	}{{"a", a}, {"b", b}} {
		if r := shortfall(g.name, g.s, c.minSample); r != "" {
			short = append(short, r)
		}
	}
	if len(short) > 0 {
		cmp.Insufficient = true
		cmp.Reason = "insufficient evidence: " + strings.Join(short, "; ")
		return cmp
	}
	d := &Difference{Points: a.NPS - b.NPS, Confidence: c.confidence}
	d.StdErr = math.Hypot(a.StdErr, b.StdErr)
	d.Margin = zFor(c.confidence) * d.StdErr
	d.Low, d.High = clip(d.Points-d.Margin, 200), clip(d.Points+d.Margin, 200)
	switch {
	case d.StdErr > 0:
		d.Z = d.Points / d.StdErr
		d.PValue = 2 * distuv.UnitNormal.Survival(math.Abs(d.Z))
	case d.Points == 0:
		d.PValue = 1
	}
	d.Significant = d.PValue < 1-c.confidence
	cmp.Difference = d
	return cmp
}

// shortfall describes why a group cannot be compared, or returns "".
func shortfall(name string, s Summary, min float64) string {
	switch {
	case s.N == 0:
		return fmt.Sprintf("group %s has no responses", name)
	case s.EffectiveN < min:
		return fmt.Sprintf("group %s has an effective sample of %.1f, below the minimum %g", name, s.EffectiveN, min)
	}
	return ""
}
