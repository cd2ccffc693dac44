package nps

import "time"

// Direction is where a trend is heading at its latest period.
type Direction int8

// The directions; the zero value is invalid.
const (
	// DirectionUnknown: fewer than two periods with responses, or the latest change
	// lacks the evidence to compare (see WithMinSample) and is not part of
	// a run of two or more moves in one direction.
	DirectionUnknown Direction = iota + 1
	// Declining: the latest change is a significant fall, or a drop of at
	// least the drop threshold with enough evidence to compare, or the
	// last two or more changes are all falls.
	Declining
	// Improving: the mirror image of Declining.
	Improving
	// Stable: the latest change has enough evidence and none of the
	// above holds.
	Stable
)

var directionNames = []string{"", "unknown", "declining", "improving", "stable"}

// String returns the direction's name.
func (d Direction) String() string { return nameOf(directionNames, int(d)) }

// MarshalText encodes the direction as its name.
func (d Direction) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes a direction name.
func (d *Direction) UnmarshalText(p []byte) error {
	n, err := indexOf(directionNames, "direction", p)
	*d = Direction(n)
	return err
}

// TrendPoint is one calendar period of a trend. Periods without responses
// are kept (with an empty Summary and no Change) so gaps stay visible.
type TrendPoint struct {
	Label   string    `json:"label"`
	Start   time.Time `json:"start"`
	Summary Summary   `json:"summary"`
	// Change compares this period with the latest earlier period that has
	// responses; nil for the first such period and for empty periods.
	Change *Change `json:"change,omitempty"`
}

// Change is the move from one period to a later one.
type Change struct {
	From string `json:"from"`
	// Skipped counts the empty periods between From and this one.
	Skipped int `json:"skipped,omitempty"`
	// Points is this period's NPS minus From's.
	Points float64 `json:"points"`
	// Comparison is Compare(this, from), so its difference has the sign of
	// Points; it may be insufficient evidence.
	Comparison Comparison `json:"comparison"`
	// Drop is true for a fall of at least the drop threshold (10 points by
	// default), judged on the point estimates whatever the evidence.
	Drop bool `json:"drop"`
	// Significant is true when the comparison has enough evidence and its
	// difference is significant.
	Significant bool `json:"significant"`
}

// Run is a stretch of two or more consecutive falls.
type Run struct {
	From    string  `json:"from"`
	To      string  `json:"to"`
	Changes int     `json:"changes"`
	Points  float64 `json:"points"`
	// Comparison compares the run's last period with its first.
	Comparison Comparison `json:"comparison"`
}

// Trend is a per-period series of scores with its changes.
type Trend struct {
	Period   Period       `json:"period"`
	Location string       `json:"location"`
	Points   []TrendPoint `json:"points"`
	// Undated counts responses with a zero Time, left out of every period.
	Undated int64 `json:"undated,omitempty"`
	// Drops lists the labels of the periods that fell by the drop
	// threshold or more.
	Drops []string `json:"drops,omitempty"`
	// Declines lists every run of two or more consecutive falls; a
	// sustained decline.
	Declines         []Run     `json:"declines,omitempty"`
	SustainedDecline bool      `json:"sustained_decline"`
	Direction        Direction `json:"direction"`
}

// TrendBy builds the trend of responses per calendar period cut in loc,
// with every period from the first to the last response, empty or not.
// It reads WithConfidence, WithMinSample, WithAdjustedWald and
// WithDropPoints, and panics on a nil location or an invalid period.
func TrendBy(rs []Response, p Period, loc *time.Location, opts ...Option) (Trend, error) {
	groups, undated, err := periodTallies(rs, p, loc)
	if err != nil {
		return Trend{}, err
	}
	c := newConfig(opts)
	t := Trend{Period: p, Location: loc.String(), Undated: undated}
	t.Points = fillPeriods(groups, p, &c)
	t.markChanges(&c)
	t.findDeclines(&c)
	t.Direction = t.direction(&c)
	return t, nil
}

// fillPeriods summarises the groups (in time order) and inserts the empty
// periods between them.
func fillPeriods(groups []keyedTally, p Period, c *statConfig) []TrendPoint {
	var pts []TrendPoint
	for i, g := range groups {
		if i > 0 {
			for s := p.Next(*groups[i-1].start); s.Before(*g.start); s = p.Next(s) {
				pts = append(pts, TrendPoint{Label: p.Label(s), Start: s, Summary: Tally{}.summary(c)})
			}
		}
		pts = append(pts, TrendPoint{Label: g.key, Start: *g.start, Summary: g.tally.summary(c)})
	}
	return pts
}

func (t *Trend) markChanges(c *statConfig) {
	prev := -1
	for i := range t.Points {
		cur := &t.Points[i]
		if cur.Summary.N == 0 {
			continue
		}
		if prev >= 0 {
			from := t.Points[prev]
			cmp := compare(cur.Summary, from.Summary, c)
			ch := &Change{From: from.Label, Skipped: i - prev - 1, Comparison: cmp,
				Points: cur.Summary.NPS - from.Summary.NPS}
			ch.Drop = ch.Points <= -c.dropPoints
			ch.Significant = cmp.Difference != nil && cmp.Difference.Significant
			cur.Change = ch
			if ch.Drop {
				t.Drops = append(t.Drops, cur.Label)
			}
		}
		prev = i
	}
}

// findDeclines records runs of two or more consecutive falls.
func (t *Trend) findDeclines(c *statConfig) {
	var run []int // indexes of points whose change is a fall, consecutive
	flush := func() {
		if len(run) >= 2 {
			first := t.Points[run[0]].Change.From
			firstIdx := t.indexOf(first)
			last := t.Points[run[len(run)-1]]
			t.Declines = append(t.Declines, Run{From: first, To: last.Label, Changes: len(run),
				Points:     last.Summary.NPS - t.Points[firstIdx].Summary.NPS,
				Comparison: compare(last.Summary, t.Points[firstIdx].Summary, c)})
		}
		run = run[:0]
	}
	for i, p := range t.Points {
		switch {
		case p.Change == nil:
			continue // empty periods do not break a run; first point has none
		case p.Change.Points < 0:
			run = append(run, i)
		default:
			flush()
		}
	}
	flush()
	t.SustainedDecline = len(t.Declines) > 0
}

func (t *Trend) indexOf(label string) int {
	for i := range t.Points {
		if t.Points[i].Label == label {
			return i
		}
	}
	panic("nps: internal error: trend label " + label + " not found")
}

// direction reads the latest changes.
func (t *Trend) direction(c *statConfig) Direction {
	var changes []*Change
	for i := range t.Points {
		if ch := t.Points[i].Change; ch != nil {
			changes = append(changes, ch)
		}
	}
	if len(changes) == 0 {
		return DirectionUnknown
	}
	last := changes[len(changes)-1]
	sufficient := last.Comparison.Difference != nil
	switch {
	case last.Points < 0 && (last.Significant || (sufficient && last.Drop) || tailRun(changes, -1) >= 2):
		return Declining
	case last.Points > 0 && (last.Significant || (sufficient && last.Points >= c.dropPoints) || tailRun(changes, 1) >= 2):
		return Improving
	case !sufficient:
		return DirectionUnknown
	}
	return Stable
}

// tailRun counts the trailing changes whose sign is sign.
func tailRun(changes []*Change, sign float64) int {
	n := 0
	for i := len(changes) - 1; i >= 0 && changes[i].Points*sign > 0; i-- {
		n++
	}
	return n
}
