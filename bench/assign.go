package bench

import (
	"fmt"

	"github.com/verbatim-go/verbatim/cluster"
	"github.com/verbatim-go/verbatim/themes"
)

// Assigner places one new comment in a fitted clustering from the library's
// parts: analysis, the term columns, the fitted TF-IDF weighting and
// Model.PredictRow. It stands in for a saved theme model's Assign until
// that exists, to measure the per-comment cost.
type Assigner struct {
	a     *themes.Analyzer
	index map[string]int
	w     *cluster.TFIDF
	m     *cluster.Model
}

// NewAssigner fits the weighting (min_df = 2) and a k-means model
// (mini-batch, one seeding) on counts.
func NewAssigner(a *themes.Analyzer, counts Counts, k int) (*Assigner, error) {
	var df cluster.DocFreq
	df.Add(counts.X)
	w, err := cluster.NewTFIDF(&df, cluster.WithMinDF(2))
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	x, err := w.Transform(counts.X)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	m, err := cluster.Fit(x, cluster.WithK(k), cluster.WithRestarts(1), cluster.WithMiniBatch(4096))
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	index := make(map[string]int, len(counts.Keys))
	for j, key := range counts.Keys {
		index[key] = j
	}
	return &Assigner{a: a, index: index, w: w, m: m}, nil
}

// Assign returns the cluster of comment and its cosine to the centroid
// (cluster.Unassigned when no term of the comment is known).
func (s *Assigner) Assign(comment string) (int, float64, error) {
	var row []cluster.Entry
	for _, t := range s.a.Terms(comment) {
		if j, ok := s.index[t.Key]; ok {
			row = append(row, cluster.Entry{Col: j, Val: 1})
		}
	}
	b := cluster.NewBuilder(s.w.Cols)
	if err := b.AddRow(row); err != nil {
		return 0, 0, fmt.Errorf("bench: %w", err)
	}
	x, err := s.w.Transform(b.Build())
	if err != nil {
		return 0, 0, fmt.Errorf("bench: %w", err)
	}
	l, cos := s.m.PredictRow(x.Row(0))
	return l, cos, nil
}
