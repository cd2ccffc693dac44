package themes

import (
	"math"
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/verbatim-go/verbatim/nps"
)

// ImpactMethod names how an Impact interval was computed.
type ImpactMethod string

// The interval methods.
const (
	// ImpactDelta is the delta method (see Impact); the default.
	ImpactDelta ImpactMethod = "delta"
	// ImpactBootstrap is the percentile bootstrap of WithLinkBootstrap.
	ImpactBootstrap ImpactMethod = "bootstrap"
)

// Impact is the leave-one-out impact of a key on NPS, in points: the NPS of
// all responses minus the NPS of the responses that do not mention it. A
// negative impact means the key's mentioners pull the score down: without
// them it would be higher by -Points.
//
// With m the (weighted) share of mentioners, NPS_m their NPS and NPS_r the
// NPS of the rest, NPS = m·NPS_m + (1-m)·NPS_r, so
//
//	Points = NPS - NPS_r = m·(NPS_m - NPS_r),
//
// the key's reach times how much worse (or better) its mentioners score.
//
// The delta-method interval treats the two scores as the dependent
// quantities they are. Each response falls in one of six cells, mentioner
// or not times promoter, passive or detractor, with shares a+, a0, a-,
// b+, b0, b- (summing to 1; multinomial). With A = a+ - a-, B = b+ - b-,
// Q = b+ + b0 + b- and R = B/Q, the impact is I = A + B - R, with gradient
//
//	dI/da+ = 1,  dI/da0 = 0,  dI/da- = -1,
//	dI/db+ = 1 - (1-R)/Q,  dI/db0 = R/Q,  dI/db- = -1 + (1+R)/Q,
//
// and the multinomial variance of a linear form g gives
//
//	Var(I) = (sum_k p_k g_k^2 - (sum_k p_k g_k)^2) / n,
//
// the variance of the per-response value g over the responses, divided by
// n (the effective sample size (sum w)^2 / sum w^2 for weighted data). The
// interval is Points ± z·SE, clipped to [-200, 200].
type Impact struct {
	Points float64 `json:"points"`
	// Without is the NPS of the responses that do not mention the key.
	Without    float64      `json:"without"`
	StdErr     float64      `json:"std_err"`
	Low        float64      `json:"low"`
	High       float64      `json:"high"`
	Confidence float64      `json:"confidence"`
	Method     ImpactMethod `json:"method"`
	// Significant is true when the interval excludes zero.
	Significant bool `json:"significant"`
}

// impactDelta computes the impact of the mentioners m within all, with the
// delta-method interval; rest must not be empty.
func impactDelta(all, m nps.Tally, confidence float64) *Impact {
	rest := all.Without(m)
	W := all.Weight()
	aw, bw := linkWeights(m), linkWeights(rest)
	var p [6]float64
	for c := range 3 {
		p[c], p[3+c] = aw[c]/W, bw[c]/W
	}
	A, B := p[linkA]-p[linkD], p[3+linkA]-p[3+linkD]
	Q := p[3] + p[4] + p[5]
	R := B / Q
	g := [6]float64{-1, 0, 1, -1 + (1+R)/Q, R / Q, 1 - (1-R)/Q}
	var mean, sq float64
	for k := range p {
		mean += p[k] * g[k]
		sq += p[k] * g[k] * g[k]
	}
	v := math.Max(0, sq-mean*mean) / all.EffectiveN()
	im := &Impact{Points: 100 * (A + B - R), Without: 100 * R, StdErr: 100 * math.Sqrt(v),
		Confidence: confidence, Method: ImpactDelta}
	im.setInterval(distuv.UnitNormal.Quantile(1-(1-confidence)/2) * im.StdErr)
	return im
}

func (im *Impact) setInterval(margin float64) {
	im.Low = math.Max(-200, im.Points-margin)
	im.High = math.Min(200, im.Points+margin)
	im.Significant = im.Low > 0 || im.High < 0
}

// impactBootstrap replaces the intervals of the impacts (indexed by key,
// nil when insufficient) with percentile bootstrap intervals: each
// replicate draws n responses with replacement and recomputes every key's
// impact in one pass. Replicates where a key has no mentioners or no rest
// are skipped for that key.
func (d *linkData) impactBootstrap(imp []*Impact, c *linkConfig) {
	n, k := d.n(), len(d.keys)
	rng := rand.New(rand.NewPCG(c.seed, 0x9e3779b97f4a7c15))
	draws := make([][]float64, k)
	cells := make([][3]float64, k)
	for range c.replicates {
		var all [3]float64
		clear(cells)
		for range n {
			i := rng.IntN(n)
			cat, w := d.cat[i], d.w[i]
			all[cat] += w
			for j := d.start[i]; j < d.start[i+1]; j++ {
				cells[d.kidx[j]][cat] += w
			}
		}
		for key, im := range imp {
			if im == nil {
				continue
			}
			if v, ok := impactOfCells(all, cells[key]); ok {
				draws[key] = append(draws[key], v)
			}
		}
	}
	lo, hi := (1-c.confidence)/2, 1-(1-c.confidence)/2
	for key, im := range imp {
		x := draws[key]
		if im == nil || len(x) < 2 {
			continue
		}
		sort.Float64s(x)
		im.Method = ImpactBootstrap
		im.StdErr = linkStdDev(x)
		im.Low, im.High = impactPercentile(x, lo), impactPercentile(x, hi)
		im.Significant = im.Low > 0 || im.High < 0
	}
}

// impactOfCells is the impact in points from the weights per category of
// all responses and of the mentioners.
func impactOfCells(all, m [3]float64) (float64, bool) {
	W := all[0] + all[1] + all[2]
	mw := m[0] + m[1] + m[2]
	if mw == 0 || mw >= W {
		return 0, false
	}
	rest := (all[linkA] - m[linkA]) - (all[linkD] - m[linkD])
	return 100 * ((all[linkA]-all[linkD])/W - rest/(W-mw)), true
}

// impactPercentile is the nearest-rank percentile of sorted x.
func impactPercentile(x []float64, q float64) float64 {
	i := int(math.Ceil(q*float64(len(x)))) - 1
	return x[max(0, min(len(x)-1, i))]
}

func linkStdDev(x []float64) float64 {
	var m, s float64
	for _, v := range x {
		m += v
	}
	m /= float64(len(x))
	for _, v := range x {
		s += (v - m) * (v - m)
	}
	return math.Sqrt(s / float64(len(x)-1))
}

// Attribution is a key's additive share of the NPS: each response carries
// 100·w·(+1 promoter, 0 passive, -1 detractor)/W points, split across its
// keys in proportion to strength; a key's attribution is the sum of the
// parts its mentioners hand it. Responses without a mention keep theirs
// in Linkage.NoMention, so the attributions of all keys plus that remainder
// add up to the NPS exactly (up to float rounding).
//
// It answers "how many NPS points do this key's mentioners carry"; it
// differs from the leave-one-out Impact in three ways: it counts from zero
// (a passive carries nothing) rather than against the rest of the
// responses; it splits a response with several keys instead of counting it
// fully for each; and it is an exact accounting of the sample, so it has
// no interval and no sample guard. A key raised only by detractors costs
// -100·share points of attribution, but its leave-one-out impact is
// smaller when the other responses are poor too.
type Attribution struct {
	Points float64 `json:"points"`
	// Promoters and Detractors split Points into what the key's promoters
	// add and what its detractors take away (Points = Promoters -
	// Detractors, both non-negative).
	Promoters  float64 `json:"promoters"`
	Detractors float64 `json:"detractors"`
}

func attributionOf(frac [3]float64, W float64) Attribution {
	return Attribution{
		Points:     100 * (frac[linkA] - frac[linkD]) / W,
		Promoters:  100 * frac[linkA] / W,
		Detractors: 100 * frac[linkD] / W,
	}
}
