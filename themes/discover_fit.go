package themes

import (
	"context"
	"fmt"
	"math"

	"github.com/verbatim-go/verbatim/cluster"
)

// Clustering on a sample: above discoverFitSample comments, the LSA basis,
// k-means and its soft refinement (discoverVMF) are fitted on an even
// sample of that many, with at most discoverFitRestarts restarts of at
// most 30 iterations, and every comment then goes to the nearest centroid
// (below that size too, so that a comment's theme is the one Assign would
// give it). Themes that matter to an analyst hold hundreds of comments
// and show in a sample of ten thousand as well as in a million; the cost
// of k-means over dense LSA rows (n·k·dims per iteration and restart) is
// then bounded whatever the corpus size, and the rest costs one projection
// and k dot products per comment. One restart is enough on a sample since
// k-means fits three clusters per theme that are then merged
// (discoverMergeWard): on the clothing reviews (22,628, so sampled) one
// and two restarts give the same NMI on each of seeds 1-5, and one keeps
// discovery of 100k comments under 5 s (4.2 to 4.5 s, against 5.4 to 6.4
// with two).
const (
	discoverFitSample   = 8000
	discoverFitRestarts = 1
)

// discoverFitRest clusters the rows rest of x into k groups: k-means on
// the (LSA-projected) rows, refined as a vMF mixture, each row then going to
// its nearest refined centroid. It returns each row's group (by position
// in rest; cluster.Unassigned for a row whose projection vanishes).
func discoverFitRest(ctx context.Context, x *cluster.CSR, rest []int, k int, o *discoverOptions) ([]int, error) {
	fitRows, sampled := rest, len(rest) > discoverFitSample
	if sampled {
		idx := discoverSample(len(rest), discoverFitSample)
		fitRows = make([]int, len(idx))
		for j, p := range idx {
			fitRows[j] = rest[p]
		}
	}
	var proj []float64
	d := 0
	if o.lsaDims > 0 {
		proj, d = discoverLSABasis(x, fitRows, o.lsaDims, o.seed, o.workers)
	}
	px := projectRows(x, fitRows, proj, d, o.workers)
	// Over-segment, then merge (discoverMergeWard): k-means splits a theme
	// that holds a large share of the comments into several clusters and
	// lumps small themes together, since it favours clusters of similar
	// spread; fitting more clusters than wanted and joining the nearest
	// ones gives the small themes clusters of their own.
	kFit := min(len(fitRows), max(k, int(math.Ceil(o.overSplit*float64(k)))))
	fit, err := cluster.Fit(px, discoverFitOptions(kFit, sampled, o)...)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoContent, err)
	}
	labels, want := fit.Labels, k
	k = len(fit.Centroids)
	if k > want {
		labels, k = discoverMergeWard(px, labels, k, want)
	}
	cents, err := discoverVMF(ctx, px, labels, k, o.workers)
	if err != nil {
		return nil, err
	}
	_, v := x.Dims()
	w := termScores(cents, proj, d, v)
	out := make([]int, len(rest))
	err = discoverChunks(ctx, len(rest), o.workers, func(_, lo, hi int) {
		scores := make([]float64, k)
		for p, i := range rest[lo:hi] {
			out[lo+p] = nearest(x.Row(i), w, scores)
		}
	})
	return out, err
}

// termScores returns, per term and centroid, the centroid's score for one
// unit of the term (row-major v × k): the centroid mapped back from the
// projection, Pc. A row's projection xP scores xP·c = x·(Pc) against a
// centroid, so the nearest centroid of a row costs k multiply-adds per
// term, not a projection to d dimensions and k dense dot products, and
// since the row's norm is the same for every centroid, the largest score
// is the largest cosine. Without a projection the centroids are already
// per term.
func termScores(cents [][]float64, proj []float64, d, v int) []float64 {
	k := len(cents)
	w := make([]float64, v*k)
	for t := 0; t < v; t++ {
		for c, cent := range cents {
			if proj == nil {
				w[t*k+c] = cent[t]
				continue
			}
			var s float64
			for j, pv := range proj[t*d : t*d+d] {
				s += pv * cent[j]
			}
			w[t*k+c] = s
		}
	}
	return w
}

// nearest returns the centroid with the largest score for row r (ties:
// the lowest index), or cluster.Unassigned when every score is zero.
func nearest(r cluster.Row, w, scores []float64) int {
	k := len(scores)
	clear(scores)
	for p, col := range r.Cols {
		val := float64(r.Vals[p])
		for c, wv := range w[int(col)*k : int(col)*k+k] {
			scores[c] += val * wv
		}
	}
	best := cluster.Unassigned
	for c, s := range scores {
		if s != 0 && (best < 0 || s > scores[best]) {
			best = c
		}
	}
	return best
}

// discoverFitOptions are the k-means settings; a sample gets fewer
// restarts (see discoverFitSample).
func discoverFitOptions(k int, sampled bool, o *discoverOptions) []cluster.Option {
	restarts, iters := o.restarts, 50
	if sampled {
		restarts, iters = min(restarts, discoverFitRestarts), 30
	}
	return []cluster.Option{cluster.WithK(k), cluster.WithSeed(o.seed), cluster.WithWorkers(o.workers),
		cluster.WithRestarts(restarts), cluster.WithMaxIter(iters)}
}
