package cluster

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Entry is one (column, value) pair of a sparse row.
type Entry struct {
	Col int     `json:"col"`
	Val float64 `json:"val"`
}

// Builder assembles a CSR matrix row by row. Entries of a row may come in any
// order; repeated columns are summed in the order given and entries that sum
// to zero are not stored (a CSR stores nonzeros only).
//
// The zero value is ready to use and infers the column count as one more
// than the largest column seen; NewBuilder fixes it instead, so that rows
// from several shards share one width.
type Builder struct {
	cols   int // fixed width, or 0 to infer
	maxCol int // largest column seen plus one
	indptr []int
	ind    []int32
	val    []float32
	buf    []Entry
}

// NewBuilder returns a builder for rows of width cols (0 to infer the width).
// It panics if cols is negative, a programming error.
func NewBuilder(cols int) *Builder {
	if cols < 0 {
		panic(fmt.Sprintf("cluster: NewBuilder with negative column count %d", cols))
	}
	return &Builder{cols: cols}
}

// Rows returns the number of rows added so far.
func (b *Builder) Rows() int {
	if len(b.indptr) == 0 {
		return 0
	}
	return len(b.indptr) - 1
}

// AddRow appends one row. It returns an error wrapping ErrShape for a column
// out of range and ErrValue for a NaN, infinite or float32-overflowing
// value, naming the row and entry; the row is not added then.
func (b *Builder) AddRow(entries []Entry) error {
	row := b.Rows()
	for p, e := range entries {
		if e.Col < 0 || e.Col > math.MaxInt32 || (b.cols > 0 && e.Col >= b.cols) {
			return fmt.Errorf("cluster: row %d, entry %d: column %d out of range [0,%d): %w",
				row, p, e.Col, b.width(), ErrShape)
		}
		if math.IsNaN(e.Val) || math.IsInf(e.Val, 0) || math.Abs(e.Val) > math.MaxFloat32 {
			return fmt.Errorf("cluster: row %d, entry %d (column %d): value %v: %w",
				row, p, e.Col, e.Val, ErrValue)
		}
	}
	b.buf = append(b.buf[:0], entries...)
	slices.SortStableFunc(b.buf, func(x, y Entry) int { return cmp.Compare(x.Col, y.Col) })
	if len(b.indptr) == 0 {
		b.indptr = append(b.indptr, 0)
	}
	for i := 0; i < len(b.buf); {
		col, sum := b.buf[i].Col, 0.0
		for ; i < len(b.buf) && b.buf[i].Col == col; i++ {
			sum += b.buf[i].Val
		}
		if sum == 0 || math.IsInf(sum, 0) || math.Abs(sum) > math.MaxFloat32 {
			if sum != 0 {
				b.ind = b.ind[:b.indptr[len(b.indptr)-1]]
				b.val = b.val[:len(b.ind)]
				return fmt.Errorf("cluster: row %d: column %d sums to %v: %w", row, col, sum, ErrValue)
			}
			continue
		}
		b.ind = append(b.ind, int32(col))
		b.val = append(b.val, float32(sum))
		b.maxCol = max(b.maxCol, col+1)
	}
	b.indptr = append(b.indptr, len(b.ind))
	return nil
}

func (b *Builder) width() int {
	if b.cols > 0 {
		return b.cols
	}
	return math.MaxInt32
}

// Build returns the matrix and resets the builder to empty (keeping its
// fixed width). The matrix owns the storage; the builder does not reuse it.
func (b *Builder) Build() *CSR {
	cols := b.cols
	if cols == 0 {
		cols = b.maxCol
	}
	if len(b.indptr) == 0 {
		b.indptr = []int{0}
	}
	m := &CSR{rows: len(b.indptr) - 1, cols: cols, indptr: b.indptr, ind: b.ind, val: b.val}
	*b = Builder{cols: b.cols, buf: b.buf[:0]}
	return m
}

// FromRows builds a CSR matrix of width cols (0 to infer) from rows of
// entries, with the rules of Builder.AddRow.
func FromRows(cols int, rows [][]Entry) (*CSR, error) {
	if cols < 0 {
		return nil, fmt.Errorf("cluster: negative column count %d: %w", cols, ErrShape)
	}
	b := NewBuilder(cols)
	for _, r := range rows {
		if err := b.AddRow(r); err != nil {
			return nil, err
		}
	}
	return b.Build(), nil
}
