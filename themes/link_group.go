package themes

import (
	"sort"
	"time"

	"github.com/verbatim-go/verbatim/nps"
)

// LinkGroup is one segment value or one period, with every key's share and
// impact within it.
type LinkGroup struct {
	Key     string `json:"key"`
	Missing bool   `json:"missing,omitempty"`
	// Start is the period's start, for periods only.
	Start   *time.Time  `json:"start,omitempty"`
	Summary nps.Summary `json:"summary"`
	// Keys lists every key of the data, in byte order of the keys, so
	// the groups line up.
	Keys []LinkGroupKey `json:"keys"`
	// Shift attributes the change from the previous period with
	// responses to the keys; periods only, nil for the first.
	Shift *Shift `json:"shift,omitempty"`
}

// LinkGroupKey is a key within a group. Impact is the leave-one-out impact
// within the group (delta method); Mentioners and Impact are nil when the
// mentioners or the rest of the group fall below the minimum sample.
type LinkGroupKey struct {
	Key          string       `json:"key"`
	Mentions     int64        `json:"mentions"`
	Share        float64      `json:"share"`
	Insufficient bool         `json:"insufficient_evidence"`
	Mentioners   *nps.Summary `json:"mentioners,omitempty"`
	Impact       *Impact      `json:"impact,omitempty"`
}

// LinkBreakdown links keys to NPS within each value of a segment column.
type LinkBreakdown struct {
	By     string      `json:"by"`
	Groups []LinkGroup `json:"groups"`
}

// LinkBySegment links keys to NPS within each value of the segment column
// col: one group per value in byte order, the responses without the
// column last (nps.MissingKey). Errors as Link's.
func LinkBySegment(responses []nps.Response, mentions [][]Mention, col string, opts ...LinkOption) (LinkBreakdown, error) {
	c := linkConfigOf(opts)
	d, err := linkPrepare(responses, mentions)
	if err != nil {
		return LinkBreakdown{}, err
	}
	gi, labels := linkSegmentIndex(responses, col)
	acc := d.linkAccumulate(len(labels), func(i int) int { return int(gi[i]) })
	b := LinkBreakdown{By: col, Groups: make([]LinkGroup, len(labels))}
	for g, l := range labels {
		b.Groups[g] = d.groupOf(&acc, g, l.key, &c)
		b.Groups[g].Missing = l.missing
	}
	return b, nil
}

type linkLabel struct {
	key     string
	missing bool
	start   time.Time
}

// linkSegmentIndex maps each response to its group of segment values,
// ordered by value with the missing group last.
func linkSegmentIndex(rs []nps.Response, col string) ([]int32, []linkLabel) {
	byValue := map[string]int32{}
	var labels []linkLabel
	gi := make([]int32, len(rs))
	for i := range rs {
		v := rs[i].Segments[col]
		k := v
		if v == "" {
			k = "\x00missing" // cannot collide with a real value "(missing)"
		}
		g, ok := byValue[k]
		if !ok {
			g = int32(len(labels))
			byValue[k] = g
			l := linkLabel{key: v}
			if v == "" {
				l = linkLabel{key: nps.MissingKey, missing: true}
			}
			labels = append(labels, l)
		}
		gi[i] = g
	}
	return linkRenumber(gi, labels, func(a, b linkLabel) bool {
		if a.missing != b.missing {
			return b.missing
		}
		return a.key < b.key
	})
}

// linkRenumber sorts the labels and renumbers the group indexes to match.
func linkRenumber(gi []int32, labels []linkLabel, less func(a, b linkLabel) bool) ([]int32, []linkLabel) {
	order := make([]int, len(labels))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(x, y int) bool { return less(labels[order[x]], labels[order[y]]) })
	newIndex := make([]int32, len(labels))
	sorted := make([]linkLabel, len(labels))
	for to, from := range order {
		newIndex[from] = int32(to)
		sorted[to] = labels[from]
	}
	for i, g := range gi {
		if g >= 0 {
			gi[i] = newIndex[g]
		}
	}
	return gi, sorted
}

// groupOf summarises group g with every key, in key order.
func (d *linkData) groupOf(acc *linkGroups, g int, label string, c *linkConfig) LinkGroup {
	cells, total, _ := acc.group(g, len(d.keys))
	out := LinkGroup{Key: label, Summary: total.t.Summary(c.npsOpts()...), Keys: make([]LinkGroupKey, 0, len(d.keys))}
	for _, k := range d.sortedKeys() {
		m := cells[k].t
		gk := LinkGroupKey{Key: d.keys[k], Mentions: m.N()}
		if W := total.t.Weight(); W > 0 {
			gk.Share = m.Weight() / W
		}
		if linkShortfall(m, total.t.Without(m), c.minSample) != "" {
			gk.Insufficient = true
		} else {
			s := m.Summary(c.npsOpts()...)
			gk.Mentioners = &s
			gk.Impact = impactDelta(total.t, m, c.confidence)
		}
		out.Keys = append(out.Keys, gk)
	}
	return out
}

// sortedKeys returns the key indexes in byte order of the keys.
func (d *linkData) sortedKeys() []int {
	order := make([]int, len(d.keys))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(x, y int) bool { return d.keys[order[x]] < d.keys[order[y]] })
	return order
}
