package themes

import (
	"fmt"
	"math"
	"sort"

	"github.com/verbatim-go/verbatim/nps"
)

// Keys of the rows of a Shift that are not a single key.
const (
	// ShiftNoMentionKey is the row of the responses without any mention.
	ShiftNoMentionKey = "(no mention)"
	// ShiftOtherKey pools the keys with too few mentioners on both sides.
	ShiftOtherKey = "(other keys)"
)

// Shift attributes a change of NPS between two groups of responses
// (before and after: two periods, or two segments) to keys: "what
// changed?".
//
// Each response is split across its keys by strength (as in Attribution),
// responses without a mention forming a row of their own, so the rows
// partition the responses. With s_r a row's share of the weight and n_r
// the NPS of its (split) responses, NPS = sum_r s_r·n_r on each side, and
// the change splits exactly into, per row (symmetric, Shapley-style
// averages; 0 = before, 1 = after):
//
//	Mix_r  = (s_r1 - s_r0)·((n_r0 + n_r1)/2 - (NPS_0 + NPS_1)/2)
//	Rate_r = (n_r1 - n_r0)·(s_r0 + s_r1)/2
//
// Mix is the effect of the row's share growing or shrinking, counted
// against the average score (a growing row below average pulls the score
// down; the constant term sums to zero over rows because shares sum to 1);
// Rate is the effect of the row's own score moving. Their sum over rows is
// the whole change.
//
// Minimum sample: a key gets its own row when its mentioners reach the
// minimum on at least one side; on a side where they do not, the key's
// score is taken equal to the other side's (Rate 0, RateKnown false) and
// what that leaves out goes to Residual. Keys short on both sides are
// pooled in the ShiftOtherKey row. Residual is therefore zero unless some
// key has a thin side (a residual below 1e-9 points is float rounding and
// reported as 0).
type Shift struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Insufficient is true when either side's effective sample is below
	// the minimum; Rows is then empty.
	Insufficient bool        `json:"insufficient_evidence"`
	Reason       string      `json:"reason,omitempty"`
	Before       nps.Summary `json:"before"`
	After        nps.Summary `json:"after"`
	// Points is After.NPS - Before.NPS; Change tests it (after minus
	// before, independent samples).
	Points float64        `json:"points"`
	Change nps.Comparison `json:"change"`
	// Rows are ordered by Total, most negative first, ties by key.
	Rows []ShiftRow `json:"rows,omitempty"`
	// Explained is the sum of the rows' totals, Residual Points minus it.
	Explained float64 `json:"explained"`
	Residual  float64 `json:"residual"`
}

// ShiftRow is one row of a Shift: a key, the pooled thin keys or the
// responses without mention.
type ShiftRow struct {
	Key       string   `json:"key"`
	NoMention bool     `json:"no_mention,omitempty"`
	Pooled    []string `json:"pooled,omitempty"`
	// ShareBefore and ShareAfter are the row's strength-split shares.
	ShareBefore float64 `json:"share_before"`
	ShareAfter  float64 `json:"share_after"`
	// NPSBefore and NPSAfter are the rows' scores, nil on a side below the
	// minimum sample (or empty).
	NPSBefore *float64 `json:"nps_before,omitempty"`
	NPSAfter  *float64 `json:"nps_after,omitempty"`
	RateKnown bool     `json:"rate_known"`
	Mix       float64  `json:"mix"`
	Rate      float64  `json:"rate"`
	Total     float64  `json:"total"`
}

// LinkShift attributes the change of NPS from before to after to the keys
// of their mentions; see Shift. Errors name the set ("before", "after")
// and the response.
func LinkShift(before, after MentionSet, opts ...LinkOption) (Shift, error) {
	c := linkConfigOf(opts)
	d := &linkData{start: []int{0}}
	if err := d.prepareSet("before", before.Responses, before.Mentions); err != nil {
		return Shift{}, err
	}
	split := d.n()
	if err := d.prepareSet("after", after.Responses, after.Mentions); err != nil {
		return Shift{}, err
	}
	acc := d.linkAccumulate(2, func(i int) int {
		if i < split {
			return 0
		}
		return 1
	})
	return shiftOf(d.keys, acc.side("before", 0, len(d.keys)), acc.side("after", 1, len(d.keys)), &c), nil
}

// shiftSide is one group: its label, per-key cells, total and no-mention
// cell.
type shiftSide struct {
	label string
	cells []linkCell
	total linkCell
	none  linkCell
}

func (acc *linkGroups) side(label string, g, keys int) shiftSide {
	cells, total, none := acc.group(g, keys)
	return shiftSide{label, cells, total, none}
}

// shiftPart is a row's strength-split weights on one side, with whether
// its (unsplit) mentioners reach the minimum sample.
type shiftPart struct {
	frac   [3]float64
	enough bool
}

func (p shiftPart) weight() float64 { return p.frac[0] + p.frac[1] + p.frac[2] }

// score is the part's NPS in points; ok is false for an empty part.
func (p shiftPart) score() (float64, bool) {
	w := p.weight()
	if w <= 0 {
		return 0, false
	}
	return 100 * (p.frac[linkA] - p.frac[linkD]) / w, true
}

func shiftOf(keys []string, b, a shiftSide, c *linkConfig) Shift {
	o := c.npsOpts()
	s := Shift{From: b.label, To: a.label, Before: b.total.t.Summary(o...), After: a.total.t.Summary(o...)}
	s.Points = s.After.NPS - s.Before.NPS
	s.Change = nps.CompareTallies(a.total.t, b.total.t, o...)
	if s.Change.Insufficient {
		s.Insufficient, s.Reason = true, s.Change.Reason
		return s
	}
	enough := func(t nps.Tally) bool { return t.N() > 0 && t.EffectiveN() >= c.minSample }
	var other [2]shiftPart
	var pooled []string
	addRow := func(key string, p0, p1 shiftPart) {
		if p0.enough || p1.enough {
			s.Rows = append(s.Rows, shiftRowOf(key, p0, p1, s.Before.NPS, s.After.NPS))
			return
		}
		if p0.weight() > 0 || p1.weight() > 0 {
			pooled = append(pooled, key)
		}
		for j := range 3 {
			other[0].frac[j] += p0.frac[j]
			other[1].frac[j] += p1.frac[j]
		}
	}
	for k, key := range keys {
		addRow(key, shiftPart{b.cells[k].frac, enough(b.cells[k].t)}, shiftPart{a.cells[k].frac, enough(a.cells[k].t)})
	}
	addRow(ShiftNoMentionKey, shiftPart{b.none.frac, enough(b.none.t)}, shiftPart{a.none.frac, enough(a.none.t)})
	if len(pooled) > 0 {
		sort.Strings(pooled)
		other[0].enough, other[1].enough = true, true // a remainder: its scores are exact accounting
		r := shiftRowOf(ShiftOtherKey, other[0], other[1], s.Before.NPS, s.After.NPS)
		r.Pooled = pooled
		s.Rows = append(s.Rows, r)
	}
	s.finish(b.total.t.Weight(), a.total.t.Weight())
	return s
}

// shiftRowOf builds a row from its raw weights; shares are turned into
// fractions by finish.
func shiftRowOf(key string, p0, p1 shiftPart, nps0, nps1 float64) ShiftRow {
	r := ShiftRow{Key: key, NoMention: key == ShiftNoMentionKey, ShareBefore: p0.weight(), ShareAfter: p1.weight()}
	n0, ok0 := p0.score()
	n1, ok1 := p1.score()
	ok0, ok1 = ok0 && p0.enough, ok1 && p1.enough
	if ok0 {
		r.NPSBefore = &n0
	}
	if ok1 {
		r.NPSAfter = &n1
	}
	r.RateKnown = ok0 && ok1
	switch {
	case !ok0 && ok1:
		n0 = n1
	case ok0 && !ok1:
		n1 = n0
	case !ok0 && !ok1:
		n0, n1 = 0, 0
	}
	r.Mix = (n0+n1)/2 - (nps0+nps1)/2 // times the share change, in finish
	r.Rate = n1 - n0                  // times the average share, in finish
	return r
}

// finish turns weights into shares, completes the effects, sorts the
// rows and sums them.
func (s *Shift) finish(w0, w1 float64) {
	for i := range s.Rows {
		r := &s.Rows[i]
		r.ShareBefore /= w0
		r.ShareAfter /= w1
		r.Mix *= r.ShareAfter - r.ShareBefore
		r.Rate *= (r.ShareBefore + r.ShareAfter) / 2
		r.Total = r.Mix + r.Rate
		s.Explained += r.Total
	}
	s.Residual = s.Points - s.Explained
	if math.Abs(s.Residual) < 1e-9 { // float rounding, not a finding
		s.Residual = 0
	}
	sort.Slice(s.Rows, func(x, y int) bool {
		if s.Rows[x].Total != s.Rows[y].Total {
			return s.Rows[x].Total < s.Rows[y].Total
		}
		return s.Rows[x].Key < s.Rows[y].Key
	})
}

// String describes the shift in one line.
func (s Shift) String() string {
	if s.Insufficient {
		return fmt.Sprintf("%s -> %s: %s", s.From, s.To, s.Reason)
	}
	return fmt.Sprintf("%s -> %s: %+.1f points (explained %+.1f, residual %+.2f)", s.From, s.To, s.Points, s.Explained, s.Residual)
}
