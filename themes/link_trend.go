package themes

import (
	"math"
	"sort"
	"time"

	"github.com/verbatim-go/verbatim/nps"
)

// LinkDirection is where a key's share of responses is heading.
type LinkDirection string

// The directions of LinkMove.
const (
	LinkRising  LinkDirection = "rising"
	LinkFalling LinkDirection = "falling"
	// LinkSteady: the change between the first and last period is not
	// significant.
	LinkSteady LinkDirection = "steady"
	// LinkDirectionUnknown: too few responses or mentions to test.
	LinkDirectionUnknown LinkDirection = "insufficient evidence"
)

// EmergingRatio is how many times its earlier share a key's share in the
// latest period must be, at least, to count as emerging (see LinkMove).
const EmergingRatio = 4

// LinkShareTest is a two-proportion z-test of a key's share of responses
// between two groups: with shares p1, p2, pooled share p and effective
// sample sizes n1, n2, z = (p2 - p1) / sqrt(p(1-p)(1/n1 + 1/n2)) and the
// p-value is two-sided (normal approximation).
type LinkShareTest struct {
	Z      float64 `json:"z"`
	PValue float64 `json:"p_value"`
}

// LinkMove tells whether a key is rising, falling or emerging over the
// periods of a LinkTrend.
//
// Direction compares the key's share of responses in the first and the
// last period (both with responses) by LinkShareTest, at the significance
// level 1 - confidence. It is LinkDirectionUnknown when either period has
// an effective sample below the minimum or the key has fewer mentioners
// than the minimum in the two periods together.
//
// Emerging flags a key absent or rare before and significant now: in the
// last period it has at least the minimum number of mentioners; its share
// there is at least EmergingRatio times its share over all earlier periods
// pooled (which may be zero); the earlier periods together reach the
// minimum sample; and the increase is significant by LinkShareTest
// (earlier pooled against last).
type LinkMove struct {
	Key       string         `json:"key"`
	Direction LinkDirection  `json:"direction"`
	From      string         `json:"from"`
	To        string         `json:"to"`
	FromShare float64        `json:"from_share"`
	ToShare   float64        `json:"to_share"`
	Test      *LinkShareTest `json:"test,omitempty"`
	Emerging  bool           `json:"emerging"`
	// EarlierShare is the share over all periods before To pooled, nil
	// when there is none.
	EarlierShare *float64       `json:"earlier_share,omitempty"`
	EmergingTest *LinkShareTest `json:"emerging_test,omitempty"`
}

// LinkTrend links keys to NPS per calendar period.
type LinkTrend struct {
	Period   nps.Period `json:"period"`
	Location string     `json:"location"`
	// Groups are the periods that have responses, in time order; each
	// after the first carries the Shift from the one before.
	Groups []LinkGroup `json:"groups"`
	// Undated counts responses with a zero Time, left out of every period.
	Undated int64 `json:"undated,omitempty"`
	// Moves has one entry per key: emerging keys first, then rising and
	// falling keys by p-value, then the rest; ties by key.
	Moves []LinkMove `json:"moves"`
}

// LinkByPeriod links keys to NPS per calendar period p cut in loc: per
// period every key's share and impact, the NPS change from the previous
// period attributed to keys (Shift), and the rising, falling and emerging
// keys (LinkMove). It panics on a nil location or an invalid period, like
// nps.TrendBy; errors as Link's.
func LinkByPeriod(responses []nps.Response, mentions [][]Mention, p nps.Period, loc *time.Location, opts ...LinkOption) (LinkTrend, error) {
	p.Start(time.Time{}, loc) // validate p and loc even for empty input
	c := linkConfigOf(opts)
	d, err := linkPrepare(responses, mentions)
	if err != nil {
		return LinkTrend{}, err
	}
	gi, labels, undated := linkPeriodIndex(responses, p, loc)
	acc := d.linkAccumulate(len(labels), func(i int) int { return int(gi[i]) })
	t := LinkTrend{Period: p, Location: loc.String(), Undated: undated, Groups: make([]LinkGroup, len(labels))}
	k := len(d.keys)
	for g, l := range labels {
		t.Groups[g] = d.groupOf(&acc, g, l.key, &c)
		start := l.start
		t.Groups[g].Start = &start
		if g > 0 {
			s := shiftOf(d.keys, acc.side(labels[g-1].key, g-1, k), acc.side(l.key, g, k), &c)
			t.Groups[g].Shift = &s
		}
	}
	t.Moves = d.moves(&acc, labels, &c)
	return t, nil
}

// linkPeriodIndex maps each response to its period in time order, -1 for
// undated responses.
func linkPeriodIndex(rs []nps.Response, p nps.Period, loc *time.Location) ([]int32, []linkLabel, int64) {
	byStart := map[int64]int32{}
	var labels []linkLabel
	var undated int64
	gi := make([]int32, len(rs))
	for i := range rs {
		if rs[i].Time.IsZero() {
			gi[i] = -1
			undated++
			continue
		}
		start := p.Start(rs[i].Time, loc)
		g, ok := byStart[start.Unix()]
		if !ok {
			g = int32(len(labels))
			byStart[start.Unix()] = g
			labels = append(labels, linkLabel{key: p.Label(start), start: start})
		}
		gi[i] = g
	}
	gi, labels = linkRenumber(gi, labels, func(a, b linkLabel) bool { return a.start.Before(b.start) })
	return gi, labels, undated
}

// moves tests every key's share between the first and last period.
func (d *linkData) moves(acc *linkGroups, labels []linkLabel, c *linkConfig) []LinkMove {
	k, last := len(d.keys), len(labels)-1
	if last < 0 {
		return nil
	}
	var earlier nps.Tally
	for g := range last {
		earlier.Merge(acc.totals[g].t)
	}
	moves := make([]LinkMove, 0, k)
	for key := range d.keys {
		first, end := acc.cells[key].t, acc.cells[last*k+key].t
		ft, et := acc.totals[0].t, acc.totals[last].t
		mv := LinkMove{Key: d.keys[key], From: labels[0].key, To: labels[last].key, Direction: LinkDirectionUnknown,
			FromShare: first.Weight() / ft.Weight(), ToShare: end.Weight() / et.Weight()}
		if last > 0 && ft.EffectiveN() >= c.minSample && et.EffectiveN() >= c.minSample &&
			float64(first.N()+end.N()) >= c.minSample {
			mv.Test = linkShareTestOf(first, ft, end, et)
			mv.Direction = linkDirectionOf(mv.Test, c.alpha())
		}
		if last > 0 {
			var before nps.Tally
			for g := range last {
				before.Merge(acc.cells[g*k+key].t)
			}
			d.emerging(&mv, before, earlier, end, et, c)
		}
		moves = append(moves, mv)
	}
	linkSortMoves(moves)
	return moves
}

func (d *linkData) emerging(mv *LinkMove, before, earlier, end, et nps.Tally, c *linkConfig) {
	share := before.Weight() / earlier.Weight()
	mv.EarlierShare = &share
	if earlier.EffectiveN() < c.minSample || end.N() == 0 || end.EffectiveN() < c.minSample {
		return
	}
	mv.EmergingTest = linkShareTestOf(before, earlier, end, et)
	mv.Emerging = mv.ToShare >= EmergingRatio*share && mv.EmergingTest.Z > 0 && mv.EmergingTest.PValue < c.alpha()
}

func linkDirectionOf(t *LinkShareTest, alpha float64) LinkDirection {
	switch {
	case t.PValue >= alpha:
		return LinkSteady
	case t.Z > 0:
		return LinkRising
	}
	return LinkFalling
}

// linkShareTestOf tests the share of mentioners m1 in group t1 against m2
// in t2 (see LinkShareTest).
func linkShareTestOf(m1, t1, m2, t2 nps.Tally) *LinkShareTest {
	p1, p2 := m1.Weight()/t1.Weight(), m2.Weight()/t2.Weight()
	p := (m1.Weight() + m2.Weight()) / (t1.Weight() + t2.Weight())
	se := math.Sqrt(p * (1 - p) * (1/t1.EffectiveN() + 1/t2.EffectiveN()))
	if !(se > 0) {
		return &LinkShareTest{PValue: 1}
	}
	z := (p2 - p1) / se
	return &LinkShareTest{Z: z, PValue: math.Erfc(math.Abs(z) / math.Sqrt2)}
}

func linkSortMoves(moves []LinkMove) {
	rank := func(m *LinkMove) int {
		switch {
		case m.Emerging:
			return 0
		case m.Direction == LinkRising || m.Direction == LinkFalling:
			return 1
		}
		return 2
	}
	sort.Slice(moves, func(x, y int) bool {
		a, b := &moves[x], &moves[y]
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		if rank(a) == 1 && a.Test.PValue != b.Test.PValue {
			return a.Test.PValue < b.Test.PValue
		}
		return a.Key < b.Key
	})
}
