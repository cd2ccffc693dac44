package cluster

import (
	"fmt"
	"math"
	"runtime"
)

// MergeNear merges clusters whose centroids are near duplicates: while some
// pair of clusters has a centroid cosine similarity above threshold, the most
// similar pair (ties: lowest indices) is merged, and the merged centroid is
// the normalised sum of all member rows, the centroid of the union. This is
// centroid linkage on the unit sphere; it is exact because each centroid
// is recomputed from its rows, not averaged from the two centroids.
//
// x must be the matrix m was fitted on (m.Labels gives the members). The
// returned model keeps the merged clusters in the order of their lowest
// original index, with labels, sizes and objective recomputed; mapping[c] is
// the new index of original cluster c. Empty clusters are never merged.
// KScores are dropped since they no longer describe the model.
func MergeNear(x *CSR, m *Model, threshold float64) (*Model, []int, error) {
	if math.IsNaN(threshold) || threshold < -1 || threshold > 1 {
		return nil, nil, fmt.Errorf("cluster: merge threshold %v outside [-1,1]: %w", threshold, ErrOption)
	}
	if err := m.checkLabels(x); err != nil {
		return nil, nil, err
	}
	v := newView(x, nil)
	sums := make([][]float64, m.K) // Σ unit member rows, one dense row per cluster
	for c := range sums {
		sums[c] = make([]float64, x.cols)
	}
	for p, i := range v.rows {
		if l := m.Labels[i]; l >= 0 {
			r := v.row(p)
			for q, col := range r.Cols {
				sums[l][col] += float64(r.Vals[q]) * v.inv[p]
			}
		}
	}
	root := mergePairs(sums, m.Sizes, threshold)
	return remap(v, m, sums, root)
}

// checkLabels validates a model's labels against the rows they label.
func (m *Model) checkLabels(x *CSR) error {
	if err := m.check(x.cols); err != nil {
		return err
	}
	if len(m.Labels) != x.rows || len(m.Sizes) != m.K {
		return fmt.Errorf("cluster: model has %d labels and %d sizes for %d rows and k = %d: %w",
			len(m.Labels), len(m.Sizes), x.rows, m.K, ErrShape)
	}
	for i, l := range m.Labels {
		if l < Unassigned || l >= m.K {
			return fmt.Errorf("cluster: row %d: label %d outside [-1,%d): %w", i, l, m.K, ErrShape)
		}
	}
	return nil
}

// mergePairs merges greedily, adding the sums of each absorbed cluster into
// its root, and returns root[c]: the cluster that c ended in.
func mergePairs(sums [][]float64, sizes []int, threshold float64) []int {
	k := len(sums)
	root := make([]int, k)
	norm := make([]float64, k)
	for c := range root {
		root[c] = c
		norm[c] = math.Sqrt(dot(sums[c], sums[c]))
	}
	live := func(c int) bool { return root[c] == c && sizes[c] > 0 && norm[c] > 0 }
	sim := make([][]float64, k)
	for a := range sim {
		sim[a] = make([]float64, k)
		for b := 0; b < a; b++ {
			if live(a) && live(b) {
				sim[a][b] = dot(sums[a], sums[b]) / (norm[a] * norm[b])
			}
		}
	}
	for {
		ba, bb, bs := -1, -1, threshold
		for a := 0; a < k; a++ {
			for b := 0; b < a; b++ {
				if live(a) && live(b) && sim[a][b] > bs {
					ba, bb, bs = b, a, sim[a][b]
				}
			}
		}
		if ba < 0 {
			return root
		}
		// ba < bb: the lower index absorbs the higher.
		for j, x := range sums[bb] {
			sums[ba][j] += x
		}
		norm[ba] = math.Sqrt(dot(sums[ba], sums[ba]))
		for c := range root {
			if root[c] == bb {
				root[c] = ba
			}
		}
		for c := 0; c < k; c++ {
			if c != ba && live(c) {
				s := dot(sums[ba], sums[c]) / (norm[ba] * norm[c])
				sim[max(c, ba)][min(c, ba)] = s
			}
		}
	}
}

func dot(a, b []float64) float64 {
	var s float64
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// remap renumbers the surviving clusters and rebuilds the model.
func remap(v view, m *Model, sums [][]float64, root []int) (*Model, []int, error) {
	mapping := make([]int, m.K)
	var cents [][]float64
	for c := range root {
		if root[c] == c {
			mapping[c] = len(cents)
			n := math.Sqrt(dot(sums[c], sums[c]))
			cent := make([]float64, len(sums[c]))
			if n > 0 {
				for j, x := range sums[c] {
					cent[j] = x / n
				}
			} else {
				copy(cent, m.Centroids[c]) // an empty cluster keeps its centroid
			}
			cents = append(cents, cent)
		}
	}
	for c := range root {
		mapping[c] = mapping[root[c]]
	}
	out := &Model{K: len(cents), Cols: m.Cols, Centroids: cents, Sizes: make([]int, len(cents)),
		Labels: make([]int, len(m.Labels)), Iterations: m.Iterations, Converged: m.Converged}
	for i, l := range m.Labels {
		out.Labels[i] = Unassigned
		if l >= 0 {
			out.Labels[i] = mapping[l]
			out.Sizes[mapping[l]]++
		}
	}
	out.Objective = objective(v, out)
	return out, mapping, nil
}

// objective is Σ (1 − cosine of each labelled row to its centroid), summed
// per block and then in block order.
func objective(v view, m *Model) float64 {
	part := make([]float64, numBlocks(v.len(), blockRows))
	parallel(v.len(), blockRows, runtime.GOMAXPROCS(0), func(_, b, lo, hi int) {
		for p := lo; p < hi; p++ {
			if l := m.Labels[v.rows[p]]; l >= 0 {
				part[b] += 1 - v.row(p).Dot(m.Centroids[l])*v.inv[p]
			}
		}
	})
	return sumInOrder(part)
}
