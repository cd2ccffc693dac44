package cluster

import (
	"math"
	"math/rand/v2"
	"slices"
)

// seedRows caps the rows k-means++ seeding looks at: seeding costs
// (trials+1)·k passes over its rows, several full Lloyd iterations, and a
// random sample of this size already covers every cluster worth a seed.
const seedRows = 1 << 15

// sample returns m distinct positions of [0, n) drawn with rng, ascending
// (a partial Fisher-Yates shuffle); all of them when m ≥ n.
func sample(n, m int, rng *rand.Rand) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	if m >= n {
		return idx
	}
	for i := 0; i < m; i++ {
		j := i + rng.IntN(n-i)
		idx[i], idx[j] = idx[j], idx[i]
	}
	idx = idx[:m]
	slices.Sort(idx)
	return idx
}

// seedPlusPlus picks k initial centroids among the rows of v by greedy
// k-means++ on cosine distance: each next centroid is drawn with probability
// proportional to 1 − (cosine to the nearest centroid so far), which for unit
// vectors is half the squared Euclidean distance, so this is k-means++ on the
// unit sphere. Of trials draws per step, the one that most lowers the total
// distance is kept (scikit-learn's greedy variant).
func seedPlusPlus(v view, k, trials, workers int, rng *rand.Rand) *centroids {
	if trials == 0 {
		trials = 2 + int(math.Log(float64(k)))
	}
	s := v.sub(sample(v.len(), seedRows, rng))
	n := s.len()
	cent := newCentroids(k, v.x.cols)
	cand := newCentroids(trials, v.x.cols)
	closest := make([]float64, n) // 1 − cosine to the nearest chosen centroid
	for i := range closest {
		closest[i] = math.Inf(1)
	}
	candDist := make([]float64, n*trials)
	nb := numBlocks(n, blockRows)
	pot := make([]float64, nb*trials)
	scratch := make([][]float32, workers)
	for w := range scratch {
		scratch[w] = make([]float32, trials)
	}
	picks := make([]int, trials)
	for c := 0; c < k; c++ {
		nt := trials
		if c == 0 {
			nt = 1
			picks[0] = rng.IntN(n)
		} else {
			drawWeighted(closest, rng, picks[:nt])
		}
		cand.k = nt // the layout's stride; setRow rewrites every slot in use
		for t := 0; t < nt; t++ {
			cand.setRow(t, s.row(picks[t]), s.inv[picks[t]])
		}
		cand.sync()
		parallel(n, blockRows, workers, func(w, b, lo, hi int) {
			d := scratch[w]
			p := pot[b*trials : b*trials+nt]
			clear(p)
			for i := lo; i < hi; i++ {
				cand.dots32(s.row(i), d)
				for t := 0; t < nt; t++ {
					dist := min(closest[i], max(0, 1-float64(d[t])*s.inv[i]))
					candDist[i*trials+t] = dist
					p[t] += dist
				}
			}
		})
		bt := bestTrial(pot, nb, trials, nt)
		for i := range closest {
			closest[i] = candDist[i*trials+bt]
		}
		cent.setRow(c, s.row(picks[bt]), s.inv[picks[bt]])
	}
	cent.sync()
	return cent
}

// bestTrial returns the candidate with the lowest potential, summing the
// per-block potentials in block order; ties go to the earlier candidate.
func bestTrial(pot []float64, nb, trials, nt int) int {
	bt, bp := 0, math.Inf(1)
	for t := 0; t < nt; t++ {
		var s float64
		for b := 0; b < nb; b++ {
			s += pot[b*trials+t]
		}
		if s < bp {
			bt, bp = t, s
		}
	}
	return bt
}

// drawWeighted fills picks with positions drawn with probability
// proportional to w, or uniformly when every weight is zero (all rows
// coincide with a chosen centroid).
func drawWeighted(w []float64, rng *rand.Rand, picks []int) {
	total := sumInOrder(w)
	for t := range picks {
		if !(total > 0) {
			picks[t] = rng.IntN(len(w))
			continue
		}
		u := rng.Float64() * total
		i := 0
		for ; i < len(w)-1; i++ {
			u -= w[i]
			if u < 0 {
				break
			}
		}
		for w[i] == 0 && i > 0 { // never land on a zero-weight row by rounding
			i--
		}
		picks[t] = i
	}
}
