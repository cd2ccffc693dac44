package synth

import (
	"math"
	"math/rand/v2"
)

// Median waits in minutes by channel: time in the phone or chat queue, time
// to a WhatsApp or email reply. Self-service has no wait.
var (
	waitMedian = map[string]float64{"phone": 6, "chat": 3, "whatsapp": 9, "email": 300}
	// waitLong multiplies the median for comments about long waits.
	waitLong = map[string]float64{"phone": 7, "chat": 8, "whatsapp": 6, "email": 9}
	// transferDist is P(0), P(1), P(2) transfers by channel.
	transferDist = map[string][]float64{
		"phone": {0.55, 0.32, 0.13}, "chat": {0.65, 0.28, 0.07},
		"whatsapp": {0.70, 0.25, 0.05}, "email": {0.85, 0.15, 0},
	}
)

// missingWait is the share of assisted contacts whose wait was not
// recorded, left empty in the file as real exports are.
const missingWait = 0.015

// drawMetrics sets the wait and the transfers from the channel and themes.
// The wait is drawn even when it will not be recorded, so that a comment
// about a long wait can still quote one.
func drawMetrics(rng *rand.Rand, r *Row) {
	med, ok := waitMedian[r.Channel]
	if !ok {
		return
	}
	if hasTheme(r, ThemeLongWait) {
		med *= waitLong[r.Channel]
	}
	if hasTheme(r, ThemeTransferred) {
		med *= 1.6
	}
	if (r.Kind == KindSevere || r.Kind == KindDouble) && !hasTheme(r, ThemeLongWait) {
		med *= 1.25
	}
	w := med * math.Exp(0.55*rng.NormFloat64())
	if r.Channel == "email" {
		w = math.Max(1, math.Round(w))
	} else {
		w = math.Max(0.2, math.Round(w*10)/10)
	}
	r.Wait = w
	r.HasWait = rng.Float64() >= missingWait
	if hasTheme(r, ThemeTransferred) {
		r.Transfers = 2 + pick(rng, []float64{0.35, 0.35, 0.2, 0.1})
		if r.Channel == "email" {
			r.Transfers = min(r.Transfers, 3)
		}
		return
	}
	r.Transfers = pick(rng, transferDist[r.Channel])
}

// Score distributions inside a band, for 0-6, 7-8 and 9-10.
var (
	detractorAngry = []float64{0.22, 0.12, 0.16, 0.18, 0.14, 0.10, 0.08}
	detractorMild  = []float64{0.03, 0.02, 0.05, 0.10, 0.15, 0.30, 0.35}
	detractorOff   = []float64{0.12, 0.03, 0.05, 0.10, 0.10, 0.25, 0.35}
)

// drawScore turns the dealt band into a 0-10 score. Angry comments get the
// low detractor scores; a praising comment with a detractor score (the
// mismatch real data has) lands anywhere in 0-6.
func drawScore(rng *rand.Rand, k Kind, b band) int {
	switch b {
	case bandPromoter:
		p10 := 0.45
		if k == KindPraise {
			p10 = 0.6
		}
		if rng.Float64() < p10 {
			return 10
		}
		return 9
	case bandPassive:
		p8 := 0.5
		switch k {
		case KindPraise:
			p8 = 0.65
		case KindSevere, KindDouble, KindMild:
			p8 = 0.4
		}
		if rng.Float64() < p8 {
			return 8
		}
		return 7
	}
	switch k {
	case KindSevere, KindDouble:
		return pick(rng, detractorAngry)
	case KindMild, KindMixed, KindSurvey:
		return pick(rng, detractorMild)
	}
	return pick(rng, detractorOff)
}
