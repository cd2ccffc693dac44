package cluster

import (
	"fmt"
	"math"
)

// ShardStats is the sufficient statistics of one Lloyd step over a shard of
// rows: for each cluster, the sum of the unit-length rows nearest to its
// centroid and their number, and the shard's share of the objective.
// Statistics of disjoint shards merge by addition, so a step over data
// spread across machines (or goroutines, or files read one at a time) is
// ShardStep on each shard, Merge, then Model: spherical k-means as a
// map-and-combine job.
//
// Counts and sizes merge exactly. Sums and the objective are float64 sums
// and depend on the order of addition in the last bits only (relative
// 1e-15 per addition); the in-process Fit stays the reference for
// bit-identical results.
type ShardStats struct {
	Sums      [][]float64 `json:"sums"`      // K rows of length Cols
	Sizes     []int       `json:"sizes"`     // rows assigned to each cluster
	Objective float64     `json:"objective"` // Σ (1 − cosine) of the assigned rows
	Rows      int         `json:"rows"`      // nonzero rows assigned
}

// ShardStep assigns every row of x, one shard of the data, to the nearest
// centroid of m (ties to the lowest index, as Model.PredictRow) and returns
// the shard's statistics. Zero rows are left out, as in Fit. It returns an
// error wrapping ErrShape when x and m differ in width.
func ShardStep(x *CSR, m *Model) (*ShardStats, error) {
	if err := m.check(x.cols); err != nil {
		return nil, err
	}
	s := ShardStatsNew(m.K, x.cols)
	for i := 0; i < x.rows; i++ {
		r := x.Row(i)
		l, cos := m.PredictRow(r)
		if l < 0 {
			continue
		}
		inv := 1 / r.Norm()
		sum := s.Sums[l]
		for p, c := range r.Cols {
			sum[c] += float64(r.Vals[p]) * inv
		}
		s.Sizes[l]++
		s.Objective += 1 - cos
		s.Rows++
	}
	return s, nil
}

// ShardStatsNew returns empty statistics for k clusters over cols
// columns, the identity of Merge.
func ShardStatsNew(k, cols int) *ShardStats {
	s := &ShardStats{Sums: make([][]float64, k), Sizes: make([]int, k)}
	for c := range s.Sums {
		s.Sums[c] = make([]float64, cols)
	}
	return s
}

// Merge adds the statistics of o, computed on rows disjoint from s's. It
// returns an error wrapping ErrShape when the two differ in k or width.
func (s *ShardStats) Merge(o *ShardStats) error {
	if len(o.Sums) != len(s.Sums) || len(o.Sizes) != len(s.Sizes) ||
		(len(s.Sums) > 0 && len(o.Sums[0]) != len(s.Sums[0])) {
		return fmt.Errorf("cluster: merging shard statistics of shape %s into %s: %w", o.shape(), s.shape(), ErrShape)
	}
	for c, sum := range o.Sums {
		dst := s.Sums[c]
		for j, v := range sum {
			dst[j] += v
		}
		s.Sizes[c] += o.Sizes[c]
	}
	s.Objective += o.Objective
	s.Rows += o.Rows
	return nil
}

func (s *ShardStats) shape() string {
	cols := 0
	if len(s.Sums) > 0 {
		cols = len(s.Sums[0])
	}
	return fmt.Sprintf("k=%d×%d", len(s.Sums), cols)
}

// Model returns the model after the step: each centroid is its cluster's
// normalised sum; a cluster that received no row keeps its centroid from
// prev, the model the step assigned against. Sizes and Objective describe
// that assignment; Labels is nil (the rows live in the shards) and
// Iterations is prev's plus one. Converged reports that no centroid moved
// by more than tol in squared distance in total.
func (s *ShardStats) Model(prev *Model, tol float64) (*Model, error) {
	if len(s.Sums) != prev.K || (prev.K > 0 && len(s.Sums[0]) != prev.Cols) {
		return nil, fmt.Errorf("cluster: shard statistics of shape %s for a model of k=%d×%d: %w",
			s.shape(), prev.K, prev.Cols, ErrShape)
	}
	m := &Model{K: prev.K, Cols: prev.Cols, Centroids: make([][]float64, prev.K),
		Sizes: append([]int(nil), s.Sizes...), Objective: s.Objective, Iterations: prev.Iterations + 1}
	var shift float64
	for c, sum := range s.Sums {
		var ss float64
		for _, v := range sum {
			ss += v * v
		}
		cent := append([]float64(nil), prev.Centroids[c]...)
		if ss > 0 {
			inv := 1 / math.Sqrt(ss)
			for j, v := range sum {
				cent[j] = v * inv
			}
		}
		for j, v := range cent {
			d := v - prev.Centroids[c][j]
			shift += d * d
		}
		m.Centroids[c] = cent
	}
	m.Converged = shift <= tol
	return m, nil
}
