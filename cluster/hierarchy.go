package cluster

import (
	"fmt"
	"math/rand/v2"
)

// Sub is the second level under one cluster of a parent model.
type Sub struct {
	Parent int   `json:"parent"`
	Rows   []int `json:"rows"` // rows of x in the parent cluster, ascending
	// Model clusters Rows (its Labels index Rows); nil when the parent was
	// not split.
	Model *Model `json:"model,omitempty"`
	// Silhouette of the split on the parent's rows (0 when not split).
	Silhouette float64 `json:"silhouette"`
}

// Subdivide builds a two-level hierarchy: it clusters the members of each
// cluster of m (fitted on x) again, giving sub-themes under each theme.
//
// The sub-cluster count is WithK when given (a parent with fewer rows is not
// split), otherwise chosen per parent by ChooseK's silhouette rule within
// WithKRange, which defaults to 2 to 5 here. A parent with fewer than
// WithMinSplit rows (default 20) is not split, nor is one whose best split has
// a silhouette of zero or less: its members are then on average no closer to
// their own sub-cluster than to the next, so the split would be arbitrary.
// (A hand-built model that labels empty rows leaves those parents whole too.)
// Each parent's run gets its own seed, drawn in parent order, so results do
// not depend on which parents are split. The other options (restarts,
// mini-batch, workers...) apply to every sub-fit.
func Subdivide(x *CSR, m *Model, opts ...Option) ([]Sub, error) {
	o, err := buildOptions(opts)
	if err != nil {
		return nil, err
	}
	if !o.kRangeSet {
		o.kMin, o.kMax = 2, 5
	}
	if err := m.checkLabels(x); err != nil {
		return nil, err
	}
	members := make([][]int, m.K)
	for i, l := range m.Labels {
		if l >= 0 {
			members[l] = append(members[l], i)
		}
	}
	rng := o.random()
	subs := make([]Sub, m.K)
	for c := range subs {
		subs[c] = Sub{Parent: c, Rows: members[c]}
		seed := rng.Uint64()
		if err := subdivideOne(x, &subs[c], &o, newRand(seed)); err != nil {
			return nil, fmt.Errorf("cluster: splitting cluster %d: %w", c, err)
		}
	}
	return subs, nil
}

func subdivideOne(x *CSR, s *Sub, o *options, rng *rand.Rand) error {
	v := newView(x, s.Rows)
	if v.len() < o.minSplit || v.len() != len(s.Rows) || (o.k > 0 && o.k > v.len()) {
		return nil // too small to split (zero rows are never members)
	}
	v = v.compact()
	k := o.k
	if k == 0 {
		ch, err := chooseK(v, o, rng)
		if err != nil {
			return err
		}
		k = ch.K
	}
	r := fitView(v, k, o, rng)
	sil := silhouetteView(v, r.labels, k, o.workers)
	if !(sil > 0) {
		return nil
	}
	m := &Model{K: k, Cols: r.cent.cols, Centroids: r.cent.rows(), Sizes: clusterSizes(r.labels, k),
		Labels: make([]int, len(r.labels)), Objective: r.obj, Iterations: r.iter, Converged: r.converged}
	for p, l := range r.labels {
		m.Labels[p] = int(l)
	}
	s.Model, s.Silhouette = m, sil
	return nil
}
