package cluster

import "fmt"

// ShardStack returns the rows of parts one after the other as one matrix:
// rows built on separate goroutines or machines (one part per shard, all
// of the same width) become the matrix that Fit or Transform takes. The
// result is sized once and owns its storage; the parts are not modified.
// It returns an error wrapping ErrShape when the widths differ and
// ErrNoRows when there is no part.
func ShardStack(parts ...*CSR) (*CSR, error) {
	if len(parts) == 0 {
		return nil, fmt.Errorf("cluster: stacking no parts: %w", ErrNoRows)
	}
	rows, nnz, cols := 0, 0, parts[0].cols
	for i, p := range parts {
		if p.cols != cols {
			return nil, fmt.Errorf("cluster: stacking part %d of width %d under width %d: %w", i, p.cols, cols, ErrShape)
		}
		rows += p.rows
		nnz += len(p.ind)
	}
	out := &CSR{rows: rows, cols: cols, indptr: make([]int, 1, rows+1),
		ind: make([]int32, 0, nnz), val: make([]float32, 0, nnz)}
	for _, p := range parts {
		base := len(out.ind)
		if len(p.indptr) > 0 {
			for _, e := range p.indptr[1:] {
				out.indptr = append(out.indptr, base+e)
			}
		}
		out.ind = append(out.ind, p.ind...)
		out.val = append(out.val, p.val...)
	}
	return out, nil
}
