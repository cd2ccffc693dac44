package cluster

import "math"

// centroids holds k dense vectors transposed, t[j*k+c] for column j of
// centroid c, so that the k values a sparse row's column meets are adjacent
// in memory: scoring a row against every centroid walks the row once and
// reads one short contiguous run per nonzero.
type centroids struct {
	k, cols int
	t       []float64
}

func newCentroids(k, cols int) *centroids {
	return &centroids{k: k, cols: cols, t: make([]float64, k*cols)}
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

// best returns the centroid with the largest dot product with r, scaled by
// inv, and that value; ties go to the lower index.
func (c *centroids) best(r Row, inv float64, scratch []float64) (int, float64) {
	c.dots(r, scratch)
	bi, bv := 0, scratch[0]
	for i, s := range scratch[1:c.k] {
		if s > bv {
			bi, bv = i+1, s
		}
	}
	return bi, bv * inv
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
	return c
}
