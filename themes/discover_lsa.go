package themes

import (
	"context"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/verbatim-go/verbatim/cluster"
)

// LSA settings: the reduced dimension, the extra random directions and
// power iterations of the randomized SVD (Halko, Martinsson and Tropp,
// 2011), and the rows the SVD is computed on.
const (
	discoverLSADims   = 100
	discoverLSAExtra  = 10
	discoverLSAPower  = 1
	discoverLSASample = 20000
)

// discoverLSABasis returns the first dims right singular vectors of the
// rows of x (latent semantic analysis, as scikit-learn's TruncatedSVD) as a
// row-major v × d projection, and d. Terms that occur together in comments
// share directions, so two comments about the same thing in different
// words come out close once projected (see projectRows). The singular
// vectors are computed on an even sample of at most discoverLSASample of
// the rows. A nil projection means the rows are too few for one.
func discoverLSABasis(x *cluster.CSR, rows []int, dims int, seed uint64, workers int) ([]float64, int) {
	_, v := x.Dims()
	sampleRows := make([]int, 0, discoverLSASample)
	for _, p := range discoverSample(len(rows), discoverLSASample) {
		sampleRows = append(sampleRows, rows[p])
	}
	l := min(dims+discoverLSAExtra, v, len(sampleRows))
	if l < 2 {
		return nil, 0
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed1a5a))
	omega := make([]float64, v*l)
	for i := range omega {
		omega[i] = rng.NormFloat64()
	}
	y := sparseTimes(x, sampleRows, omega, l, workers) // m × l
	orthonormalize(y, len(sampleRows), l, workers)
	for it := 0; it < discoverLSAPower; it++ {
		z := sparseTTimes(x, sampleRows, y, l, v) // v × l
		orthonormalize(z, v, l, workers)
		y = sparseTimes(x, sampleRows, z, l, workers)
		orthonormalize(y, len(sampleRows), l, workers)
	}
	bt := sparseTTimes(x, sampleRows, y, l, v) // Bᵀ = Xᵀ Q, v × l
	var svd mat.SVD
	if !svd.Factorize(mat.NewDense(v, l, bt), mat.SVDThin) {
		return nil, 0
	}
	var u mat.Dense // left vectors of Bᵀ = right singular vectors of X
	svd.UTo(&u)
	d := min(dims, l)
	proj := make([]float64, v*d)
	for t := 0; t < v; t++ {
		for j := 0; j < d; j++ {
			proj[t*d+j] = u.At(t, j)
		}
	}
	return proj, d
}

// sparseTimes returns X[rows] · D for a dense v × l matrix D (row-major).
// Each output row depends on its input row alone, so rows are computed in
// chunks on up to workers goroutines with the same result.
func sparseTimes(x *cluster.CSR, rows []int, d []float64, l, workers int) []float64 {
	out := make([]float64, len(rows)*l)
	lsaRows(len(rows), workers, func(lo, hi int) {
		for p := lo; p < hi; p++ {
			r := x.Row(rows[p])
			o := out[p*l : p*l+l]
			for q, c := range r.Cols {
				w := float64(r.Vals[q])
				for j, dv := range d[int(c)*l : int(c)*l+l] {
					o[j] += w * dv
				}
			}
		}
	})
	return out
}

// lsaRows runs fn over [0, n) in fixed chunks on up to workers goroutines;
// fn must write only to the rows it is given.
func lsaRows(n, workers int, fn func(lo, hi int)) {
	_ = discoverChunksOf(context.Background(), n, discoverChunk, workers, func(_, lo, hi int) { fn(lo, hi) })
}

// sparseTTimes returns X[rows]ᵀ · Y for a dense len(rows) × l matrix Y.
func sparseTTimes(x *cluster.CSR, rows []int, y []float64, l, v int) []float64 {
	out := make([]float64, v*l)
	for p, i := range rows {
		r := x.Row(i)
		yr := y[p*l : p*l+l]
		for q, c := range r.Cols {
			w := float64(r.Vals[q])
			o := out[int(c)*l : int(c)*l+l]
			for j, yv := range yr {
				o[j] += w * yv
			}
		}
	}
	return out
}

// orthonormalize makes the l columns of the n × l row-major matrix a
// orthonormal: Cholesky QR twice over (CholeskyQR2), which reads a row at a
// time; when the Gram matrix is not positive definite (dependent columns)
// it falls back to modified Gram-Schmidt.
func orthonormalize(a []float64, n, l, workers int) {
	for pass := 0; pass < 2; pass++ {
		if !cholQR(a, n, l, workers) {
			gramSchmidt(a, n, l)
			return
		}
	}
}

// cholQR replaces a by a · R⁻¹ where RᵀR = aᵀa. The Gram matrix is summed
// row by row in order (one goroutine: the float sums stay the same); the
// product, row by row independent, is spread over workers.
func cholQR(a []float64, n, l, workers int) bool {
	g := mat.NewSymDense(l, nil)
	raw := g.RawSymmetric()
	for i := 0; i < n; i++ {
		r := a[i*l : i*l+l]
		for j, x := range r {
			if x == 0 {
				continue
			}
			row := raw.Data[j*raw.Stride : j*raw.Stride+l]
			for k := j; k < l; k++ {
				row[k] += x * r[k]
			}
		}
	}
	var ch mat.Cholesky
	if !ch.Factorize(g) {
		return false
	}
	var u mat.TriDense
	ch.UTo(&u)
	var inv mat.TriDense
	if err := inv.InverseTri(&u); err != nil {
		return false
	}
	ri := make([]float64, l*l)
	for k := 0; k < l; k++ {
		for j := k; j < l; j++ {
			ri[k*l+j] = inv.At(k, j)
		}
	}
	lsaRows(n, workers, func(lo, hi int) {
		tmp := make([]float64, l)
		for i := lo; i < hi; i++ {
			r := a[i*l : i*l+l]
			clear(tmp)
			for k, x := range r {
				if x == 0 {
					continue
				}
				for j, v := range ri[k*l+k : k*l+l] {
					tmp[k+j] += x * v
				}
			}
			copy(r, tmp)
		}
	})
	return true
}

// gramSchmidt orthonormalizes the columns of a, leaving a column that
// vanishes at zero.
func gramSchmidt(a []float64, n, l int) {
	for j := 0; j < l; j++ {
		for k := 0; k < j; k++ {
			var dot float64
			for i := 0; i < n; i++ {
				dot += a[i*l+j] * a[i*l+k]
			}
			for i := 0; i < n; i++ {
				a[i*l+j] -= dot * a[i*l+k]
			}
		}
		var ss float64
		for i := 0; i < n; i++ {
			ss += a[i*l+j] * a[i*l+j]
		}
		inv := 0.0
		if ss > 1e-24 {
			inv = 1 / math.Sqrt(ss)
		}
		for i := 0; i < n; i++ {
			a[i*l+j] *= inv
		}
	}
}

// projectRows returns the unit-length projections X[rows] · P, or the rows
// themselves when there is no projection.
func projectRows(x *cluster.CSR, rows []int, proj []float64, d, workers int) *cluster.CSR {
	if proj == nil {
		return discoverSubRows(x, rows)
	}
	b := cluster.NewBuilder(d)
	out := sparseTimes(x, rows, proj, d, workers)
	e := make([]cluster.Entry, d)
	for p := range rows {
		o := out[p*d : p*d+d]
		var ss float64
		for _, v := range o {
			ss += v * v
		}
		e = e[:0]
		if ss > 0 {
			inv := 1 / math.Sqrt(ss)
			for j, v := range o {
				e = append(e, cluster.Entry{Col: j, Val: v * inv})
			}
		}
		if err := b.AddRow(e); err != nil {
			panic("themes: projecting rows: " + err.Error())
		}
	}
	return b.Build()
}
