package themes

import (
	"errors"
	"fmt"
)

// Cause is the key of a root cause: why a customer gave the score they gave.
// The eight built-in keys are the constants below; a caller's taxonomy may
// add its own (lower-case letters, digits and '_', such as "billing"). The
// string form is the key itself, so a Cause reads and writes as a plain JSON
// string.
type Cause string

// The seven root causes of the domain brief, and none. The order of the
// constants is the order of the default taxonomy, which is also the order
// used to break ties.
const (
	// CauseService is a service quality failure: slow or unresolved
	// contacts, unhelpful staff, missed appointments, delays, being
	// transferred or kept on hold. The most common cause.
	CauseService Cause = "service"
	// CauseProduct is a product that does not solve the core problem:
	// missing features, faults, crashes, poor speed, poor value.
	CauseProduct Cause = "product"
	// CauseExpectations is misaligned expectations: promises from sales or
	// marketing the product or service did not keep, hidden fees, feeling
	// misled or mis-sold.
	CauseExpectations Cause = "expectations"
	// CauseFeedbackLoop is a broken feedback loop: feedback or complaints
	// given and nothing happened; repeat contacts, no reply, no call back.
	CauseFeedbackLoop Cause = "feedback_loop"
	// CauseMethodology is a survey methodology problem: wrong people,
	// wrong framing, comments about the survey itself, or a comment that
	// contradicts its score.
	CauseMethodology Cause = "methodology"
	// CauseTiming is bad survey timing: asked too early (nothing used or
	// billed yet) or too late.
	CauseTiming Cause = "timing"
	// CauseMisalignment is organizational misalignment: teams and channels
	// giving different answers, departments that do not talk to each other.
	CauseMisalignment Cause = "misalignment"
	// CauseNone means no cause was stated (praise, or nothing to go on).
	// It is assigned when no cause reaches the threshold and never carries
	// cues of its own.
	CauseNone Cause = "none"
)

// causeBuiltin lists the built-in keys in their default order.
var causeBuiltin = [...]Cause{
	CauseService, CauseProduct, CauseExpectations, CauseFeedbackLoop,
	CauseMethodology, CauseTiming, CauseMisalignment, CauseNone,
}

// CauseBuiltins returns the eight built-in keys in their default order:
// the seven causes, then none.
func CauseBuiltins() []Cause { return append([]Cause(nil), causeBuiltin[:]...) }

// ErrCauseUnknown is returned (wrapped) by CauseParse and by taxonomy lookups
// for a key that is not a known cause.
var ErrCauseUnknown = errors.New("unknown root cause")

// CauseParse returns the built-in cause whose string form is s exactly
// ("feedback_loop", not "Feedback loop"). Keys of a caller's own taxonomy are
// looked up with (*Taxonomy).Cause.
func CauseParse(s string) (Cause, error) {
	for _, c := range causeBuiltin {
		if string(c) == s {
			return c, nil
		}
	}
	return "", fmt.Errorf("themes: cause %q: %w (want one of service, product, expectations, feedback_loop, methodology, timing, misalignment, none)", s, ErrCauseUnknown)
}

// String returns the key.
func (c Cause) String() string { return string(c) }

// causeKeyValid reports whether s is a well-formed cause key: 1 to 40
// lower-case ASCII letters, digits and underscores, starting with a letter.
// Keys stay JSON- and column-name-friendly this way.
func causeKeyValid(s string) bool {
	if len(s) == 0 || len(s) > 40 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// CauseDef describes one root cause of a taxonomy: its key, how to present
// it, how to recognise it in a comment and what to do about it.
type CauseDef struct {
	// Key identifies the cause.
	Key Cause `json:"key"`
	// Label is a short human name ("Service quality failures").
	Label string `json:"label"`
	// Description says what comments of this cause are about.
	Description string `json:"description"`
	// Fix is the recommended action from the domain brief.
	Fix string `json:"fix,omitempty"`
	// Recovery is how long fixing it takes to show in the score.
	Recovery RecoveryHorizon `json:"recovery"`
	// Cues are the words, phrases and patterns that point at this cause.
	Cues []Cue `json:"cues,omitempty"`
	// ReplaceCues, in a taxonomy that extends another, replaces the base
	// cause's cues with Cues instead of adding to them.
	ReplaceCues bool `json:"replace_cues,omitempty"`
	// ScoreBands scale the cause's score by the respondent's 0-10 score
	// when the caller passes it (CauseWithScore); see CauseScoreBand. In a
	// taxonomy that extends another, non-empty bands replace the base's.
	ScoreBands []CauseScoreBand `json:"score_bands,omitempty"`
	// Threshold, when above 0, is the score this cause needs to be ranked,
	// in place of the taxonomy's Threshold: a cause whose cues are few and
	// strong can ask for more, or one voiced in many small ways for less.
	// 0 (the zero value) means the taxonomy's Threshold. In a taxonomy that
	// extends another, a non-zero value replaces the base's.
	Threshold float64 `json:"threshold,omitempty"`
}

// RecoveryHorizon is the expected time for a fix to move the score and by how
// much, from the domain brief's recovery figures: quick wins +5 to +10 points
// in 30-60 days; medium-term fixes (product gaps, expectations, feedback loop)
// +10 to +20 in 3-6 months; long-term fixes (misalignment, service,
// product-market fit) +20 to +40 in 6-12 months. Methodology and timing fix
// the measurement rather than the experience, so the brief gives them no
// point gain; their horizon is "measurement" with zero points.
type RecoveryHorizon struct {
	// Term is "quick", "medium", "long" or "measurement" (or a caller's own).
	Term string `json:"term"`
	// MinDays and MaxDays bound the time until the score moves.
	MinDays int `json:"min_days"`
	MaxDays int `json:"max_days"`
	// MinPoints and MaxPoints bound the expected NPS gain.
	MinPoints int `json:"min_points"`
	MaxPoints int `json:"max_points"`
}
