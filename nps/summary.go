package nps

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Summary is the score of a set of responses with its sampling uncertainty.
//
// Shares are fractions from 0 to 1 and weighted when the responses carry
// weights; NPS and every interval are in points from -100 to 100. The
// standard error comes from the multinomial variance of NPS,
//
//	Var(NPS) = (p+ + p- - (p+ - p-)^2) / n
//
// with n the effective sample size (sum w)^2 / sum w^2 (n itself when
// unweighted), scaled by 100 to points. The interval is the normal
// approximation NPS ± z·SE (z = 1.96 at 95%), clipped to [-100, 100]; it is
// poor for small samples or when nearly every answer falls in one category
// (its width collapses to zero), which WithAdjustedWald addresses.
//
// An empty summary (N == 0) has no score: every share, score and interval
// field is then zero and must not be read as a value.
type Summary struct {
	N          int64   `json:"n"`
	EffectiveN float64 `json:"effective_n"`
	Weighted   bool    `json:"weighted"`
	Promoters  int64   `json:"promoters"`
	Passives   int64   `json:"passives"`
	Detractors int64   `json:"detractors"`

	PromoterShare  float64 `json:"promoter_share"`
	PassiveShare   float64 `json:"passive_share"`
	DetractorShare float64 `json:"detractor_share"`

	NPS        float64 `json:"nps"`
	StdErr     float64 `json:"std_err"`
	Confidence float64 `json:"confidence"`
	Margin     float64 `json:"margin"`
	Low        float64 `json:"low"`
	High       float64 `json:"high"`
	// Adjusted is the adjusted-Wald interval, present only with
	// WithAdjustedWald and a non-empty summary.
	Adjusted *Interval `json:"adjusted,omitempty"`
}

// Interval is an alternative interval estimate of NPS, in points.
type Interval struct {
	// Center is the interval's own point estimate, which for the
	// adjusted-Wald interval is shrunk towards 0 and differs from NPS.
	Center float64 `json:"center"`
	StdErr float64 `json:"std_err"`
	Low    float64 `json:"low"`
	High   float64 `json:"high"`
}

// Summarize tallies responses and summarises them.
func Summarize(rs []Response, opts ...Option) (Summary, error) {
	t, err := TallyOf(rs)
	if err != nil {
		return Summary{}, err
	}
	return t.Summary(opts...), nil
}

// Summary summarises the tally; it reads WithConfidence and WithAdjustedWald.
func (t Tally) Summary(opts ...Option) Summary {
	c := newConfig(opts)
	return t.summary(&c)
}

func (t Tally) summary(c *statConfig) Summary {
	s := Summary{
		N:          t.N(),
		Weighted:   t.Weighted(),
		Promoters:  t.Promoters,
		Passives:   t.Passives,
		Detractors: t.Detractors,
		Confidence: c.confidence,
	}
	if s.N == 0 {
		return s
	}
	w := t.Weight()
	s.EffectiveN = t.EffectiveN()
	s.PromoterShare = t.PromoterWeight / w
	s.PassiveShare = t.PassiveWeight / w
	s.DetractorShare = t.DetractorWeight / w
	s.NPS = 100 * (s.PromoterShare - s.DetractorShare)
	s.StdErr = 100 * npsSE(s.PromoterShare, s.DetractorShare, s.EffectiveN)
	s.Margin = zFor(c.confidence) * s.StdErr
	s.Low, s.High = clip(s.NPS-s.Margin, 100), clip(s.NPS+s.Margin, 100)
	if c.adjusted {
		s.Adjusted = adjustedWald(s.PromoterShare, s.DetractorShare, s.EffectiveN, c.confidence)
	}
	return s
}

// npsSE is the standard error of p+ - p- (as a fraction) for a sample of n.
func npsSE(pp, pd, n float64) float64 {
	d := pp - pd
	v := (pp + pd - d*d) / n
	if v < 0 { // rounding when all answers are in one category
		v = 0
	}
	return math.Sqrt(v)
}

// adjustedWald adds 3/4 promoter, 3/4 detractor and 3/2 passive
// pseudo-responses (n+3 in all) and applies the same variance formula.
func adjustedWald(pp, pd, n, confidence float64) *Interval {
	na := n + 3
	ap := (pp*n + 0.75) / na
	ad := (pd*n + 0.75) / na
	center := 100 * (ap - ad)
	se := 100 * npsSE(ap, ad, na)
	m := zFor(confidence) * se
	return &Interval{Center: center, StdErr: se, Low: clip(center-m, 100), High: clip(center+m, 100)}
}

// zFor returns the two-sided normal critical value for a confidence level.
func zFor(confidence float64) float64 {
	return distuv.UnitNormal.Quantile(1 - (1-confidence)/2)
}

// clip limits x to [-limit, limit].
func clip(x, limit float64) float64 {
	return math.Max(-limit, math.Min(limit, x))
}
