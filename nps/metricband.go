package nps

import (
	"fmt"
	"sort"
	"strconv"

	"gonum.org/v1/gonum/stat"
)

// MetricBreakdown is NPS by band of an operational metric: how the score
// moves with wait time, transfers or effort. Group i holds the responses
// whose metric value v satisfies Cuts[i-1] < v <= Cuts[i] (no lower bound
// for the first band, no upper bound for the last); each group's Lower and
// Upper give the same bounds and its key the interval, e.g. "(5, 12]".
type MetricBreakdown struct {
	Breakdown
	Cuts []float64 `json:"cuts"`
	// Without counts responses lacking the metric; they are in no band and
	// not in Overall.
	Without int64 `json:"without_metric"`
}

// NPSByMetric breaks responses down by bands of the metric. The cuts are
// the metric's quartiles (nearest rank, weighted as in MetricStats) unless
// WithCutPoints gives them; repeated cuts are merged, so a metric with
// many ties (most calls with 0 transfers) yields fewer than four bands.
// It also reads the options of BySegment.
func NPSByMetric(rs []Response, metric string, opts ...Option) (MetricBreakdown, error) {
	if err := checkResponses(rs); err != nil {
		return MetricBreakdown{}, err
	}
	c := newConfig(opts)
	var x, w []float64
	var without int64
	for i := range rs {
		if v, ok := rs[i].Metrics[metric]; ok {
			x = append(x, v)
			w = append(w, rs[i].EffectiveWeight())
		} else {
			without++
		}
	}
	out := MetricBreakdown{Without: without}
	if c.cuts != nil {
		out.Cuts = uniqueSorted(c.cuts)
	} else if len(x) > 0 {
		out.Cuts = quartileCuts(x, w)
	}
	groups := bandGroups(out.Cuts)
	if len(x) > 0 {
		for i := range rs {
			if v, ok := rs[i].Metrics[metric]; ok {
				j := sort.SearchFloat64s(out.Cuts, v) // first cut >= v
				_ = groups[j].tally.Add(rs[i])        // validated above
			}
		}
	} else {
		groups = nil
	}
	out.Breakdown = buildBreakdown(metric, groups, &c)
	for i := range out.Groups {
		out.Groups[i].Lower, out.Groups[i].Upper = bounds(out.Cuts, i)
	}
	return out, nil
}

// quartileCuts returns the distinct 25th, 50th and 75th percentiles.
func quartileCuts(x, w []float64) []float64 {
	xs := append([]float64(nil), x...)
	ws := append([]float64(nil), w...)
	stat.SortWeighted(xs, ws)
	q := []float64{
		stat.Quantile(0.25, stat.Empirical, xs, ws),
		stat.Quantile(0.50, stat.Empirical, xs, ws),
		stat.Quantile(0.75, stat.Empirical, xs, ws),
	}
	return uniqueSorted(q)
}

func uniqueSorted(v []float64) []float64 {
	s := make([]float64, len(v)) // non-nil: JSON shows [] rather than null
	copy(s, v)
	sort.Float64s(s)
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// bandGroups makes the len(cuts)+1 empty band groups with their keys.
func bandGroups(cuts []float64) []keyedTally {
	groups := make([]keyedTally, len(cuts)+1)
	for i := range groups {
		lo, hi := bounds(cuts, i)
		groups[i].key = bandLabel(lo, hi)
	}
	return groups
}

func bounds(cuts []float64, i int) (lower, upper *float64) {
	if i > 0 {
		v := cuts[i-1]
		lower = &v
	}
	if i < len(cuts) {
		v := cuts[i]
		upper = &v
	}
	return lower, upper
}

func bandLabel(lo, hi *float64) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	switch {
	case lo == nil && hi == nil:
		return "all"
	case lo == nil:
		return fmt.Sprintf("(-inf, %s]", f(*hi))
	case hi == nil:
		return fmt.Sprintf("(%s, +inf)", f(*lo))
	}
	return fmt.Sprintf("(%s, %s]", f(*lo), f(*hi))
}
