package themes

import (
	"github.com/verbatim-go/verbatim/cluster"
)

// subdivide splits each theme into sub-themes with cluster.Subdivide (two
// to five per theme, only where the split has a positive silhouette).
// Sub-themes have their own terms, representatives and labels; their IDs
// are the parent's ID, "/", and their own.
func (m *Model) subdivide(x *cluster.CSR, comments []string, o *discoverOptions) error {
	n, _ := x.Dims()
	labels := make([]int, n)
	for i := range labels {
		labels[i] = cluster.Unassigned
	}
	for t, th := range m.themes {
		for _, i := range th.Members {
			labels[i] = t
		}
	}
	_, cols := x.Dims()
	parent := &cluster.Model{K: len(m.themes), Cols: cols, Labels: labels}
	for t, c := range m.cents {
		row := make([]float64, cols)
		for p, col := range c.cols {
			row[col] = float64(c.vals[p])
		}
		parent.Centroids = append(parent.Centroids, row)
		parent.Sizes = append(parent.Sizes, m.themes[t].Size)
	}
	subs, err := cluster.Subdivide(x, parent, cluster.WithSeed(o.seed), cluster.WithRestarts(max(1, o.restarts/2)),
		cluster.WithWorkers(o.workers))
	if err != nil {
		return err
	}
	for t, s := range subs {
		if s.Model == nil {
			continue
		}
		subLabels := make([]int, n)
		for i := range subLabels {
			subLabels[i] = -1
		}
		for p, i := range s.Rows {
			subLabels[i] = s.Model.Labels[p]
		}
		child := &Model{an: m.an, sp: m.sp, settings: m.settings}
		child.build(x, subLabels, comments, &discoverOptions{
			representatives: o.representatives, topTerms: o.topTerms, labels: o.labels,
		})
		for j := range child.themes {
			child.themes[j].ID = m.themes[t].ID + "/" + child.themes[j].ID
		}
		m.themes[t].Subthemes = child.themes
	}
	return nil
}
