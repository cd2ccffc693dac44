package themes

import (
	"fmt"
	"math"
)

// CauseScoreBand scales a cause's score for respondents whose 0-10 NPS
// score lies in [Min, Max], when the caller passes that score
// (CauseWithScore). It encodes where in the scale a cause is voiced: a
// broken feedback loop ("nobody called back, third time I've asked") comes
// from detractors, so the same words under a 9 are more likely a story
// with a happy ending; survey timing ("not had a bill yet") comes mostly
// from passives, while "not connected yet" under a 0 is a service
// complaint. A Factor above 1 makes the cause easier to reach in the band,
// below 1 harder, and 0 rules it out. Scores outside every band, and
// comments scored without a respondent score, keep factor 1.
type CauseScoreBand struct {
	Min    int     `json:"min"`
	Max    int     `json:"max"`
	Factor float64 `json:"factor"`
}

// causeBandsCheck checks that bands lie in 0-10, do not overlap and have a
// factor in [0, 10].
func causeBandsCheck(bands []CauseScoreBand) error {
	var used [11]bool
	for i, b := range bands {
		switch {
		case b.Min < 0 || b.Max > 10 || b.Min > b.Max:
			return fmt.Errorf("score_bands[%d] %d-%d: want 0 <= min <= max <= 10: %w", i, b.Min, b.Max, ErrTaxonomyInvalid)
		case math.IsNaN(b.Factor) || b.Factor < 0 || b.Factor > 10:
			return fmt.Errorf("score_bands[%d] factor %v: want 0 to 10: %w", i, b.Factor, ErrTaxonomyInvalid)
		}
		for s := b.Min; s <= b.Max; s++ {
			if used[s] {
				return fmt.Errorf("score_bands[%d] %d-%d: score %d is in an earlier band: %w", i, b.Min, b.Max, s, ErrTaxonomyInvalid)
			}
			used[s] = true
		}
	}
	return nil
}

// causeBandFactors spreads checked bands over the eleven scores.
func causeBandFactors(bands []CauseScoreBand) [11]float64 {
	var f [11]float64
	for s := range f {
		f[s] = 1
	}
	for _, b := range bands {
		for s := b.Min; s <= b.Max; s++ {
			f[s] = b.Factor
		}
	}
	return f
}
