package themes

import (
	"context"
	"sort"
	"strings"

	"github.com/verbatim-go/verbatim/cluster"
)

// themeLabelSample is the number of a theme's closest comments its label is
// built from.
const themeLabelSample = 20

// build turns cluster labels into themes (see Discover, steps 5 and 6).
func (m *Model) build(x *cluster.CSR, labels []int, comments []string, o *discoverOptions) {
	groups := memberGroups(labels, len(o.seeds))
	order := themeOrder(groups, len(o.seeds))
	m.themes = make([]Theme, len(order))
	m.cents = make([]modelCentroid, len(order))
	for t, g := range order {
		m.themes[t] = Theme{Members: groups[g], Size: len(groups[g])}
		if g < len(o.seeds) {
			m.themes[t].Seeded, m.themes[t].Label = true, strings.TrimSpace(o.seeds[g].Name)
		}
	}
	// Each theme's sum runs over its members in order on its own
	// goroutine: the same sums whatever the number of workers.
	_ = discoverChunksOf(context.Background(), len(order), 1, o.workers, func(t, _, _ int) {
		m.cents[t] = modelSumRows(x, groups[order[t]])
	})
	m.refreshTerms()
	m.buildDense()
	byGroup := make([]int, len(groups))
	for t, g := range order {
		byGroup[g] = t
	}
	strength := m.fitMemberships(x, labels, byGroup, o.workers)
	_ = discoverChunksOf(context.Background(), len(m.themes), 1, o.workers, func(t, _, _ int) {
		m.describe(t, comments, strength, o)
	})
	m.nameThemes(comments, strength, o)
}

// memberGroups lists the comments of each label; seeded labels always
// have a group, even an empty one.
func memberGroups(labels []int, seeds int) [][]int {
	groups := make([][]int, seeds)
	for i, l := range labels {
		if l < 0 {
			continue
		}
		for len(groups) <= l {
			groups = append(groups, nil)
		}
		groups[l] = append(groups[l], i)
	}
	return groups
}

// themeOrder returns the groups in theme order: seeded ones in the order
// given, then the others largest first (ties: earliest first member).
// Empty unseeded groups are left out.
func themeOrder(groups [][]int, seeds int) []int {
	var order []int
	for g := range groups {
		if g < seeds || len(groups[g]) > 0 {
			order = append(order, g)
		}
	}
	sort.SliceStable(order[min(seeds, len(order)):], func(i, j int) bool {
		a, b := groups[order[seeds+i]], groups[order[seeds+j]]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a[0] < b[0]
	})
	return order
}

// modelSumRows returns the centroid of the rows: their normalised sum, its
// mass, and per column the number of rows that contain it. The sums are
// accumulated densely, in row order, and kept for the columns touched.
func modelSumRows(x *cluster.CSR, rows []int) modelCentroid {
	_, v := x.Dims()
	dense := make([]float64, v)
	n := make([]int32, v)
	for _, i := range rows {
		r := x.Row(i)
		for p, col := range r.Cols {
			dense[col] += float64(r.Vals[p])
			n[col]++
		}
	}
	sum := map[int32]float64{}
	c := modelCentroid{counts: themeCounts{}}
	for col, k := range n {
		if k > 0 {
			sum[int32(col)] = dense[col]
			c.counts[int32(col)] = float64(k)
		}
	}
	c.setSum(sum)
	return c
}

// fitMemberships sets every fitted comment's memberships, main theme
// first, and returns each comment's strength in its main theme. Comments
// are split into fixed chunks over the workers; each writes only its own.
func (m *Model) fitMemberships(x *cluster.CSR, labels, byGroup []int, workers int) []float64 {
	m.member = make([][]Membership, len(labels))
	strength := make([]float64, len(labels))
	_ = discoverChunks(context.Background(), len(labels), workers, func(_, lo, hi int) {
		scores := make([]float32, len(m.themes))
		for i := lo; i < hi; i++ {
			l := labels[i]
			if l < 0 {
				continue
			}
			r := x.Row(i)
			clear(scores)
			m.dots(themeRow{cols: r.Cols, vals: r.Vals}, scores)
			main := byGroup[l]
			m.member[i] = m.membershipsWith(scores, main, nil)
			strength[i] = float64(scores[main])
		}
	})
	return strength
}

// describe picks theme t's representatives (its label: nameThemes).
func (m *Model) describe(t int, comments []string, strength []float64, o *discoverOptions) {
	th := &m.themes[t]
	cands := make([]Representative, 0, len(th.Members))
	for _, i := range th.Members {
		cands = append(cands, Representative{Comment: i, Text: comments[i], Strength: modelRound(strength[i])})
	}
	closest := representativeBest(cands, max(themeLabelSample, o.representatives))
	th.Representatives = append([]Representative(nil), closest[:min(len(closest), o.representatives)]...)
	m.highlight(t)
}
