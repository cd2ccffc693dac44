package nps

import (
	"errors"
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/stat"
)

// ErrMetric is returned (wrapped) for a metric value that is NaN or
// infinite.
var ErrMetric = errors.New("metric must be a finite number")

// AllKey is the group of MetricsByCategory that holds every response.
const AllKey = "all"

// MetricStats are the percentiles of one operational metric in one group.
//
// Percentiles use the nearest-rank definition (gonum stat.Quantile with
// stat.Empirical): Pq is the smallest observed value whose cumulative
// weight reaches q of the group's total weight, so it is always a value
// that occurred, never an interpolation. Responses are weighted by their
// effective weight. P95 of 20 unweighted values is the 19th smallest.
type MetricStats struct {
	Metric string `json:"metric"`
	// Group is AllKey, a category name or a segment value (MissingKey for
	// responses without the segment).
	Group   string `json:"group"`
	Missing bool   `json:"missing,omitempty"`
	// N counts the group's responses that have the metric; when it is 0
	// the percentiles are zero and mean nothing.
	N int64 `json:"n"`
	// Without counts the group's responses that lack the metric.
	Without int64   `json:"without"`
	P50     float64 `json:"p50"`
	P75     float64 `json:"p75"`
	P95     float64 `json:"p95"`
}

// indexGroup is a group of responses by index.
type indexGroup struct {
	key     string
	missing bool
	idx     []int
}

// MetricsByCategory returns P50, P75 and P95 of every metric for all
// responses and for detractors, passives and promoters, ordered by metric
// name and then in that group order.
func MetricsByCategory(rs []Response) ([]MetricStats, error) {
	if err := checkResponses(rs); err != nil {
		return nil, err
	}
	groups := []indexGroup{{key: AllKey}, {key: Detractor.String()}, {key: Passive.String()}, {key: Promoter.String()}}
	for i := range rs {
		c, _ := rs[i].Category() // checked above
		groups[0].idx = append(groups[0].idx, i)
		groups[int(c)].idx = append(groups[int(c)].idx, i)
	}
	return metricStats(rs, groups), nil
}

// MetricsBySegment returns P50, P75 and P95 of every metric per value of
// the segment column col, ordered by metric name and then by value, the
// MissingKey group last.
func MetricsBySegment(rs []Response, col string) ([]MetricStats, error) {
	if err := checkResponses(rs); err != nil {
		return nil, err
	}
	return metricStats(rs, segmentIndex(rs, col)), nil
}

// segmentIndex groups response indexes by the value of col.
func segmentIndex(rs []Response, col string) []indexGroup {
	byKey := map[string]int{}
	var missing indexGroup
	var groups []indexGroup
	for i := range rs {
		v := rs[i].Segments[col]
		if v == "" {
			missing.idx = append(missing.idx, i)
			continue
		}
		j, ok := byKey[v]
		if !ok {
			j = len(groups)
			byKey[v] = j
			groups = append(groups, indexGroup{key: v})
		}
		groups[j].idx = append(groups[j].idx, i)
	}
	sort.Slice(groups, func(a, b int) bool { return groups[a].key < groups[b].key })
	if len(missing.idx) > 0 {
		missing.key, missing.missing = MissingKey, true
		groups = append(groups, missing)
	}
	return groups
}

// checkResponses validates scores, weights and metric values.
func checkResponses(rs []Response) error {
	for i := range rs {
		var t Tally
		if err := t.Add(rs[i]); err != nil {
			return err
		}
		for name, v := range rs[i].Metrics {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("nps: response %q: metric %q: %v: %w", rs[i].ID, name, v, ErrMetric)
			}
		}
	}
	return nil
}

// metricNames returns every metric name present, sorted.
func metricNames(rs []Response) []string {
	seen := map[string]bool{}
	for i := range rs {
		for name := range rs[i].Metrics {
			seen[name] = true
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func metricStats(rs []Response, groups []indexGroup) []MetricStats {
	var out []MetricStats
	var x, w []float64
	for _, m := range metricNames(rs) {
		for _, g := range groups {
			x, w = x[:0], w[:0]
			for _, i := range g.idx {
				if v, ok := rs[i].Metrics[m]; ok {
					x = append(x, v)
					w = append(w, rs[i].EffectiveWeight())
				}
			}
			s := MetricStats{Metric: m, Group: g.key, Missing: g.missing,
				N: int64(len(x)), Without: int64(len(g.idx) - len(x))}
			if len(x) > 0 {
				stat.SortWeighted(x, w)
				s.P50 = stat.Quantile(0.50, stat.Empirical, x, w)
				s.P75 = stat.Quantile(0.75, stat.Empirical, x, w)
				s.P95 = stat.Quantile(0.95, stat.Empirical, x, w)
			}
			out = append(out, s)
		}
	}
	return out
}
