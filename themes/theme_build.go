package themes

import (
	"cmp"
	"slices"
	"strings"

	"github.com/verbatim-go/verbatim/internal/token"
)

// dropThemes removes the themes at the given indexes and renumbers the
// memberships, keeping one membership per theme and comment.
func (m *Model) dropThemes(drop []int) {
	newIdx := make([]int, len(m.themes))
	n := 0
	for i := range m.themes {
		if slices.Contains(drop, i) {
			newIdx[i] = -1
			continue
		}
		newIdx[i] = n
		m.themes[n], m.cents[n] = m.themes[i], m.cents[i]
		n++
	}
	m.themes, m.cents = m.themes[:n], m.cents[:n]
	for f, ms := range m.member {
		out := ms[:0]
		for _, x := range ms {
			x.Theme = newIdx[x.Theme]
			if x.Theme >= 0 && !slices.ContainsFunc(out, func(y Membership) bool { return y.Theme == x.Theme }) {
				out = append(out, x)
			}
		}
		m.member[f] = out
	}
}

// refreshTerms recomputes every theme's top terms from its counts.
func (m *Model) refreshTerms() {
	counts := make([]themeCounts, len(m.cents))
	for i := range m.cents {
		counts[i] = m.cents[i].counts
	}
	for i, terms := range themeClassTFIDF(m.sp, counts, m.settings.TopTerms) {
		m.themes[i].Terms = terms
	}
}

// rescoreRepresentatives scores each theme's representatives against its
// current centroid, keeps the best distinct ones and highlights them.
func (m *Model) rescoreRepresentatives() {
	scores := make([]float32, len(m.themes))
	for i := range m.themes {
		t := &m.themes[i]
		keep := max(len(t.Representatives), DefaultRepresentatives)
		for j := range t.Representatives {
			r := &t.Representatives[j]
			row := m.sp.row(themeRow{}, m.an.Terms(r.Text))
			clear(scores)
			m.dots(row, scores)
			r.Strength = modelRound(float64(scores[i]))
		}
		t.Representatives = representativeBest(t.Representatives, min(keep, DefaultRepresentatives))
		m.highlight(i)
	}
}

// representativeBest sorts representatives by strength (ties: earlier comment)
// and keeps the first n whose normalised texts differ.
func representativeBest(reps []Representative, n int) []Representative {
	// Strength, then comment index, orders every pair: an unstable sort
	// gives the one order, faster than a stable one on large themes.
	slices.SortFunc(reps, func(a, b Representative) int {
		if a.Strength != b.Strength {
			return cmp.Compare(b.Strength, a.Strength)
		}
		return cmp.Compare(a.Comment, b.Comment)
	})
	seen := map[string]bool{}
	out := reps[:0]
	for _, r := range reps {
		if len(out) == n {
			break
		}
		key := representativeKey(r.Text)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, r)
	}
	return out
}

// representativeKey is the text compared to find duplicate comments: lower
// case, words separated by single spaces.
func representativeKey(s string) string {
	return strings.Join(strings.Fields(token.Lower(s)), " ")
}

// highlight marks theme i's top terms in its representatives. A word
// inside a highlighted phrase is not marked again.
func (m *Model) highlight(i int) {
	t := &m.themes[i]
	top := make(map[string]bool, len(t.Terms))
	for _, term := range t.Terms {
		top[term.Key] = true
	}
	for j := range t.Representatives {
		r := &t.Representatives[j]
		r.Highlights = r.Highlights[:0]
		end := -1
		for _, term := range m.an.Terms(r.Text) {
			if !top[term.Key] || term.Start < end {
				continue
			}
			r.Highlights = append(r.Highlights, Highlight{Start: term.Start, End: term.End, Key: term.Key})
			end = term.End
		}
		if len(r.Highlights) == 0 {
			r.Highlights = nil
		}
	}
}
