package nps

import (
	"errors"
	"fmt"
)

// ErrWeight is returned (wrapped) for a weight outside [MinWeight,
// MaxWeight], NaN or infinite. A zero Response.Weight means "unweighted"
// (weight 1).
var ErrWeight = errors.New("weight must be a number from 1e-6 to 1e9")

// Bounds on a weight. Weights are relative, so data outside them can be
// rescaled; the bounds keep sums of squared weights over billions of
// responses far from float64 overflow and underflow, so no summary ever
// holds NaN or an infinity.
const (
	MinWeight = 1e-6
	MaxWeight = 1e9
)

// Tally counts responses per category. The zero value is an empty tally
// ready to use. Tallies of disjoint shards merge with Merge: the counts
// merge exactly, in any order, so per-goroutine or per-file tallies give the
// same counts as one pass. The weight sums are float64 sums; for unweighted
// data they hold whole numbers and are exact too (below 2^53 responses), for
// fractional weights a different merge order may change the last bits.
//
// A Tally is not safe for concurrent use: give each goroutine its own and
// merge them.
type Tally struct {
	Promoters  int64 `json:"promoters"`
	Passives   int64 `json:"passives"`
	Detractors int64 `json:"detractors"`
	// PromoterWeight, PassiveWeight and DetractorWeight are the sums of the
	// weights per category; they equal the counts for unweighted data.
	PromoterWeight  float64 `json:"promoter_weight"`
	PassiveWeight   float64 `json:"passive_weight"`
	DetractorWeight float64 `json:"detractor_weight"`
	// SquaredWeight is the sum of the squared weights, kept for the
	// effective sample size (sum w)^2 / sum w^2.
	SquaredWeight float64 `json:"squared_weight"`
}

// TallyOf tallies responses; the first invalid one stops it with an error
// naming the response.
func TallyOf(rs []Response) (Tally, error) {
	var t Tally
	for i := range rs {
		if err := t.Add(rs[i]); err != nil {
			return Tally{}, err
		}
	}
	return t, nil
}

// Add counts a response with its effective weight. A score outside 0-10
// (ErrScore) or a weight out of bounds (ErrWeight) returns an
// error naming the response ID and leaves the tally unchanged.
func (t *Tally) Add(r Response) error {
	w := r.EffectiveWeight()
	if err := checkWeight(w); err != nil {
		return fmt.Errorf("nps: response %q: weight %v: %w", r.ID, r.Weight, err)
	}
	c, err := Categorize(r.Score)
	if err != nil {
		return fmt.Errorf("nps: response %q: score %d: %w", r.ID, r.Score, ErrScore)
	}
	t.add(c, w)
	return nil
}

// AddScore counts one unweighted score.
func (t *Tally) AddScore(score int) error {
	return t.AddWeighted(score, 1)
}

// AddWeighted counts one score with weight w in [MinWeight, MaxWeight].
func (t *Tally) AddWeighted(score int, w float64) error {
	if err := checkWeight(w); err != nil {
		return fmt.Errorf("nps: weight %v: %w", w, err)
	}
	c, err := Categorize(score)
	if err != nil {
		return err
	}
	t.add(c, w)
	return nil
}

func checkWeight(w float64) error {
	if !(w >= MinWeight && w <= MaxWeight) { // also catches NaN
		return ErrWeight
	}
	return nil
}

func (t *Tally) add(c Category, w float64) {
	switch c {
	case Promoter:
		t.Promoters++
		t.PromoterWeight += w
	case Passive:
		t.Passives++
		t.PassiveWeight += w
	case Detractor:
		t.Detractors++
		t.DetractorWeight += w
	}
	t.SquaredWeight += w * w
}

// Merge adds the counts and weights of o, a tally of other responses.
func (t *Tally) Merge(o Tally) {
	t.Promoters += o.Promoters
	t.Passives += o.Passives
	t.Detractors += o.Detractors
	t.PromoterWeight += o.PromoterWeight
	t.PassiveWeight += o.PassiveWeight
	t.DetractorWeight += o.DetractorWeight
	t.SquaredWeight += o.SquaredWeight
}

// Without returns t less o, where o is a subset of t's responses: the rest
// of the data when o is one group of a breakdown, or the responses that do
// not mention a theme when o is its mentioners.
func (t Tally) Without(o Tally) Tally {
	r := Tally{
		Promoters:       t.Promoters - o.Promoters,
		Passives:        t.Passives - o.Passives,
		Detractors:      t.Detractors - o.Detractors,
		PromoterWeight:  t.PromoterWeight - o.PromoterWeight,
		PassiveWeight:   t.PassiveWeight - o.PassiveWeight,
		DetractorWeight: t.DetractorWeight - o.DetractorWeight,
		SquaredWeight:   t.SquaredWeight - o.SquaredWeight,
	}
	if r.N() == 0 {
		return Tally{} // drop float residue of fractional weights
	}
	return r
}

// N returns the number of responses counted.
func (t Tally) N() int64 { return t.Promoters + t.Passives + t.Detractors }

// Weight returns the sum of the weights (N for unweighted data).
func (t Tally) Weight() float64 {
	return t.PromoterWeight + t.PassiveWeight + t.DetractorWeight
}

// EffectiveN returns the effective sample size (sum w)^2 / sum w^2, which
// equals N for unweighted data; 0 for an empty tally.
func (t Tally) EffectiveN() float64 {
	if t.SquaredWeight <= 0 {
		return 0
	}
	w := t.Weight()
	return w * w / t.SquaredWeight
}

// Weighted reports whether any counted weight differs from 1: then both
// the weight sum and the squared-weight sum cannot equal N.
func (t Tally) Weighted() bool {
	n := float64(t.N())
	return t.Weight() != n || t.SquaredWeight != n
}
