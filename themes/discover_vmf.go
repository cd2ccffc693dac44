package themes

import (
	"context"
	"math"

	"github.com/verbatim-go/verbatim/cluster"
)

// Soft refinement of the k-means centroids: a mixture of von Mises-Fisher
// distributions on the unit sphere (Banerjee, Dhillon, Ghosh and Sra,
// 2005) with one fixed concentration, fitted by EM from the k-means
// partition. Hard k-means moves a comment wholly to one centroid even when
// it is nearly as close to another, so centroids settle where the random
// seeding left them; weighting every comment by its posterior lets the
// borderline ones pull both ways and the centroids drift to where the
// density is. Measured over five seeds on the three evaluation sets
// (eval_test.go), this raised the mean NMI on all three and narrowed the
// spread between seeds; κ from 30 to 50 gave the same, 10 (too soft) lost.
const (
	discoverVMFKappa = 50
	discoverVMFIters = 20
	// discoverVMFChunks caps the partial sums kept at once: the sums are
	// made per chunk and added in chunk order, so they do not depend on
	// the number of workers.
	discoverVMFChunks = 16
)

// vmfState is a mixture's mean directions (k × d, unit rows) and weights.
type vmfState struct {
	k, d int
	mu   []float64
	pi   []float64
}

// discoverVMF returns the mean directions of the vMF mixture fitted to the
// unit rows of x, started from the hard partition labels (rows labelled
// cluster.Unassigned join in from the first E-step; zero rows never). A
// component that loses all its weight
// keeps its last direction.
func discoverVMF(ctx context.Context, x *cluster.CSR, labels []int, k, workers int) ([][]float64, error) {
	n, d := x.Dims()
	st := vmfState{k: k, d: d, mu: make([]float64, k*d), pi: make([]float64, k)}
	for i, l := range labels {
		if l < 0 {
			continue
		}
		r := x.Row(i)
		st.pi[l]++
		for q, c := range r.Cols {
			st.mu[l*d+int(c)] += float64(r.Vals[q])
		}
	}
	st.normalize(nil, n)
	size := max(discoverChunk, (n+discoverVMFChunks-1)/discoverVMFChunks)
	chunks := (n + size - 1) / size
	parts := make([]vmfState, chunks)
	for it := 0; it < discoverVMFIters; it++ {
		err := discoverChunksOf(ctx, n, size, workers, func(c, lo, hi int) {
			parts[c] = st.estep(x, lo, hi)
		})
		if err != nil {
			return nil, err
		}
		prev := st.mu
		st = vmfState{k: k, d: d, mu: make([]float64, k*d), pi: make([]float64, k)}
		for _, p := range parts {
			for j, v := range p.mu {
				st.mu[j] += v
			}
			for j, v := range p.pi {
				st.pi[j] += v
			}
		}
		st.normalize(prev, n)
	}
	out := make([][]float64, k)
	for c := range out {
		out[c] = st.mu[c*d : c*d+d]
	}
	return out, nil
}

// normalize turns sums into unit directions and weights into shares of n;
// a component without weight takes its direction from prev.
func (s *vmfState) normalize(prev []float64, n int) {
	for c := 0; c < s.k; c++ {
		m := s.mu[c*s.d : c*s.d+s.d]
		var ss float64
		for _, v := range m {
			ss += v * v
		}
		switch {
		case ss > 0:
			inv := 1 / math.Sqrt(ss)
			for j := range m {
				m[j] *= inv
			}
		case prev != nil:
			copy(m, prev[c*s.d:c*s.d+s.d])
		}
		s.pi[c] /= float64(max(1, n))
	}
}

// estep returns the posterior-weighted sums of rows [lo, hi) under s:
// each row's weight in component c is proportional to π_c·exp(κ μ_c·x).
func (s *vmfState) estep(x *cluster.CSR, lo, hi int) vmfState {
	out := vmfState{k: s.k, d: s.d, mu: make([]float64, s.k*s.d), pi: make([]float64, s.k)}
	logPi := make([]float64, s.k)
	for c, p := range s.pi {
		logPi[c] = math.Log(p + 1e-12)
	}
	post := make([]float64, s.k)
	for i := lo; i < hi; i++ {
		r := x.Row(i)
		if len(r.Cols) == 0 {
			continue
		}
		top := math.Inf(-1)
		for c := range post {
			m := s.mu[c*s.d : c*s.d+s.d]
			var dot float64
			for q, col := range r.Cols {
				dot += float64(r.Vals[q]) * m[col]
			}
			post[c] = logPi[c] + discoverVMFKappa*dot
			top = max(top, post[c])
		}
		var tot float64
		for c, v := range post {
			post[c] = math.Exp(v - top)
			tot += post[c]
		}
		for c, v := range post {
			w := v / tot
			if w < 1e-9 {
				continue
			}
			out.pi[c] += w
			m := out.mu[c*s.d : c*s.d+s.d]
			for q, col := range r.Cols {
				m[col] += w * float64(r.Vals[q])
			}
		}
	}
	return out
}
