package cluster

import (
	"math"
	"math/rand/v2"
)

// noImprovement is how many consecutive mini-batch steps without a new low
// of the smoothed batch objective end the run (scikit-learn's
// max_no_improvement default).
const noImprovement = 10

// miniBatch runs spherical mini-batch k-means from init (which it takes
// over): each step draws batch rows
// with replacement, assigns them to the nearest normalised centroid, and moves
// each centroid's running mean towards its batch rows with learning rate
// (batch rows)/(rows seen so far), as scikit-learn's MiniBatchKMeans. It stops
// after maxIter epochs, when the centroids move less than the tolerance, or
// when an exponentially weighted average of the batch objective has not
// improved for noImprovement steps; then every row is assigned once.
func miniBatch(v view, init *centroids, o *options, rng *rand.Rand) *run {
	n, b, k := v.len(), o.batch, init.k
	mb := &mbState{
		v: v, cent: init, prev: newCentroids(k, v.x.cols),
		norms: make([]float64, k), counts: make([]float64, k), batch: make([]int, b),
		labels: make([]int32, b), objs: make([]float64, numBlocks(b, blockRows)),
		scratch: make([]float32, o.workers*k), workers: o.workers,
	}
	for c := range mb.norms {
		mb.norms[c] = 1
	}
	maxSteps := o.maxIter * numBlocks(n, b)
	alpha := min(1, 2*float64(b)/float64(n+1))
	ewa, ewaMin, stale := math.NaN(), math.Inf(1), 0
	step, converged := 0, false
	for step < maxSteps && !converged {
		for i := range mb.batch {
			mb.batch[i] = rng.IntN(n)
		}
		obj := mb.assign() / float64(b)
		shift := mb.update()
		step++
		if math.IsNaN(ewa) {
			ewa = obj
		} else {
			ewa = ewa*(1-alpha) + obj*alpha
		}
		if ewa < ewaMin {
			ewaMin, stale = ewa, 0
		} else {
			stale++
		}
		converged = shift <= o.tol || stale >= noImprovement
	}
	mb.cent.normalize()
	r := &run{cent: mb.cent, labels: make([]int32, n), best: make([]float64, n), iter: step, converged: converged}
	_, r.obj = assignAll(v, r.cent, r.labels, r.best, o.workers)
	if sizes := clusterSizes(r.labels, k); fillEmpty(r.labels, r.best, sizes) {
		update(v, r.labels, r.cent)
		_, r.obj = assignAll(v, r.cent, r.labels, r.best, o.workers)
	}
	return r
}

// mbState is the working state of a mini-batch run. cent holds running
// means of unit rows (not unit themselves); norms their lengths.
type mbState struct {
	v             view
	cent, prev    *centroids
	norms, counts []float64
	batch         []int
	labels        []int32
	objs          []float64
	scratch       []float32
	workers       int
}

// assign labels the batch rows and returns Σ (1 − cosine) over the batch.
func (mb *mbState) assign() float64 {
	k := mb.cent.k
	clear(mb.objs)
	parallel(len(mb.batch), blockRows, mb.workers, func(w, blk, lo, hi int) {
		s := mb.scratch[w*k : (w+1)*k]
		for i := lo; i < hi; i++ {
			p := mb.batch[i]
			mb.cent.dots32(mb.v.row(p), s)
			bi, bv := 0, math.Inf(-1)
			for c, d := range s {
				if sim := ratio(float64(d), mb.norms[c]); sim > bv {
					bi, bv = c, sim
				}
			}
			mb.labels[i] = int32(bi)
			mb.objs[blk] += 1 - bv*mb.v.inv[p]
		}
	})
	return sumInOrder(mb.objs)
}

// update moves the running means and returns the squared shift of the
// normalised centroids.
func (mb *mbState) update() float64 {
	c, k := mb.cent, mb.cent.k
	copy(mb.prev.t, c.t)
	add := make([]float64, k)
	for _, l := range mb.labels {
		add[l]++
	}
	f := make([]float64, k)
	for i := range f {
		f[i] = 1
		if add[i] > 0 {
			f[i] = mb.counts[i] / (mb.counts[i] + add[i])
			mb.counts[i] += add[i]
		}
	}
	for j := 0; j < c.cols; j++ {
		row := c.t[j*k : (j+1)*k]
		for i := range row {
			row[i] *= f[i]
		}
	}
	for i, p := range mb.batch {
		l := int(mb.labels[i])
		w := mb.v.inv[p] / mb.counts[l]
		r := mb.v.row(p)
		for q, col := range r.Cols {
			c.t[int(col)*k+l] += float64(r.Vals[q]) * w
		}
	}
	old := append([]float64(nil), mb.norms...)
	clear(mb.norms)
	for j := 0; j < c.cols; j++ {
		for i, x := range c.t[j*k : (j+1)*k] {
			mb.norms[i] += x * x
		}
	}
	var shift float64
	for i := range mb.norms {
		mb.norms[i] = math.Sqrt(mb.norms[i])
	}
	for j := 0; j < c.cols; j++ {
		now, was := c.t[j*k:(j+1)*k], mb.prev.t[j*k:(j+1)*k]
		for i := range now {
			d := ratio(now[i], mb.norms[i]) - ratio(was[i], old[i])
			shift += d * d
		}
	}
	c.sync()
	return shift
}

// ratio is a/b, or 0 for a zero-length mean (possible only with rows of
// mixed signs that cancel out).
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}
