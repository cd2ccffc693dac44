package cluster

// view is a subset of a matrix's rows (all of them, a sample, or one
// cluster's members) restricted to rows with a nonzero norm, each with its
// inverse norm so that dot products become cosines without copying the rows.
type view struct {
	x    *CSR
	rows []int     // matrix row at each position, ascending
	inv  []float64 // 1 / ‖row‖
}

// newView returns the nonzero rows among rows (nil: all rows of x).
func newView(x *CSR, rows []int) view {
	v := view{x: x}
	add := func(i int) {
		if n := x.Row(i).Norm(); n > 0 {
			v.rows = append(v.rows, i)
			v.inv = append(v.inv, 1/n)
		}
	}
	if rows == nil {
		for i := 0; i < x.rows; i++ {
			add(i)
		}
	} else {
		for _, i := range rows {
			add(i)
		}
	}
	return v
}

// sub returns the positions pos of v as a new view.
func (v view) sub(pos []int) view {
	s := view{x: v.x, rows: make([]int, len(pos)), inv: make([]float64, len(pos))}
	for i, p := range pos {
		s.rows[i], s.inv[i] = v.rows[p], v.inv[p]
	}
	return s
}

func (v view) len() int      { return len(v.rows) }
func (v view) row(p int) Row { return v.x.Row(v.rows[p]) }

// compact copies v's rows into a new contiguous matrix and returns the view
// of all of it. Work that passes over a scattered subset many times (restarts
// on a sample, sub-clusters of one cluster) then streams through memory
// instead of missing the cache on every row: on a 32768-row sample of a
// million rows, k-means++ seeding measured several times faster.
func (v view) compact() view {
	m := &CSR{rows: v.len(), cols: v.x.cols, indptr: make([]int, 1, v.len()+1)}
	nnz := 0
	for p := range v.rows {
		nnz += len(v.row(p).Cols)
	}
	m.ind, m.val = make([]int32, 0, nnz), make([]float32, 0, nnz)
	c := view{x: m, rows: make([]int, v.len()), inv: v.inv}
	for p := range v.rows {
		r := v.row(p)
		m.ind = append(m.ind, r.Cols...)
		m.val = append(m.val, r.Vals...)
		m.indptr = append(m.indptr, len(m.ind))
		c.rows[p] = p
	}
	return c
}
