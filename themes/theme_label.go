package themes

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// nameThemes labels the unseeded themes together (Labeler.LabelThemes:
// each theme's members, closest to its centroid first, and its top terms)
// and then sets every theme's ID. Without labels (DiscoverWithoutLabels)
// a theme's label is its first three top display terms.
func (m *Model) nameThemes(comments []string, strength []float64, o *discoverOptions) {
	groups := make([]LabelGroup, len(m.themes))
	for t := range m.themes {
		th := &m.themes[t]
		top := make([]LabelTerm, len(th.Terms))
		for j, term := range th.Terms {
			top[j] = LabelTerm{Key: term.Key, Display: term.Display, Weight: term.Weight}
		}
		switch {
		case th.Seeded:
			groups[t].Fixed = th.Label
		case !o.labels:
			th.Label = fallbackLabel(top)
		default:
			groups[t] = LabelGroup{Comments: themeByStrength(th.Members, comments, strength), Top: top}
		}
	}
	if o.labels {
		for t, label := range NewLabeler(m.an).LabelThemes(groups) {
			m.themes[t].Label = label
		}
	}
	m.setIDs()
}

// themeByStrength returns the texts of the members, strongest first (ties:
// earlier comment).
func themeByStrength(members []int, comments []string, strength []float64) []string {
	order := append([]int(nil), members...)
	sort.SliceStable(order, func(i, j int) bool { return strength[order[i]] > strength[order[j]] })
	out := make([]string, len(order))
	for p, i := range order {
		out[p] = comments[i]
	}
	return out
}

// setIDs gives each theme an ID: the themeSlug of its label (for a seeded
// theme, its name; for a label of top terms, "engineer, installation,
// date", the first), so a person reading "billing-error" knows the theme,
// and the same data gives the same IDs. A slug already used gets "-2",
// "-3"…; a label without letters or digits gives "theme".
func (m *Model) setIDs() {
	used := map[string]bool{}
	for t := range m.themes {
		th := &m.themes[t]
		base := themeSlug(strings.SplitN(th.Label, ", ", 2)[0])
		if base == "" {
			base = "theme"
		}
		id := base
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
		}
		used[id] = true
		th.ID = id
	}
	for f := range m.member {
		for q := range m.member[f] {
			m.member[f][q].ID = m.themes[m.member[f][q].Theme].ID
		}
	}
}

// themeSlug lower-cases s and keeps letters and digits, words joined by "-".
func themeSlug(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(f, "-")
}
