package nps

import (
	"sort"
	"time"
)

// ByPeriod breaks responses down by calendar period cut in loc, one group
// per period that has responses, in time order. Responses with a zero Time
// are counted in Breakdown.Undated and left out of the groups and of
// Overall. It panics on a nil location or an invalid period.
func ByPeriod(rs []Response, p Period, loc *time.Location, opts ...Option) (Breakdown, error) {
	groups, undated, err := periodTallies(rs, p, loc)
	if err != nil {
		return Breakdown{}, err
	}
	c := newConfig(opts)
	b := buildBreakdown(p.String(), groups, &c)
	b.Undated = undated
	return b, nil
}

// periodTallies tallies dated responses per period, in time order, and
// counts the undated ones.
func periodTallies(rs []Response, p Period, loc *time.Location) ([]keyedTally, int64, error) {
	p.Start(time.Time{}, loc) // validate p and loc even for empty input
	byStart := map[int64]int{}
	var groups []keyedTally
	var undated int64
	for i := range rs {
		if rs[i].Time.IsZero() {
			// still validate the score and weight: nothing passes unchecked
			var t Tally
			if err := t.Add(rs[i]); err != nil {
				return nil, 0, err
			}
			undated++
			continue
		}
		start := p.Start(rs[i].Time, loc)
		j, ok := byStart[start.Unix()]
		if !ok {
			j = len(groups)
			byStart[start.Unix()] = j
			st := start
			groups = append(groups, keyedTally{key: p.Label(start), start: &st})
		}
		if err := groups[j].tally.Add(rs[i]); err != nil {
			return nil, 0, err
		}
	}
	sort.Slice(groups, func(a, b int) bool { return groups[a].start.Before(*groups[b].start) })
	return groups, undated, nil
}
