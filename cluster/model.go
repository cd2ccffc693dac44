package cluster

import (
	"fmt"
	"math"
	"runtime"

	"gonum.org/v1/gonum/mat"
)

// Model is a fitted clustering. It is plain data that marshals to JSON; a
// model read back from JSON predicts exactly as the original.
type Model struct {
	K          int         `json:"k"`
	Cols       int         `json:"cols"`
	Centroids  [][]float64 `json:"centroids"`        // K unit vectors of length Cols
	Sizes      []int       `json:"sizes"`            // rows per cluster in the fit
	Labels     []int       `json:"labels,omitempty"` // per fitted row; Unassigned for zero rows
	Objective  float64     `json:"objective"`        // Σ (1 − cosine) over assigned rows
	Iterations int         `json:"iterations"`       // Lloyd updates, or mini-batch steps
	Converged  bool        `json:"converged"`        // stopped before the iteration cap
	KScores    []KScore    `json:"k_scores,omitempty"`
}

func newModel(v view, r *run) *Model {
	m := &Model{
		K: r.cent.k, Cols: r.cent.cols, Centroids: r.cent.rows(),
		Sizes: clusterSizes(r.labels, r.cent.k), Labels: make([]int, v.x.rows),
		Objective: r.obj, Iterations: r.iter, Converged: r.converged,
	}
	for i := range m.Labels {
		m.Labels[i] = Unassigned
	}
	for p, l := range r.labels {
		m.Labels[v.rows[p]] = int(l)
	}
	return m
}

// check validates a model that may have been read from a file.
func (m *Model) check(cols int) error {
	if m.K < 1 || len(m.Centroids) != m.K {
		return fmt.Errorf("cluster: model has k = %d and %d centroids: %w", m.K, len(m.Centroids), ErrShape)
	}
	if cols != m.Cols {
		return fmt.Errorf("cluster: rows have %d columns, the model %d: %w", cols, m.Cols, ErrShape)
	}
	for c, row := range m.Centroids {
		if len(row) != m.Cols {
			return fmt.Errorf("cluster: centroid %d has %d values, want %d: %w", c, len(row), m.Cols, ErrShape)
		}
		for j, x := range row {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return fmt.Errorf("cluster: centroid %d, column %d: value %v: %w", c, j, x, ErrValue)
			}
		}
	}
	return nil
}

// Predict assigns each row of x to the centroid with the highest cosine
// similarity (ties to the lower index); zero rows get Unassigned.
func (m *Model) Predict(x *CSR) ([]int, error) {
	if err := m.check(x.cols); err != nil {
		return nil, err
	}
	c := fromRows(m.Centroids, m.Cols)
	labels := make([]int, x.rows)
	workers := runtime.GOMAXPROCS(0)
	scratch := make([]float32, workers*m.K)
	parallel(x.rows, blockRows, workers, func(w, _, lo, hi int) {
		s := scratch[w*m.K : (w+1)*m.K]
		for i := lo; i < hi; i++ {
			r := x.Row(i)
			if len(r.Cols) == 0 || r.Norm() == 0 {
				labels[i] = Unassigned
				continue
			}
			labels[i], _ = c.best(r, 1, s)
		}
	})
	return labels, nil
}

// Similarities returns the cosine similarity of every row of x to every
// centroid, an x-rows × K matrix: soft assignment strengths, so that a
// comment can belong to several clusters. Zero rows have all zeros.
func (m *Model) Similarities(x *CSR) (*mat.Dense, error) {
	if err := m.check(x.cols); err != nil {
		return nil, err
	}
	if x.rows == 0 {
		return &mat.Dense{}, nil // gonum has no 0-row matrix; this is its empty value
	}
	c := fromRows(m.Centroids, m.Cols)
	out := mat.NewDense(x.rows, m.K, nil)
	raw := out.RawMatrix()
	parallel(x.rows, blockRows, runtime.GOMAXPROCS(0), func(_, _, lo, hi int) {
		for i := lo; i < hi; i++ {
			r := x.Row(i)
			n := r.Norm()
			if n == 0 {
				continue
			}
			s := raw.Data[i*raw.Stride : i*raw.Stride+m.K]
			c.dots(r, s)
			for j := range s {
				s[j] /= n
			}
		}
	})
	return out, nil
}

// PredictRow assigns one sparse row (for example a new comment's TF-IDF
// vector) and returns its cluster and cosine similarity, or Unassigned and 0
// for an empty row. It scores in float32 in the same order as Predict, so
// both always agree. It panics if a column is beyond the model's width.
func (m *Model) PredictRow(r Row) (label int, cosine float64) {
	n := r.Norm()
	if n == 0 {
		return Unassigned, 0
	}
	var best float32
	for c, cent := range m.Centroids {
		var s float32
		for p, col := range r.Cols {
			s += r.Vals[p] * float32(cent[col])
		}
		if c == 0 || s > best {
			label, best = c, s
		}
	}
	return label, float64(best) / n
}
