package nps

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// Response is one survey answer: the 0-10 score, the open comment (the
// verbatim), when it was given, and the columns that describe it.
type Response struct {
	// ID identifies the response in the caller's data; readers fill it with
	// the 1-based data row number when no id column is mapped.
	ID string
	// Score is the answer to "how likely are you to recommend us", 0 to 10.
	Score int
	// Comment is the open-ended answer; it may be empty.
	Comment string
	// Time is when the response was given; the zero time means unknown.
	Time time.Time
	// Segments holds categorical columns such as channel, tier or region.
	Segments map[string]string
	// Metrics holds numeric operational columns such as wait minutes.
	Metrics map[string]float64
	// Weight is the survey weight; zero means unweighted (weight 1).
	Weight float64
}

// NoScore is the Score of a response read from data without a score
// column (see Mapping.ScoreOptional): its comment can be analysed for
// themes, causes and sentiment, but it has no category and a Tally rejects
// it.
const NoScore = -1

// Category is the NPS class of a score.
type Category int8

// The three NPS categories. The zero value is Invalid, so an unset Category
// is never mistaken for a class.
const (
	Invalid Category = iota
	Detractor
	Passive
	Promoter
)

// String returns the lower-case name of the category.
func (c Category) String() string {
	switch c {
	case Detractor:
		return "detractor"
	case Passive:
		return "passive"
	case Promoter:
		return "promoter"
	}
	return "invalid"
}

// ErrScore is returned (wrapped) for a score outside 0-10 or not an integer.
var ErrScore = errors.New("score must be an integer from 0 to 10")

// Categorize returns the category of a 0-10 score: promoters 9-10,
// passives 7-8, detractors 0-6.
func Categorize(score int) (Category, error) {
	switch {
	case score < 0 || score > 10:
		return Invalid, fmt.Errorf("nps: %d: %w", score, ErrScore)
	case score >= 9:
		return Promoter, nil
	case score >= 7:
		return Passive, nil
	}
	return Detractor, nil
}

// CategorizeFloat is Categorize for scores held as floating point (JSON
// numbers, spreadsheets): 7.0 is accepted, 7.5, NaN and infinities are not.
func CategorizeFloat(score float64) (Category, error) {
	if math.IsNaN(score) || math.IsInf(score, 0) || score != math.Trunc(score) {
		return Invalid, fmt.Errorf("nps: %v: %w", score, ErrScore)
	}
	if score < 0 || score > 10 {
		return Invalid, fmt.Errorf("nps: %v: %w", score, ErrScore)
	}
	return Categorize(int(score))
}

// Category returns the response's category.
func (r Response) Category() (Category, error) { return Categorize(r.Score) }

// EffectiveWeight returns the response's weight, 1 when unset.
func (r Response) EffectiveWeight() float64 {
	if r.Weight == 0 {
		return 1
	}
	return r.Weight
}
