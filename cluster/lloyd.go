package cluster

import "math"

// run is one k-means run on a view: per-position labels and cosines to
// their centroid, and the run's objective Σ (1 − cosine).
type run struct {
	cent      *centroids
	labels    []int32
	best      []float64
	obj       float64
	iter      int
	converged bool
}

// lloyd runs spherical k-means by full Lloyd iterations from init (which it
// takes over): assign every row to its most similar centroid, then set each
// centroid to the normalised sum of its rows. It stops when no label
// changes, when the centroids move less than the tolerance (then assigns
// once more so that labels match the final centroids), or after maxIter
// updates.
func lloyd(v view, init *centroids, o *options) *run {
	n, k := v.len(), init.k
	r := &run{cent: init, labels: make([]int32, n), best: make([]float64, n)}
	for i := range r.labels {
		r.labels[i] = -1
	}
	next := newCentroids(k, v.x.cols)
	shift := math.Inf(1)
	for it := 0; ; it++ {
		changed, obj := assignAll(v, r.cent, r.labels, r.best, o.workers)
		r.obj, r.iter = obj, it
		if (it > 0 && changed == 0) || shift <= o.tol {
			r.converged = true
			return r
		}
		if it == o.maxIter {
			return r
		}
		sizes := clusterSizes(r.labels, k)
		fillEmpty(r.labels, r.best, sizes)
		update(v, r.labels, next)
		shift = next.shift(r.cent)
		r.cent, next = next, r.cent
	}
}

// assignAll labels every position of v with its most similar centroid,
// records the cosine, and returns how many labels changed and the objective
// Σ (1 − cosine), summed per block and then in block order.
func assignAll(v view, c *centroids, labels []int32, best []float64, workers int) (int, float64) {
	nb := numBlocks(v.len(), blockRows)
	objs := make([]float64, nb)
	changed := make([]int, nb)
	scratch := make([]float32, workers*c.k)
	parallel(v.len(), blockRows, workers, func(w, b, lo, hi int) {
		s := scratch[w*c.k : (w+1)*c.k]
		for i := lo; i < hi; i++ {
			l, sim := c.best(v.row(i), v.inv[i], s)
			if labels[i] != int32(l) {
				changed[b]++
				labels[i] = int32(l)
			}
			best[i] = sim
			objs[b] += 1 - sim
		}
	})
	total := 0
	for _, ch := range changed {
		total += ch
	}
	return total, sumInOrder(objs)
}

func clusterSizes(labels []int32, k int) []int {
	sizes := make([]int, k)
	for _, l := range labels {
		if l >= 0 {
			sizes[l]++
		}
	}
	return sizes
}

// fillEmpty gives each empty cluster, in index order, the row farthest from
// its centroid (lowest cosine; ties to the lowest position) among clusters
// with more than one row, so no centroid is lost. The moved row's cosine is
// set to +Inf so that it is not picked twice before the next assignment.
// It reports whether any cluster was empty.
func fillEmpty(labels []int32, best []float64, sizes []int) bool {
	moved := false
	for c, s := range sizes {
		if s > 0 {
			continue
		}
		far := -1
		for i, l := range labels {
			if sizes[l] > 1 && (far < 0 || best[i] < best[far]) {
				far = i
			}
		}
		if far < 0 {
			return moved // fewer rows than clusters: callers check this first
		}
		sizes[labels[far]]--
		sizes[c]++
		labels[far] = int32(c)
		best[far] = math.Inf(1)
		moved = true
	}
	return moved
}

// update sets each centroid of dst to the normalised sum of its rows, in one
// pass over the rows in position order. That order makes the sums
// deterministic, and streaming through the matrix is what makes the pass
// fast: bucketing rows by cluster first and summing each bucket on its own
// goroutine measured nearly as slow as a whole assignment (46 against 58 ms
// for 100k rows), as each row then costs a few cache misses.
func update(v view, labels []int32, dst *centroids) {
	clear(dst.t)
	k := dst.k
	for p, l := range labels {
		r, inv := v.row(p), v.inv[p]
		for q, col := range r.Cols {
			dst.t[int(col)*k+int(l)] += float64(r.Vals[q]) * inv
		}
	}
	dst.normalize()
}
