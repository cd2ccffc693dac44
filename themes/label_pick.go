package themes

import (
	"fmt"
	"sort"
	"strings"
)

// labelSep joins two candidates when a theme's best label is taken.
const labelSep = " / "

// pickLabels chooses each group's label from its ranked candidates so that
// no two groups share one (LabelThemes, step 3).
func (l *Labeler) pickLabels(cs *labelCands, groups []LabelGroup, ranked [][]labelScored) []string {
	out := make([]string, len(groups))
	used := map[string]bool{}
	var order []int
	for g, grp := range groups {
		if grp.Fixed != "" {
			out[g] = grp.Fixed
			used[l.labelKey(grp.Fixed)] = true
			continue
		}
		order = append(order, g)
	}
	best := func(g int) float64 {
		if len(ranked[g]) == 0 {
			return -1
		}
		return ranked[g][0].score
	}
	sort.SliceStable(order, func(i, j int) bool { return best(order[i]) > best(order[j]) })
	for _, g := range order {
		label, key := l.pickPair(cs, g, ranked[g], used)
		if label == "" {
			label, key = l.pickOne(ranked[g], used)
		}
		if label == "" {
			label = fallbackLabel(groups[g].Top)
			key = l.labelKey(label)
		}
		for n := 2; label != "" && used[key]; n++ {
			if alt := fmt.Sprintf("%s (%d)", label, n); !used[l.labelKey(alt)] {
				label, key = alt, l.labelKey(alt)
			}
		}
		used[key] = true
		out[g] = label
	}
	return out
}

// pickOne returns the best free label of one group and its key: the best
// candidate, or when taken the best joined with the next candidate of
// another family (see familyOrder) that shares no word with it, or else
// the first free candidate; "" when the
// group has no candidate.
func (l *Labeler) pickOne(ranked []labelScored, used map[string]bool) (string, string) {
	if len(ranked) == 0 {
		return "", ""
	}
	first := ranked[0].c
	if !used[first.key] {
		return first.display(), first.key
	}
	for _, s := range ranked[1:] {
		key := first.key + labelSep + s.c.key
		if s.anchor != ranked[0].anchor && !sharesWord(first.key, s.c.key) && !used[key] {
			return first.display() + labelSep + s.c.display(), key
		}
	}
	for _, s := range ranked[1:] {
		if !used[s.c.key] {
			return s.c.display(), s.c.key
		}
	}
	return first.display(), first.key // the caller numbers it
}

// display is how the candidate is written in a label: its most frequent
// written form, except that a noun phrase is written in a form that was
// tagged a noun phrase ("order", not the more frequent verb "ordered").
func (c *labelCand) display() string {
	if c.kind == labelNoun {
		best, bestN := "", 0
		for f := range c.nounForm {
			if n := c.surfaces[f]; n > bestN || n == bestN && n > 0 && f < best {
				best, bestN = f, n
			}
		}
		if best != "" {
			return best
		}
	}
	return mostFrequent(c.surfaces)
}

// labelKey is the key a label is compared by: its words' stems, so "hold
// time" and "hold times" are one label.
func (l *Labeler) labelKey(label string) string {
	parts := strings.Split(label, labelSep)
	for i, p := range parts {
		parts[i] = l.a.Key(p)
	}
	return strings.Join(parts, labelSep)
}

// sharesWord reports whether two keys have a stem in common.
func sharesWord(a, b string) bool {
	for _, x := range strings.Fields(a) {
		for _, y := range strings.Fields(b) {
			if x == y {
				return true
			}
		}
	}
	return false
}
