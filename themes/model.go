package themes

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// ErrUnknownTheme is returned (wrapped) by Merge and Rename for an ID the
// model does not have.
var ErrUnknownTheme = errors.New("unknown theme")

// Model is a fitted set of themes: what Discover found, and what Assign
// needs to tag new comments. Save writes it as JSON and Load reads it back;
// a loaded model assigns exactly as the original. A Model is safe for
// concurrent Assign calls; Merge and Rename must not run concurrently with
// anything else.
type Model struct {
	an       *Analyzer
	sp       *themeSpace
	themes   []Theme
	cents    []modelCentroid
	noTheme  []int // comments without content, ascending
	comments int
	settings modelSettings
	member   [][]Membership // per fitted comment; not saved
	dense    []float32      // column-major centroids: dense[col*k + theme]
}

// modelCentroid is one theme's centroid in TF-IDF space: the normalised sum of
// its members' unit rows (Sum = Mass · unit vector), kept with the mass so
// that merging two themes gives the exact centroid of their union.
type modelCentroid struct {
	cols   []int32
	vals   []float32 // unit vector
	mass   float64   // length of the sum of member rows
	counts themeCounts
}

// modelSettings are the thresholds Assign applies.
type modelSettings struct {
	MinTerms      int     `json:"min_terms"`
	MinStrength   float64 `json:"min_strength"`
	StrengthRatio float64 `json:"strength_ratio"`
	TopTerms      int     `json:"top_terms"`
	Seed          uint64  `json:"seed"`
}

// Themes returns the themes, largest first (seeded themes first when
// there are any). The slice is a copy; its Members and Terms are shared
// and must not be modified.
func (m *Model) Themes() []Theme { return slices.Clone(m.themes) }

// Theme returns the theme with the given ID.
func (m *Model) Theme(id string) (Theme, bool) {
	i := m.themeIndex(id)
	if i < 0 {
		return Theme{}, false
	}
	return m.themes[i], true
}

// NoTheme returns the indexes of the comments that were too short, empty
// or generic to carry a theme ("n/a", "good", "STOP", ""): those with fewer
// than DiscoverMinTerms content terms.
func (m *Model) NoTheme() []int { return m.noTheme }

// Comments returns the number of comments the model was fitted on.
func (m *Model) Comments() int { return m.comments }

// Memberships returns the themes of fitted comment i, strongest first (its
// main theme first), or nil for a comment in the no-theme group. Only a
// model returned by Discover has them; a loaded one returns nil.
func (m *Model) Memberships(i int) []Membership {
	if i < 0 || i >= len(m.member) {
		return nil
	}
	return m.member[i]
}

// Assign returns the themes of a new comment, strongest first, or nil when
// it has fewer content terms than the model requires: the comment's
// strongest theme, then every other theme whose strength is at least the
// model's minimum strength and ratio times the strongest (see
// DiscoverStrength).
func (m *Model) Assign(comment string) []Membership {
	terms := m.an.Terms(comment)
	r := m.sp.row(themeRow{}, terms)
	if len(r.cols) < m.settings.MinTerms {
		return nil
	}
	scores := make([]float32, len(m.themes))
	m.dots(r, scores)
	return m.memberships(scores, nil)
}

// dots adds the dot products of a row with every centroid to out.
func (m *Model) dots(r themeRow, out []float32) {
	k := len(m.themes)
	for p, c := range r.cols {
		v := r.vals[p]
		base := m.dense[int(c)*k : int(c)*k+k]
		for t, w := range base {
			out[t] += v * w
		}
	}
}

// memberships turns a comment's similarities to every theme into its
// memberships (see Assign), the most similar theme first; nil when no
// theme shares a term with the comment.
func (m *Model) memberships(scores []float32, dst []Membership) []Membership {
	best := -1
	for t, s := range scores {
		if s > 0 && (best < 0 || s > scores[best]) {
			best = t
		}
	}
	if best < 0 {
		return dst
	}
	return m.membershipsWith(scores, best, dst)
}

// membershipsWith appends the memberships of a comment whose main theme is
// main: main first, then the other themes that pass the thresholds
// relative to main's strength, strongest first (ties: lower index).
func (m *Model) membershipsWith(scores []float32, main int, dst []Membership) []Membership {
	top := float64(scores[main])
	dst = append(dst, Membership{Theme: main, ID: m.themes[main].ID, Strength: modelRound(top)})
	start := len(dst)
	for t, s := range scores {
		v := float64(s)
		if t != main && v > 0 && v >= m.settings.MinStrength && v >= m.settings.StrengthRatio*top {
			dst = append(dst, Membership{Theme: t, ID: m.themes[t].ID, Strength: modelRound(v)})
		}
	}
	more := dst[start:]
	sort.SliceStable(more, func(i, j int) bool { return more[i].Strength > more[j].Strength })
	return dst
}

// buildDense lays the centroids out column-major for Assign: each term of
// a comment reads one contiguous run of k weights.
func (m *Model) buildDense() {
	k := len(m.themes)
	m.dense = make([]float32, len(m.sp.keys)*k)
	for t, c := range m.cents {
		for p, col := range c.cols {
			m.dense[int(col)*k+t] = c.vals[p]
		}
	}
}

// Rename sets the label of a theme; its ID does not change.
func (m *Model) Rename(id, label string) error {
	i := m.themeIndex(id)
	if i < 0 {
		return fmt.Errorf("%w: %q", ErrUnknownTheme, id)
	}
	if strings.TrimSpace(label) == "" {
		return fmt.Errorf("%w: theme %q: empty label", ErrDiscoverOption, id)
	}
	m.themes[i].Label = label
	return nil
}

// Merge joins the themes named by ids into the first of them, which keeps
// its ID and label: members are pooled, the centroid becomes that of the
// union (exact, from the themes' sums), top terms are recomputed, and the
// representatives are the closest of both to the new centroid. Sub-themes
// are dropped. Themes keep their order, without the merged-away ones.
func (m *Model) Merge(ids ...string) error {
	if len(ids) < 2 {
		return fmt.Errorf("%w: merge needs two themes or more, got %d", ErrDiscoverOption, len(ids))
	}
	idx := make([]int, len(ids))
	for j, id := range ids {
		if idx[j] = m.themeIndex(id); idx[j] < 0 {
			return fmt.Errorf("%w: %q", ErrUnknownTheme, id)
		}
		if slices.Contains(idx[:j], idx[j]) {
			return fmt.Errorf("%w: theme %q named twice", ErrDiscoverOption, id)
		}
	}
	into := idx[0]
	for _, j := range idx[1:] {
		m.absorb(into, j)
	}
	m.dropThemes(idx[1:])
	m.refreshTerms()
	m.buildDense()
	m.rescoreRepresentatives()
	return nil
}

func (m *Model) themeIndex(id string) int {
	for i, t := range m.themes {
		if t.ID == id {
			return i
		}
	}
	return -1
}

// absorb adds theme j's members, sum and counts to theme i.
func (m *Model) absorb(i, j int) {
	a, b := &m.themes[i], &m.themes[j]
	a.Members = modelMergeSorted(a.Members, b.Members)
	a.Size = len(a.Members)
	a.Representatives = append(a.Representatives, b.Representatives...)
	a.Subthemes = nil
	ca, cb := &m.cents[i], &m.cents[j]
	sum := map[int32]float64{}
	for p, c := range ca.cols {
		sum[c] += float64(ca.vals[p]) * ca.mass
	}
	for p, c := range cb.cols {
		sum[c] += float64(cb.vals[p]) * cb.mass
	}
	for c, n := range cb.counts {
		ca.counts[c] += n
	}
	ca.setSum(sum)
	for f := range m.member {
		for q := range m.member[f] {
			if m.member[f][q].Theme == j {
				m.member[f][q].Theme, m.member[f][q].ID = i, a.ID
			}
		}
	}
}

// setSum sets the centroid to the normalised sum and its mass.
func (c *modelCentroid) setSum(sum map[int32]float64) {
	cols := make([]int32, 0, len(sum))
	for col := range sum {
		cols = append(cols, col)
	}
	slices.Sort(cols)
	var ss float64
	for _, col := range cols {
		ss += sum[col] * sum[col]
	}
	c.mass = math.Sqrt(ss)
	c.cols, c.vals = cols, make([]float32, len(cols))
	for p, col := range cols {
		if c.mass > 0 {
			c.vals[p] = float32(sum[col] / c.mass)
		}
	}
}

func modelMergeSorted(a, b []int) []int {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}
