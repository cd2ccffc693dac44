package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// DefaultSeed and DefaultSize are the seed and row count of the committed
// corpus testdata/synthetic.csv.
const (
	DefaultSeed uint64 = 20250704
	DefaultSize        = 5000
)

// Kind is how a row's comment was built; it decides the score band
// distribution and the wording's intensity.
type Kind int8

// The comment kinds.
const (
	KindEmpty   Kind = iota // no comment at all
	KindGeneric             // "n/a", "good", "STOP": no theme, no cause
	KindPraise              // one or two praise themes
	KindMild                // one complaint theme, softened wording
	KindSevere              // one complaint theme, strong wording
	KindMixed               // a praise theme and a complaint theme
	KindDouble              // two complaint themes
	KindSurvey              // about the survey itself (timing, methodology)
)

var kindNames = [...]string{"empty", "generic", "praise", "mild", "severe", "mixed", "double", "survey"}

// String returns the lower-case name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) && k >= 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Row is one generated response with its gold labels.
type Row struct {
	ID        string
	Date      time.Time // UTC midnight
	Channel   string
	Tier      string
	Region    string
	Score     int
	Comment   string
	Wait      float64 // wait in minutes; meaningful only when HasWait
	HasWait   bool    // false for self-service and for a few unrecorded waits
	Transfers int
	Themes    []string // gold theme keys, main first; nil for no theme
	Causes    []Cause  // gold causes, main first; [CauseNone] when none
	Kind      Kind
	Story     bool // the row was added by the planted story
}

// Segment values, in the order the generator draws them. Callers must not
// modify them.
var (
	Channels = []string{"phone", "chat", "email", "whatsapp", "self-service"}
	Tiers    = []string{"consumer", "smb", "enterprise"}
	Regions  = []string{"north", "south", "east", "west"}
)

var (
	channelWeights = []float64{0.30, 0.25, 0.15, 0.12, 0.18}
	tierWeights    = []float64{0.60, 0.28, 0.12}
	regionWeights  = []float64{0.24, 0.26, 0.25, 0.25}
	corpusStart    = time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC)
	corpusDays     = 365
)

// Generate returns n responses dated through 2025, built from the seed
// alone: the same seed and n always give the same rows. It panics if n is
// negative.
func Generate(seed uint64, n int) []Row {
	if n < 0 {
		panic("synth: negative row count")
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	rows := drawFrames(rng, n)
	bands := assignKinds(rng, rows)
	g := newGen(rng)
	for i := range rows {
		g.fill(&rows[i], bands[i])
	}
	return rows
}

// drawFrames draws the date and segments of every row and numbers the rows
// in date order.
func drawFrames(rng *rand.Rand, n int) []Row {
	days := make([]int, n)
	for i := range days {
		days[i] = rng.IntN(corpusDays)
	}
	slices.Sort(days)
	rows := make([]Row, n)
	for i := range rows {
		rows[i] = Row{
			ID:      fmt.Sprintf("r%05d", i+1),
			Date:    corpusStart.AddDate(0, 0, days[i]),
			Region:  Regions[pick(rng, regionWeights)],
			Channel: Channels[pick(rng, channelWeights)],
			Tier:    Tiers[pick(rng, tierWeights)],
		}
	}
	return rows
}

// pick returns an index drawn with the given weights (which need not sum
// to one).
func pick(rng *rand.Rand, w []float64) int {
	total := 0.0
	for _, x := range w {
		total += x
	}
	u := rng.Float64() * total
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}

// quarterOf returns 0 for January-March 2025 up to 3 for October-December.
func quarterOf(t time.Time) int { return (int(t.Month()) - 1) / 3 }

// QuarterLabel returns the quarter of t as "2025-Q3".
func QuarterLabel(t time.Time) string {
	return fmt.Sprintf("%d-Q%d", t.Year(), quarterOf(t)+1)
}
