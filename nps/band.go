package nps

// Band is the diagnostic band of a score. Boundary rule: each band
// includes its lower bound and excludes its upper bound, so -50 is
// SystematicProblems, 0 is BelowStandard, 10 Acceptable, 30 Good,
// 50 Excellent and 70 WorldClass; 100 is WorldClass and -100 Crisis.
type Band int8

// The diagnostic bands, from worst to best; the zero value is invalid.
const (
	Crisis             Band = iota + 1 // [-100, -50)
	SystematicProblems                 // [-50, 0)
	BelowStandard                      // [0, 10)
	Acceptable                         // [10, 30)
	Good                               // [30, 50)
	Excellent                          // [50, 70)
	WorldClass                         // [70, 100]
)

var bandNames = []string{"", "crisis", "systematic problems", "below industry standard",
	"acceptable", "good", "excellent", "world-class"}

// bandLower holds each band's inclusive lower bound, indexed by Band.
var bandLower = []float64{0, -100, -50, 0, 10, 30, 50, 70}

var bandActions = []string{"",
	"immediate stabilization",
	"root-cause analysis within 30 days",
	"improvement plan within 60 days",
	"optimize and monitor (acceptable depends on the industry)",
	"maintain and expand strengths",
	"protect and replicate across segments",
	"document and scale the playbook",
}

// BandOf returns the band of an NPS in points. Scores below -100 count as
// Crisis and above 100 as WorldClass; NaN has no band (the zero Band).
func BandOf(nps float64) Band {
	if nps != nps {
		return 0
	}
	for b := WorldClass; b > Crisis; b-- {
		if nps >= bandLower[b] {
			return b
		}
	}
	return Crisis
}

// String returns the band's name, e.g. "systematic problems".
func (b Band) String() string { return nameOf(bandNames, int(b)) }

// Action returns the band's action priority from the domain brief.
func (b Band) Action() string { return nameOf(bandActions, int(b)) }

// MarshalText encodes the band as its name.
func (b Band) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText decodes a band name.
func (b *Band) UnmarshalText(p []byte) error {
	i, err := indexOf(bandNames, "band", p)
	*b = Band(i)
	return err
}
