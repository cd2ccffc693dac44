package nps

// RecoveryTarget is the realistic 90-day target for a starting score, from
// the domain brief's table. Rows include their lower bound and exclude
// their upper bound: -50 to -20, -20 to 0, 0 to 20, 20 to 40.
//
// Outside the table (below -50, or 40 and above) Covered is false, Low and
// High are zero and Focus says what to do instead: below -50 the brief
// gives no 90-day figure because stabilising comes first; from 40 up the
// task is to hold the score, not to reach a higher band in 90 days.
type RecoveryTarget struct {
	Start   float64 `json:"start"`
	Covered bool    `json:"covered"`
	Low     float64 `json:"low"`
	High    float64 `json:"high"`
	Focus   string  `json:"focus"`
}

var recoveryRows = []struct {
	from, to, low, high float64
	focus               string
}{
	{-50, -20, -20, 0, "crisis management, stabilize service, recover detractors"},
	{-20, 0, 10, 20, "root-cause fixes, expectation realignment, feedback loop"},
	{0, 20, 20, 35, "product improvements, training, quick wins"},
	{20, 40, 35, 50, "culture shift, systemic process improvements"},
}

// Recovery returns the 90-day target for a starting NPS.
func Recovery(start float64) RecoveryTarget {
	for _, r := range recoveryRows {
		if start >= r.from && start < r.to {
			return RecoveryTarget{Start: start, Covered: true, Low: r.low, High: r.high, Focus: r.focus}
		}
	}
	t := RecoveryTarget{Start: start}
	switch {
	case start != start:
		t.Focus = "no score"
	case start < -50:
		t.Focus = "no 90-day target below -50: stabilize service first (crisis band)"
	default:
		t.Focus = "no 90-day target from +40 up: protect the score and replicate what works"
	}
	return t
}
