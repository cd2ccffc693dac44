package nps

// DetractorAlert is a warning drawn from the detractor share.
type DetractorAlert int8

// The detractor-share alerts of the domain brief; the zero value is
// invalid. A share of 30% or more raises both QualityProblem and
// ImmediateAction.
const (
	// QualityProblem: 30% or more detractors, a quality problem that
	// marketing or pricing cannot fix.
	QualityProblem DetractorAlert = iota + 1
	// ImmediateAction: more than 25% detractors.
	ImmediateAction
	// PassiveDrag: under 15% detractors while passives outnumber them, so
	// the score is held down by passives rather than detractors. (The brief
	// states only the 15% rule; the passive condition keeps the alert from
	// firing on a score that nothing holds down, such as 90% promoters.)
	PassiveDrag
)

var alertNames = []string{"", "quality problem", "immediate action", "passive drag"}

// Detractor-share thresholds, as fractions.
const (
	QualityProblemShare  = 0.30
	ImmediateActionShare = 0.25
	PassiveDragShare     = 0.15
)

// String returns the alert's name.
func (a DetractorAlert) String() string { return nameOf(alertNames, int(a)) }

// MarshalText encodes the alert as its name.
func (a DetractorAlert) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText decodes an alert name.
func (a *DetractorAlert) UnmarshalText(p []byte) error {
	n, err := indexOf(alertNames, "detractor alert", p)
	*a = DetractorAlert(n)
	return err
}

// DetractorAlerts returns the alerts a summary raises, most severe first;
// none for an empty summary.
func DetractorAlerts(s Summary) []DetractorAlert {
	if s.N == 0 {
		return nil
	}
	var out []DetractorAlert
	d := s.DetractorShare
	if d >= QualityProblemShare {
		out = append(out, QualityProblem)
	}
	if d > ImmediateActionShare {
		out = append(out, ImmediateAction)
	}
	if d < PassiveDragShare && s.PassiveShare > d {
		out = append(out, PassiveDrag)
	}
	return out
}
