package cluster

import "math"

// centroids holds k dense vectors transposed, t[j*k+c] for column j of
// centroid c, so that the k values a sparse row's column meets are adjacent
// in memory: scoring a row against every centroid walks the row once and
// reads one short contiguous run per nonzero.
//
// f mirrors t in float32 for assignment, the hot loop: float32 halves the
// memory the loop walks and measured 1.7× faster than float64 (0.42 against
// 0.72 ns per multiply-add, 20 centroids, 5000 columns). A cosine good to
// about 1e-7 decides the nearest centroid as well as a float64 one; sums,
// centroids, objectives and the silhouette stay in float64. Whoever writes t
// calls sync before the next assignment.
type centroids struct {
	k, cols int
	t       []float64
	f       []float32
}

func newCentroids(k, cols int) *centroids {
	return &centroids{k: k, cols: cols, t: make([]float64, k*cols), f: make([]float32, k*cols)}
}

// sync refreshes the float32 mirror from t.
func (c *centroids) sync() {
	f := c.f[:len(c.t)]
	for i, v := range c.t {
		f[i] = float32(v)
	}
}

// dots32 writes the float32 dot products of r with every centroid into
// out[:k], from the mirror f.
func (c *centroids) dots32(r Row, out []float32) {
	o := out[:c.k]
	clear(o)
	k := c.k
	for p, col := range r.Cols {
		v := r.Vals[p]
		base := int(col) * k
		ct := c.f[base : base+k]
		ct = ct[:len(o)]
		for i := range o {
			o[i] += v * ct[i]
		}
	}
}

// dots writes the dot products of r with every centroid into out[:k].
func (c *centroids) dots(r Row, out []float64) {
	o := out[:c.k]
	clear(o)
	k := c.k
	for p, col := range r.Cols {
		v := float64(r.Vals[p])
		base := int(col) * k
		ct := c.t[base : base+k]
		ct = ct[:len(o)]
		for i := range o {
			o[i] += v * ct[i]
		}
	}
}

// best returns the centroid with the largest dot product with r (float32
// mirror), and that value scaled by inv; ties go to the lower index.
func (c *centroids) best(r Row, inv float64, scratch []float32) (int, float64) {
	c.dots32(r, scratch)
	bi, bv := 0, scratch[0]
	for i, s := range scratch[1:c.k] {
		if s > bv {
			bi, bv = i+1, s
		}
	}
	return bi, float64(bv) * inv
}

// setRow makes centroid i the unit vector along r (r must be nonzero).
func (c *centroids) setRow(i int, r Row, inv float64) {
	for j := 0; j < c.cols; j++ {
		c.t[j*c.k+i] = 0
	}
	for p, col := range r.Cols {
		c.t[int(col)*c.k+i] = float64(r.Vals[p]) * inv
	}
}

// normalize scales every centroid to unit length; a zero centroid stays zero.
func (c *centroids) normalize() {
	ss := make([]float64, c.k)
	for j := 0; j < c.cols; j++ {
		row := c.t[j*c.k : (j+1)*c.k]
		for i, v := range row {
			ss[i] += v * v
		}
	}
	for i, s := range ss {
		if s > 0 {
			ss[i] = 1 / math.Sqrt(s)
		}
	}
	for j := 0; j < c.cols; j++ {
		row := c.t[j*c.k : (j+1)*c.k]
		for i := range row {
			row[i] *= ss[i]
		}
	}
	c.sync()
}

// shift returns the total squared distance between c and o.
func (c *centroids) shift(o *centroids) float64 {
	var s float64
	for i, v := range c.t {
		d := v - o.t[i]
		s += d * d
	}
	return s
}

// rows returns the centroids as k row-major slices.
func (c *centroids) rows() [][]float64 {
	out := make([][]float64, c.k)
	for i := range out {
		out[i] = make([]float64, c.cols)
		for j := range out[i] {
			out[i][j] = c.t[j*c.k+i]
		}
	}
	return out
}

// fromRows transposes row-major centroids.
func fromRows(rows [][]float64, cols int) *centroids {
	c := newCentroids(len(rows), cols)
	for i, r := range rows {
		for j, v := range r {
			c.t[j*c.k+i] = v
		}
	}
	c.sync()
	return c
}
