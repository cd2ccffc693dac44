package themes

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/verbatim-go/verbatim/nps"
)

// analyzeDrop is a candidate drop: the biggest significant fall of one
// scope's trend, before its multiple-testing adjustment.
type analyzeDrop struct {
	col, value string
	missing    bool
	idx        []int // the scope's responses; nil overall
	from, to   string
	points     float64
	cmp        nps.Comparison
	p          float64
	pi         int // index of p among the scope's p-values
}

// changes searches the overall trend and every segment value's trend for
// their biggest significant drop between consecutive periods, and
// attributes each to themes.
func (r *analyzeRun) changes() error {
	rep := r.rep
	rep.Changes = []ReportChange{}
	if rep.Trend == nil {
		return nil
	}
	total := 1 + r.segmentValues()
	r.progress(StageChanges, 0, total)
	overall, tests, ps := analyzeBiggestDrop(*rep.Trend)
	var drops []analyzeDrop
	if overall != nil {
		drops = append(drops, *overall)
	}
	adjOverall := linkBH(ps)
	done := 1
	r.progress(StageChanges, done, total)
	var segPs []float64
	var segDrops []analyzeDrop
	var segPos []int // index of each segment drop's p-value in segPs
	for _, b := range rep.Segments {
		for _, g := range b.Groups {
			if err := r.ctx.Err(); err != nil {
				return err
			}
			idx := r.groupIndices(b.By, g)
			t, err := nps.TrendBy(r.subset(idx), r.cfg.period, r.cfg.location, r.cfg.npsOpts()...)
			if err != nil {
				return fmt.Errorf("themes: analyze: trend of %s=%s: %w", b.By, g.Key, err)
			}
			d, _, p := analyzeBiggestDrop(t)
			if d != nil {
				d.col, d.value, d.missing, d.idx = b.By, g.Key, g.Missing, idx
				segDrops = append(segDrops, *d)
				segPos = append(segPos, len(segPs)+d.pi)
			}
			segPs = append(segPs, p...)
			done++
			r.progress(StageChanges, done, total)
		}
	}
	adjSeg := linkBH(segPs)
	for _, d := range drops {
		c, err := r.change(d, tests, adjOverall[d.pi])
		if err != nil {
			return err
		}
		rep.Changes = append(rep.Changes, c)
	}
	for j, d := range segDrops {
		c, err := r.change(d, len(segPs), adjSeg[segPos[j]])
		if err != nil {
			return err
		}
		rep.Changes = append(rep.Changes, c)
	}
	slices.SortStableFunc(rep.Changes[min(len(drops), len(rep.Changes)):], func(a, b ReportChange) int {
		return cmp.Or(cmp.Compare(a.Points, b.Points), cmp.Compare(a.Subject, b.Subject))
	})
	return nil
}

// segmentValues counts the groups of every breakdown, for progress.
func (r *analyzeRun) segmentValues() int {
	n := 0
	for _, b := range r.rep.Segments {
		n += len(b.Groups)
	}
	return n
}

// analyzeBiggestDrop returns the most negative significant change of a
// trend (ties: the earlier one), the number of changes that could be
// tested and their p-values in period order.
func analyzeBiggestDrop(t nps.Trend) (*analyzeDrop, int, []float64) {
	var best *analyzeDrop
	var ps []float64
	for _, pt := range t.Points {
		ch := pt.Change
		if ch == nil || ch.Comparison.Difference == nil {
			continue
		}
		ps = append(ps, ch.Comparison.Difference.PValue)
		if !ch.Significant || ch.Points >= 0 || (best != nil && ch.Points >= best.points) {
			continue
		}
		best = &analyzeDrop{from: ch.From, to: pt.Label, points: ch.Points, cmp: ch.Comparison, p: ch.Comparison.Difference.PValue, pi: len(ps) - 1}
	}
	return best, len(ps), ps
}

// groupIndices lists the responses of one breakdown group.
func (r *analyzeRun) groupIndices(col string, g nps.Group) []int {
	var idx []int
	for i := range r.rs {
		v, ok := r.rs[i].Segments[col]
		in := v == g.Key && ok && v != ""
		if g.Missing {
			in = !ok || v == ""
		}
		if in {
			idx = append(idx, i)
		}
	}
	return idx
}

// subset returns the responses at idx.
func (r *analyzeRun) subset(idx []int) []nps.Response {
	out := make([]nps.Response, len(idx))
	for j, i := range idx {
		out[j] = r.rs[i]
	}
	return out
}

// change builds the report of one drop: its share of the overall score in
// the later period and the themes (and causes) behind it.
func (r *analyzeRun) change(d analyzeDrop, tests int, adjusted float64) (ReportChange, error) {
	c := ReportChange{Subject: "overall", Column: d.col, Value: d.value, From: d.from, To: d.to,
		Points: d.points, Change: d.cmp, Tests: tests, AdjustedP: adjusted, Share: 1, Drivers: []string{}}
	if d.col != "" {
		c.Subject = d.col + "=" + d.value
	}
	in := make([]bool, len(r.rs))
	if d.idx == nil {
		for i := range in {
			in[i] = true
		}
	} else {
		for _, i := range d.idx {
			in[i] = true
		}
	}
	var before, after, afterAll []int
	var wIn, wAll float64
	for i := range r.rs {
		if r.rs[i].Time.IsZero() {
			continue
		}
		switch r.cfg.periodLabel(r.rs[i].Time) {
		case d.from:
			if in[i] {
				before = append(before, i)
			}
		case d.to:
			afterAll = append(afterAll, i)
			wAll += r.rs[i].EffectiveWeight()
			if in[i] {
				after = append(after, i)
				wIn += r.rs[i].EffectiveWeight()
			}
		}
	}
	if wAll > 0 {
		c.Share = wIn / wAll
	}
	c.Cost = -c.Points * c.Share
	var err error
	if c.Themes, err = LinkShift(r.mentionSet(before, r.keys.mentions), r.mentionSet(after, r.keys.mentions), r.cfg.linkOpts()...); err != nil {
		return c, fmt.Errorf("themes: analyze: what changed in %s: %w", c.Subject, err)
	}
	if r.keys.source != ReportSourceCauses {
		s, err := LinkShift(r.mentionSet(before, r.causeMentions), r.mentionSet(after, r.causeMentions), r.cfg.linkOpts()...)
		if err != nil {
			return c, fmt.Errorf("themes: analyze: what changed in %s: %w", c.Subject, err)
		}
		c.Causes = &s
	}
	c.Drivers = analyzeDrivers(c.Themes)
	return c, nil
}

// analyzeDriversMax and analyzeDriverPoints bound the drivers of a change.
const (
	analyzeDriversMax   = 3
	analyzeDriverPoints = 1.0
)

// analyzeDrivers returns the keys whose rows lost at least
// analyzeDriverPoints, most first (the rows' own order).
func analyzeDrivers(s Shift) []string {
	out := []string{}
	for _, row := range s.Rows {
		if len(out) == analyzeDriversMax || row.Total > -analyzeDriverPoints {
			break
		}
		if !row.NoMention && len(row.Pooled) == 0 {
			out = append(out, row.Key)
		}
	}
	return out
}

// mentionSet pairs the responses at idx with their mentions.
func (r *analyzeRun) mentionSet(idx []int, mentions [][]Mention) MentionSet {
	s := MentionSet{Responses: make([]nps.Response, len(idx)), Mentions: make([][]Mention, len(idx))}
	for j, i := range idx {
		s.Responses[j], s.Mentions[j] = r.rs[i], mentions[i]
	}
	return s
}
