package cluster

import (
	"fmt"
	"math"
)

// NewCSR returns the rows × cols matrix held by the compressed-sparse-row
// arrays indptr (rows+1 offsets, from 0, non-decreasing, ending at
// len(ind)), ind (column indices, strictly increasing within a row, in
// [0, cols)) and val (finite values, one per index). The matrix takes the
// arrays without copying them: a caller that fills them in place, one
// block of rows per goroutine, builds a large matrix with no second copy.
// The caller must not modify them afterwards. Arrays that break a rule
// return an error wrapping ErrShape or ErrValue naming the row.
func NewCSR(rows, cols int, indptr []int, ind []int32, val []float32) (*CSR, error) {
	switch {
	case rows < 0 || cols < 0 || cols > math.MaxInt32:
		return nil, fmt.Errorf("cluster: a %d × %d matrix: %w", rows, cols, ErrShape)
	case len(indptr) != rows+1:
		return nil, fmt.Errorf("cluster: %d row offsets for %d rows (want rows+1): %w", len(indptr), rows, ErrShape)
	case len(ind) != len(val):
		return nil, fmt.Errorf("cluster: %d column indices and %d values: %w", len(ind), len(val), ErrShape)
	case indptr[0] != 0 || indptr[rows] != len(ind):
		return nil, fmt.Errorf("cluster: row offsets run from %d to %d, want 0 to %d: %w", indptr[0], indptr[rows], len(ind), ErrShape)
	}
	for i := 0; i < rows; i++ {
		if err := checkRawRow(i, cols, indptr, ind, val); err != nil {
			return nil, err
		}
	}
	return &CSR{rows: rows, cols: cols, indptr: indptr, ind: ind, val: val}, nil
}

// checkRawRow checks row i of raw CSR arrays.
func checkRawRow(i, cols int, indptr []int, ind []int32, val []float32) error {
	lo, hi := indptr[i], indptr[i+1]
	if lo > hi || hi > len(ind) {
		return fmt.Errorf("cluster: row %d: offsets %d to %d (want increasing, at most %d): %w", i, lo, hi, len(ind), ErrShape)
	}
	prev := int32(-1)
	for p := lo; p < hi; p++ {
		if c := ind[p]; c <= prev || int(c) >= cols {
			return fmt.Errorf("cluster: row %d: column %d after %d (want increasing, below %d): %w", i, c, prev, cols, ErrShape)
		}
		prev = ind[p]
		if v := float64(val[p]); math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("cluster: row %d, column %d: value %v: %w", i, ind[p], v, ErrValue)
		}
	}
	return nil
}
