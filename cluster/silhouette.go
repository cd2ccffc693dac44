package cluster

import (
	"fmt"
	"math"
	"slices"
)

// Silhouette returns the mean silhouette coefficient of the rows of x under
// labels, with cosine distance 1 − cos(x, y), exactly as scikit-learn's
// silhouette_score(metric="cosine"): for each row, a is its mean distance to
// the other rows of its cluster, b the smallest mean distance to another
// cluster, and s = (b − a) / max(a, b), with s = 0 for a row alone in its
// cluster.
//
// It is exact and linear in the number of rows rather than quadratic: for
// unit vectors the mean distance from x to a cluster C is 1 − x·(Σ_C y)/|C|,
// so one pass over the rows with the k cluster sums gives every a and b.
// Rows labelled below zero (Unassigned) and rows without a nonzero value are
// left out. Errors wrap ErrShape (length mismatch) or ErrLabels (fewer than
// two clusters, or as many clusters as rows).
func Silhouette(x *CSR, labels []int) (float64, error) {
	if len(labels) != x.rows {
		return 0, fmt.Errorf("cluster: %d labels for %d rows: %w", len(labels), x.rows, ErrShape)
	}
	var rows []int
	for i, l := range labels {
		if l >= 0 {
			rows = append(rows, i)
		}
	}
	v := newView(x, rows)
	return silhouetteLabels(v, labels)
}

// SilhouetteSample is Silhouette on size rows drawn without replacement with
// a PCG source seeded by seed, distances taken within the sample (as
// scikit-learn's sample_size); all rows when size ≥ the usable rows.
func SilhouetteSample(x *CSR, labels []int, size int, seed uint64) (float64, error) {
	if len(labels) != x.rows {
		return 0, fmt.Errorf("cluster: %d labels for %d rows: %w", len(labels), x.rows, ErrShape)
	}
	if size < 2 {
		return 0, fmt.Errorf("cluster: silhouette sample size %d below 2: %w", size, ErrOption)
	}
	var rows []int
	for i, l := range labels {
		if l >= 0 {
			rows = append(rows, i)
		}
	}
	v := newView(x, rows)
	v = v.sub(sample(v.len(), size, newRand(seed)))
	return silhouetteLabels(v, labels)
}

// silhouetteLabels renumbers the labels of v's rows densely and scores them.
func silhouetteLabels(v view, labels []int) (float64, error) {
	ids := make([]int, 0)
	for _, r := range v.rows {
		ids = append(ids, labels[r])
	}
	uniq := slices.Compact(slices.Sorted(slices.Values(ids)))
	if len(uniq) < 2 || len(uniq) >= v.len() {
		return 0, fmt.Errorf("cluster: silhouette needs 2 to %d clusters among %d rows, got %d: %w",
			v.len()-1, v.len(), len(uniq), ErrLabels)
	}
	dense := make([]int32, v.len())
	for p, id := range ids {
		i, _ := slices.BinarySearch(uniq, id)
		dense[p] = int32(i)
	}
	return silhouetteView(v, dense, len(uniq), 1), nil
}

// silhouetteView is the mean silhouette of v's positions labelled 0..k-1.
func silhouetteView(v view, labels []int32, k, workers int) float64 {
	sizes := clusterSizes(labels, k)
	sums := newCentroids(k, v.x.cols)
	for p, l := range labels {
		r, inv := v.row(p), v.inv[p]
		for q, col := range r.Cols {
			sums.t[int(col)*k+int(l)] += float64(r.Vals[q]) * inv
		}
	}
	nb := numBlocks(v.len(), blockRows)
	part := make([]float64, nb)
	scratch := make([]float64, workers*k)
	parallel(v.len(), blockRows, workers, func(w, b, lo, hi int) {
		d := scratch[w*k : (w+1)*k]
		for p := lo; p < hi; p++ {
			part[b] += silhouetteRow(v, p, int(labels[p]), sizes, sums, d)
		}
	})
	return sumInOrder(part) / float64(v.len())
}

// silhouetteRow is the silhouette of position p in cluster l.
func silhouetteRow(v view, p, l int, sizes []int, sums *centroids, d []float64) float64 {
	if sizes[l] < 2 {
		return 0
	}
	r, inv := v.row(p), v.inv[p]
	sums.dots(r, d)
	self := 0.0 // x·x, 1 up to float32 rounding
	for _, x := range r.Vals {
		self += float64(x) * float64(x)
	}
	self *= inv * inv
	own := float64(sizes[l])
	a := (own - 1 - d[l]*inv + self) / (own - 1)
	b := math.Inf(1)
	for c, s := range sizes {
		if c != l && s > 0 {
			b = min(b, 1-d[c]*inv/float64(s))
		}
	}
	if m := max(a, b); m > 0 {
		return (b - a) / m
	}
	return 0
}
