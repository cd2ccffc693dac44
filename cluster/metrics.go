package cluster

import (
	"fmt"
	"math"
)

// Contingency counts how the rows of a reference labelling (classes, such as
// an analyst's manual coding) fall into the clusters of another labelling.
// Classes and Clusters list the distinct labels in order of first
// appearance; Counts[i][j] is the number of rows with class Classes[i] and
// cluster Clusters[j].
type Contingency[T, U comparable] struct {
	Classes  []T     `json:"classes"`
	Clusters []U     `json:"clusters"`
	Counts   [][]int `json:"counts"`
	N        int     `json:"n"`
}

// NewContingency tabulates truth against pred. Errors wrap ErrShape (lengths
// differ) or ErrNoRows (empty).
func NewContingency[T, U comparable](truth []T, pred []U) (*Contingency[T, U], error) {
	if len(truth) != len(pred) {
		return nil, fmt.Errorf("cluster: %d reference labels for %d predicted: %w", len(truth), len(pred), ErrShape)
	}
	if len(truth) == 0 {
		return nil, fmt.Errorf("cluster: no labels to compare: %w", ErrNoRows)
	}
	ci, ki := map[T]int{}, map[U]int{}
	tc, pk := make([]int, len(truth)), make([]int, len(pred))
	c := &Contingency[T, U]{N: len(truth)}
	for i, t := range truth {
		idx, ok := ci[t]
		if !ok {
			idx = len(c.Classes)
			ci[t] = idx
			c.Classes = append(c.Classes, t)
		}
		tc[i] = idx
	}
	for i, p := range pred {
		idx, ok := ki[p]
		if !ok {
			idx = len(c.Clusters)
			ki[p] = idx
			c.Clusters = append(c.Clusters, p)
		}
		pk[i] = idx
	}
	c.Counts = make([][]int, len(c.Classes))
	for i := range c.Counts {
		c.Counts[i] = make([]int, len(c.Clusters))
	}
	for i := range tc {
		c.Counts[tc[i]][pk[i]]++
	}
	return c, nil
}

// marginals returns the row (class) and column (cluster) totals.
func (c *Contingency[T, U]) marginals() (classes, clusters []float64) {
	classes, clusters = make([]float64, len(c.Classes)), make([]float64, len(c.Clusters))
	for i, row := range c.Counts {
		for j, n := range row {
			classes[i] += float64(n)
			clusters[j] += float64(n)
		}
	}
	return classes, clusters
}

// NMI is the normalised mutual information with the arithmetic mean of the
// two entropies as normaliser, MI / ((H(classes) + H(clusters)) / 2), in
// [0, 1]: scikit-learn's normalized_mutual_info_score default
// (average_method="arithmetic"). Two labellings with one label each score 1;
// zero mutual information scores 0.
func (c *Contingency[T, U]) NMI() float64 {
	if len(c.Classes) == 1 && len(c.Clusters) == 1 {
		return 1
	}
	a, b := c.marginals()
	n := float64(c.N)
	var mi float64
	for i, row := range c.Counts {
		for j, nij := range row {
			if nij > 0 {
				p := float64(nij) / n
				mi += p * math.Log(float64(nij)*n/(a[i]*b[j]))
			}
		}
	}
	if mi <= 0 {
		return 0
	}
	return mi / ((entropy(a, n) + entropy(b, n)) / 2)
}

func entropy(counts []float64, n float64) float64 {
	var h float64
	for _, x := range counts {
		if x > 0 {
			p := x / n
			h -= p * math.Log(p)
		}
	}
	return h
}

// ARI is the adjusted Rand index (Hubert and Arabie): the Rand index
// corrected for chance, 1 for identical partitions, about 0 for random ones,
// possibly negative. Computed from pair counts as scikit-learn's
// adjusted_rand_score; two partitions that agree on every pair score 1.
func (c *Contingency[T, U]) ARI() float64 {
	a, b := c.marginals()
	n := float64(c.N)
	var sq float64
	for _, row := range c.Counts {
		for _, nij := range row {
			sq += float64(nij) * float64(nij)
		}
	}
	var sa, sb float64 // Σ a_i², Σ b_j²
	for _, x := range a {
		sa += x * x
	}
	for _, x := range b {
		sb += x * x
	}
	// Ordered pair counts: both same (tp), same cluster only (fp), same class
	// only (fn), neither (tn).
	tp := sq - n
	fp := sb - sq
	fn := sa - sq
	tn := n*n - tp - fp - fn - n
	if fn == 0 && fp == 0 {
		return 1
	}
	return 2 * (tp*tn - fn*fp) / ((tp+fn)*(fn+tn) + (tp+fp)*(fp+tn))
}

// Purity is the share of rows whose cluster's most common class is their own
// class: Σ over clusters of the largest class count, divided by N. It is 1
// when every cluster holds one class, and grows with the number of clusters.
func (c *Contingency[T, U]) Purity() float64 {
	total := 0
	for j := range c.Clusters {
		best := 0
		for i := range c.Counts {
			best = max(best, c.Counts[i][j])
		}
		total += best
	}
	return float64(total) / float64(c.N)
}

// NMI compares a reference labelling with a clustering; see
// Contingency.NMI.
func NMI[T, U comparable](truth []T, pred []U) (float64, error) {
	c, err := NewContingency(truth, pred)
	if err != nil {
		return 0, err
	}
	return c.NMI(), nil
}

// ARI compares a reference labelling with a clustering; see Contingency.ARI.
func ARI[T, U comparable](truth []T, pred []U) (float64, error) {
	c, err := NewContingency(truth, pred)
	if err != nil {
		return 0, err
	}
	return c.ARI(), nil
}

// Purity compares a reference labelling with a clustering; see
// Contingency.Purity.
func Purity[T, U comparable](truth []T, pred []U) (float64, error) {
	c, err := NewContingency(truth, pred)
	if err != nil {
		return 0, err
	}
	return c.Purity(), nil
}
