package nps

import (
	"sort"
	"time"
)

// MissingKey is the key of the group of responses that lack the segment
// column (or hold an empty value in it). Such responses are never dropped.
// Group.Missing tells this group from a real value spelled the same.
const MissingKey = "(missing)"

// Position places a group against the rest of the data.
type Position int8

// The positions; the zero value is invalid.
const (
	// SignificantlyAbove: the group's NPS is significantly higher than the
	// rest's.
	SignificantlyAbove Position = iota + 1
	// InLine: no significant difference.
	InLine
	// SignificantlyBelow: significantly lower than the rest.
	SignificantlyBelow
	// Undetermined: too few responses in the group or the rest to compare.
	Undetermined
)

var positionNames = []string{"", "significantly above", "in line", "significantly below", "insufficient evidence"}

// String returns the position's name.
func (p Position) String() string { return nameOf(positionNames, int(p)) }

// MarshalText encodes the position as its name.
func (p Position) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes a position name.
func (p *Position) UnmarshalText(b []byte) error {
	n, err := indexOf(positionNames, "position", b)
	*p = Position(n)
	return err
}

// Group is one group of a breakdown, flagged against the rest of the data
// and against the domain thresholds.
type Group struct {
	Key     string `json:"key"`
	Missing bool   `json:"missing,omitempty"`
	// Start is the period's start, for period breakdowns only.
	Start *time.Time `json:"start,omitempty"`
	// Lower (exclusive) and Upper (inclusive) bound a metric band; nil
	// means unbounded or not a metric band.
	Lower   *float64 `json:"lower,omitempty"`
	Upper   *float64 `json:"upper,omitempty"`
	Summary Summary  `json:"summary"`
	// Gap is the group's NPS minus the overall NPS, in points.
	Gap float64 `json:"gap"`
	// VsRest compares the group with every other response of the
	// breakdown (group minus rest). The rest, not the overall score, is
	// the comparison because the overall contains the group, and Compare
	// needs independent samples.
	VsRest    Comparison       `json:"vs_rest"`
	Position  Position         `json:"position"`
	Band      Band             `json:"band"`
	Alerts    []DetractorAlert `json:"alerts,omitempty"`
	Benchmark *BenchmarkResult `json:"benchmark,omitempty"`
}

// Breakdown splits responses into groups by a segment column, a period or
// a metric band.
type Breakdown struct {
	// By names what the groups are: the segment column, the period
	// ("quarter") or the metric.
	By      string  `json:"by"`
	Overall Summary `json:"overall"`
	Groups  []Group `json:"groups"`
	// Undated counts the responses with a zero Time, which a period
	// breakdown cannot place; Overall and the groups exclude them.
	Undated int64 `json:"undated,omitempty"`
}

// keyedTally is one group's key and tally while a breakdown is built.
type keyedTally struct {
	key     string
	missing bool
	start   *time.Time
	tally   Tally
}

// BySegment breaks responses down by the segment column col, one group per
// value in byte order of the values, the MissingKey group last.
func BySegment(rs []Response, col string, opts ...Option) (Breakdown, error) {
	idx := map[string]int{}
	var groups []keyedTally
	for i := range rs {
		v, ok := rs[i].Segments[col]
		missing := !ok || v == ""
		if missing {
			v = MissingKey
		}
		k := v
		if missing {
			k = "\x00missing" // cannot collide with a real value "(missing)"
		}
		j, seen := idx[k]
		if !seen {
			j = len(groups)
			idx[k] = j
			groups = append(groups, keyedTally{key: v, missing: missing})
		}
		if err := groups[j].tally.Add(rs[i]); err != nil {
			return Breakdown{}, err
		}
	}
	sort.Slice(groups, func(a, b int) bool {
		ga, gb := groups[a], groups[b]
		if ga.missing != gb.missing {
			return gb.missing
		}
		return ga.key < gb.key
	})
	c := newConfig(opts)
	return buildBreakdown(col, groups, &c), nil
}

// NewBreakdown builds a breakdown from per-group tallies, for example
// merged from shards; groups are ordered by key in byte order and the key
// MissingKey is marked Missing and put last.
func NewBreakdown(by string, tallies map[string]Tally, opts ...Option) Breakdown {
	keys := make([]string, 0, len(tallies))
	for k := range tallies {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if (keys[a] == MissingKey) != (keys[b] == MissingKey) {
			return keys[b] == MissingKey
		}
		return keys[a] < keys[b]
	})
	groups := make([]keyedTally, len(keys))
	for i, k := range keys {
		groups[i] = keyedTally{key: k, missing: k == MissingKey, tally: tallies[k]}
	}
	c := newConfig(opts)
	return buildBreakdown(by, groups, &c)
}

// buildBreakdown summarises ordered groups and flags each one.
func buildBreakdown(by string, groups []keyedTally, c *statConfig) Breakdown {
	var all Tally
	for _, g := range groups {
		all.Merge(g.tally)
	}
	b := Breakdown{By: by, Overall: all.summary(c), Groups: make([]Group, 0, len(groups))}
	for _, g := range groups {
		b.Groups = append(b.Groups, flagGroup(g, all, b.Overall, c))
	}
	return b
}

func flagGroup(g keyedTally, all Tally, overall Summary, c *statConfig) Group {
	s := g.tally.summary(c)
	out := Group{Key: g.key, Missing: g.missing, Start: g.start, Summary: s}
	if s.N == 0 {
		out.VsRest = compare(s, all.summary(c), c)
		out.Position = Undetermined
		return out
	}
	out.Gap = s.NPS - overall.NPS
	out.VsRest = compare(s, all.Without(g.tally).summary(c), c)
	out.Position = positionOf(out.VsRest)
	out.Band = BandOf(s.NPS)
	out.Alerts = DetractorAlerts(s)
	if c.benchmark != nil {
		r := CompareBenchmark(s.NPS, *c.benchmark)
		out.Benchmark = &r
	}
	return out
}

func positionOf(cmp Comparison) Position {
	d := cmp.Difference
	switch {
	case d == nil:
		return Undetermined
	case !d.Significant:
		return InLine
	case d.Points > 0:
		return SignificantlyAbove
	}
	return SignificantlyBelow
}
