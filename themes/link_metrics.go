package themes

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"

	"gonum.org/v1/gonum/stat"

	"github.com/verbatim-go/verbatim/nps"
)

// LinkMetric compares one operational metric between a key's mentioners
// and the other responses.
type LinkMetric struct {
	Metric     string          `json:"metric"`
	Mentioners LinkPercentiles `json:"mentioners"`
	Others     LinkPercentiles `json:"others"`
}

// LinkPercentiles are the P50, P75 and P95 of a metric in a group, with
// the nearest-rank definition of the nps package (gonum stat.Quantile,
// stat.Empirical; weighted by the response weights): always a value that
// occurred. N counts the group's responses that have the metric; the
// percentiles are nil when N (effective, for weighted data) is below the
// minimum sample.
type LinkPercentiles struct {
	N   int64    `json:"n"`
	P50 *float64 `json:"p50,omitempty"`
	P75 *float64 `json:"p75,omitempty"`
	P95 *float64 `json:"p95,omitempty"`
}

// linkQuantiles are the three levels reported.
var linkQuantiles = [3]float64{0.50, 0.75, 0.95}

// linkMetricNames returns every metric name, sorted, after checking every
// value is finite.
func linkMetricNames(rs []nps.Response) ([]string, error) {
	seen := map[string]bool{}
	for i := range rs {
		for name, v := range rs[i].Metrics {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("themes: response %d (id %q): metric %q: %v: %w", i, rs[i].ID, name, v, nps.ErrMetric)
			}
			seen[name] = true
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}

// linkSample is a sorted weighted sample with its cumulative weights.
type linkSample struct {
	x, w, cum []float64
	w2        float64 // sum of squared weights
}

func (s *linkSample) add(x, w float64) {
	s.x = append(s.x, x)
	s.w = append(s.w, w)
	s.w2 += w * w
}

// finish computes the cumulative weights; the values must have been
// added in ascending order.
func (s *linkSample) finish() {
	s.cum = make([]float64, len(s.x))
	var c float64
	for i, w := range s.w {
		c += w
		s.cum[i] = c
	}
}

// le is the weight of the values <= v.
func (s *linkSample) le(v float64) float64 {
	j := sort.Search(len(s.x), func(i int) bool { return s.x[i] > v })
	if j == 0 {
		return 0
	}
	return s.cum[j-1]
}

func (s *linkSample) total() float64 {
	if len(s.cum) == 0 {
		return 0
	}
	return s.cum[len(s.cum)-1]
}

// linkMetrics computes every metric's percentiles per key (indexed like
// d.keys). One sort per metric orders the responses by value; walking
// them in that order fills every key's sample already sorted. The other
// responses' percentiles come from the whole sample minus the key's: the
// smallest value v with W_all(<=v) - W_key(<=v) reaching q of the others'
// weight, found by binary search, so no key needs its own pass over the
// responses.
func (d *linkData) linkMetrics(rs []nps.Response, names []string, cells []linkCell, minSample float64) [][]LinkMetric {
	out := make([][]LinkMetric, len(d.keys))
	type valued struct {
		v float64
		i int
	}
	var order []valued
	for _, name := range names {
		order = order[:0]
		for i := range rs {
			if v, ok := rs[i].Metrics[name]; ok {
				order = append(order, valued{v, i})
			}
		}
		slices.SortFunc(order, func(a, b valued) int {
			if c := cmp.Compare(a.v, b.v); c != 0 {
				return c
			}
			return a.i - b.i
		})
		all := linkSample{x: make([]float64, 0, len(order)), w: make([]float64, 0, len(order))}
		per := make([]linkSample, len(d.keys))
		for k := range per {
			c := min(int(cells[k].t.N()), len(order)) // at most one value per mentioner
			per[k] = linkSample{x: make([]float64, 0, c), w: make([]float64, 0, c)}
		}
		for _, o := range order {
			all.add(o.v, d.w[o.i])
			for j := d.start[o.i]; j < d.start[o.i+1]; j++ {
				per[d.kidx[j]].add(o.v, d.w[o.i])
			}
		}
		all.finish()
		for k := range per {
			per[k].finish()
			out[k] = append(out[k], LinkMetric{Metric: name,
				Mentioners: linkPercentilesOf(&per[k], minSample),
				Others:     linkComplement(&all, &per[k], minSample)})
		}
	}
	return out
}

func linkPercentilesOf(s *linkSample, minSample float64) LinkPercentiles {
	p := LinkPercentiles{N: int64(len(s.x))}
	if p.N == 0 || s.total()*s.total()/s.w2 < minSample {
		return p
	}
	var q [3]float64
	for j, level := range linkQuantiles {
		q[j] = stat.Quantile(level, stat.Empirical, s.x, s.w)
	}
	p.P50, p.P75, p.P95 = &q[0], &q[1], &q[2]
	return p
}

func linkComplement(all, key *linkSample, minSample float64) LinkPercentiles {
	p := LinkPercentiles{N: int64(len(all.x) - len(key.x))}
	W, w2 := all.total()-key.total(), all.w2-key.w2
	if p.N == 0 || W <= 0 || w2 <= 0 || W*W/w2 < minSample {
		return p
	}
	var q [3]float64
	for j, level := range linkQuantiles {
		target := level * W
		i := sort.Search(len(all.x), func(i int) bool {
			v := all.x[i]
			return all.le(v)-key.le(v) >= target-1e-12*W // float sums of weights
		})
		q[j] = all.x[min(i, len(all.x)-1)]
	}
	p.P50, p.P75, p.P95 = &q[0], &q[1], &q[2]
	return p
}
