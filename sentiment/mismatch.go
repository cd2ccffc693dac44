package sentiment

// Mismatch says whether a comment's wording contradicts its score.
type Mismatch int8

// The mismatch kinds. The zero value means the two agree (or the comment
// says too little to tell).
const (
	NoMismatch        Mismatch = iota
	PromoterNegative           // a 9-10 score with a clearly negative comment
	DetractorPositive          // a 0-6 score with a clearly positive comment
)

// String returns "none", "promoter-negative" or "detractor-positive".
func (m Mismatch) String() string {
	switch m {
	case PromoterNegative:
		return "promoter-negative"
	case DetractorPositive:
		return "detractor-positive"
	}
	return "none"
}

// MismatchThreshold is how clear a comment must be to contradict its score:
// |compound| >= 0.5, stricter than the label thresholds, so that a mixed or
// mild comment ("good but slow") under a low score is not flagged. With the
// smoothing constant 1.5 this needs, for a one-sided comment, a balance of at
// least 1.5 (one clearly negative word such as "poor", -2.1, qualifies; "ok"
// does not).
const MismatchThreshold = 0.5

// Mismatch scores text and reports whether it contradicts the 0-10 score:
// PromoterNegative for a promoter (9-10) whose comment scores at most
// -MismatchThreshold, DetractorPositive for a detractor (0-6) whose comment
// scores at least +MismatchThreshold. Passives (7-8) are never flagged. The
// Result explains the comment's score. A score outside 0-10 is an error
// wrapping ErrScore.
func (a *Analyzer) Mismatch(score int, text string) (Mismatch, Result, error) {
	if _, err := WeakLabel(score); err != nil {
		return NoMismatch, Result{}, err
	}
	r := a.Analyze(text)
	m, err := MismatchOf(score, r.Compound)
	return m, r, err
}

// MismatchOf is Mismatch for a comment already scored: the compound score
// from Score or Analyze. Bulk callers that need no explanation pair it
// with Score, which does not allocate.
func MismatchOf(score int, compound float64) (Mismatch, error) {
	l, err := WeakLabel(score)
	if err != nil {
		return NoMismatch, err
	}
	switch {
	case l == Positive && compound <= -MismatchThreshold:
		return PromoterNegative, nil
	case l == Negative && compound >= MismatchThreshold:
		return DetractorPositive, nil
	}
	return NoMismatch, nil
}
