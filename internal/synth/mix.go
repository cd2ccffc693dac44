package synth

import (
	"math"
	"math/rand/v2"
)

// The kind mix and score bands are dealt per cell (quarter × region ×
// channel) from a deck with exact proportions instead of drawn row by row,
// so that each cell's NPS is what the design says up to rounding. Without
// this, a cell of ~300 rows would carry about ±5 points of sampling noise
// and the planted story could not be told apart from chance.

// band is an NPS category as dealt by the deck.
type band int8

const (
	bandDetractor band = iota
	bandPassive
	bandPromoter
)

// card is one deck entry: what a row will be.
type card struct {
	kind  Kind
	band  band
	story bool
}

// baseMix is the share of each kind in an average cell; it sums to one.
var baseMix = [...]float64{
	KindEmpty:   0.055,
	KindGeneric: 0.095,
	KindPraise:  0.440,
	KindMild:    0.140,
	KindSevere:  0.140,
	KindMixed:   0.040,
	KindDouble:  0.050,
	KindSurvey:  0.040,
}

// bands gives, per kind, the shares of detractors, passives and promoters.
// Praise is mostly scored 9-10 and severe complaints mostly 0-6; the rest
// is the noise of real answers (a praising comment with a 3).
var bands = [...][3]float64{
	KindEmpty:   {0.25, 0.35, 0.40},
	KindGeneric: {0.22, 0.33, 0.45},
	KindPraise:  {0.03, 0.11, 0.86},
	KindMild:    {0.45, 0.50, 0.05},
	KindSevere:  {0.92, 0.06, 0.02},
	KindMixed:   {0.25, 0.40, 0.35},
	KindDouble:  {0.85, 0.12, 0.03},
	KindSurvey:  {0.40, 0.30, 0.30},
}

// Shifts move share from severe complaints to praise (positive is better):
// 0.01 is about +1.7 NPS points.
var (
	regionShift  = map[string]float64{"north": 0.02, "south": 0, "east": 0.03, "west": -0.02}
	channelShift = map[string]float64{"phone": -0.04, "chat": 0, "email": -0.02,
		"whatsapp": 0.02, "self-service": 0.04}
	quarterShift = [4]float64{0, 0.005, 0.010, 0.015}
)

// storyShare is the share of a story cell's rows that the billing wave
// adds, by quarter: none before, 16% in the drop quarter, 5% after.
var storyShare = [4]float64{0, 0, 0.16, 0.05}

// storySevere is the share of story rows worded as severe complaints.
const storySevere = 0.75

// cellCards returns the deck entries of a cell and their probabilities.
func cellCards(quarter int, region, channel string) ([]card, []float64) {
	mix := baseMix
	shift := regionShift[region] + channelShift[channel] + quarterShift[quarter]
	mix[KindPraise] += shift
	mix[KindSevere] -= shift
	s := 0.0
	if region == PlantedStory().Value {
		s = storyShare[quarter]
	}
	// Band-major order: systematic sampling gives every contiguous run of
	// cards a count within one of its expectation, so ordering by band
	// makes each cell's promoter and detractor totals near-exact.
	var cards []card
	var probs []float64
	for b := range band(3) {
		for k, share := range mix {
			cards = append(cards, card{kind: Kind(k), band: b})
			probs = append(probs, (1-s)*share*bands[k][b])
		}
		if s == 0 {
			continue
		}
		cards = append(cards, card{kind: KindSevere, band: b, story: true},
			card{kind: KindMild, band: b, story: true})
		probs = append(probs, s*storySevere*bands[KindSevere][b],
			s*(1-storySevere)*bands[KindMild][b])
	}
	return cards, probs
}

// deal returns m cards with counts m·p rounded by systematic sampling (each
// count is the floor or the ceiling of its expectation), shuffled.
func deal(rng *rand.Rand, cards []card, probs []float64, m int) []card {
	out := make([]card, 0, m)
	u := rng.Float64()
	cum, prev := 0.0, 0
	for i, c := range cards {
		cum += probs[i]
		next := int(math.Floor(cum*float64(m) + u))
		if i == len(cards)-1 || next > m {
			next = m
		}
		for ; prev < next; prev++ {
			out = append(out, c)
		}
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// assignKinds deals every cell's deck to its rows and returns each row's
// band.
func assignKinds(rng *rand.Rand, rows []Row) []band {
	type key struct {
		q               int
		region, channel string
	}
	bandOf := make([]band, len(rows))
	var order []key
	members := map[key][]int{}
	for i, r := range rows {
		k := key{quarterOf(r.Date), r.Region, r.Channel}
		if _, ok := members[k]; !ok {
			order = append(order, k)
		}
		members[k] = append(members[k], i)
	}
	// order is the order of first appearance, which depends only on the
	// rows, so iteration does not depend on map order.
	for _, k := range order {
		idx := members[k]
		cards, probs := cellCards(k.q, k.region, k.channel)
		for j, c := range deal(rng, cards, probs, len(idx)) {
			r := &rows[idx[j]]
			r.Kind, r.Story = c.kind, c.story
			bandOf[idx[j]] = c.band
		}
	}
	return bandOf
}
