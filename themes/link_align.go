package themes

import "sort"

// AlignmentVerdict says whether the detractors point at one problem.
type AlignmentVerdict string

// The verdicts, with their thresholds on the detractors who mention at
// least one key.
const (
	// AlignmentAligned: the top key is raised by at least half of them
	// (AlignmentTopShare). One recurring issue: the root cause to fix.
	AlignmentAligned AlignmentVerdict = "aligned"
	// AlignmentFew: not aligned, but the top three keys together reach at
	// least half of them (AlignmentTop3Share): a few distinct problems.
	AlignmentFew AlignmentVerdict = "a few problems"
	// AlignmentScattered: the top three keys reach fewer than half of them.
	// Complaints spread over unrelated topics: several problems at once,
	// or a segmentation or survey-design issue (the wrong people asked,
	// or at the wrong time).
	AlignmentScattered AlignmentVerdict = "scattered"
	// AlignmentInsufficient: fewer detractors with a mention than the
	// minimum sample.
	AlignmentInsufficient AlignmentVerdict = "insufficient evidence"
)

// Thresholds of the alignment verdicts, as shares of the detractors who
// mention at least one key.
const (
	AlignmentTopShare  = 0.5
	AlignmentTop3Share = 0.5
)

// Alignment measures how concentrated the detractors' mentions are across
// keys.
type Alignment struct {
	Verdict AlignmentVerdict `json:"verdict"`
	// Detractors counts all detractors; Explained those with at least one
	// mention, the base of every share below.
	Detractors int64 `json:"detractors"`
	Explained  int64 `json:"explained"`
	// Measure is present when Explained reaches the minimum sample.
	Measure *AlignmentMeasure `json:"measure,omitempty"`
}

// AlignmentMeasure holds the concentration figures (weighted shares).
type AlignmentMeasure struct {
	// Unexplained is the share of all detractors without any mention.
	Unexplained float64 `json:"unexplained"`
	// Index is the Herfindahl-Hirschman index of the detractors' mentions
	// over keys: each explained detractor is one unit split across its keys
	// by strength, s_k is key k's share of those units, and Index = sum
	// s_k^2. It is 1 when every detractor raises the same single key and
	// 1/K when they spread evenly over K keys.
	Index float64 `json:"index"`
	// EffectiveKeys is 1/Index: the number of equally common keys that
	// would give the same concentration.
	EffectiveKeys float64 `json:"effective_keys"`
	// Top lists up to three keys most often raised by detractors, most
	// frequent first (ties by key); keys no detractor raises are left out.
	Top []string `json:"top"`
	// TopShare is the share of explained detractors who mention Top[0];
	// Top3Share the share who mention at least one of Top.
	TopShare  float64 `json:"top_share"`
	Top3Share float64 `json:"top3_share"`
}

// alignmentOf measures the alignment from the per-key cells of one pass,
// with one more pass over the detractors for the top-3 coverage.
func (d *linkData) alignmentOf(cells []linkCell, minSample float64) Alignment {
	var al Alignment
	var allW, explW, explW2 float64
	for i, c := range d.cat {
		if c != linkD {
			continue
		}
		al.Detractors++
		allW += d.w[i]
		if d.start[i+1] > d.start[i] {
			al.Explained++
			explW += d.w[i]
			explW2 += d.w[i] * d.w[i]
		}
	}
	al.Verdict = AlignmentInsufficient
	if al.Explained == 0 || explW*explW/explW2 < minSample {
		return al
	}
	m := &AlignmentMeasure{Unexplained: 1 - explW/allW}
	order := make([]int, len(cells))
	for k := range cells {
		order[k] = k
		s := cells[k].frac[linkD] / explW
		m.Index += s * s
	}
	m.EffectiveKeys = 1 / m.Index
	sort.Slice(order, func(x, y int) bool {
		wx, wy := cells[order[x]].t.DetractorWeight, cells[order[y]].t.DetractorWeight
		if wx != wy {
			return wx > wy
		}
		return d.keys[order[x]] < d.keys[order[y]]
	})
	top := order[:0]
	for _, k := range order[:min(3, len(order))] {
		if cells[k].t.Detractors > 0 { // keys no detractor raises are not top
			top = append(top, k)
		}
	}
	for _, k := range top {
		m.Top = append(m.Top, d.keys[k])
	}
	m.TopShare = cells[top[0]].t.DetractorWeight / explW
	m.Top3Share = d.coverage(top) / explW
	al.Measure = m
	switch {
	case m.TopShare >= AlignmentTopShare:
		al.Verdict = AlignmentAligned
	case m.Top3Share >= AlignmentTop3Share:
		al.Verdict = AlignmentFew
	default:
		al.Verdict = AlignmentScattered
	}
	return al
}

// coverage is the weight of the detractors who mention any of keys.
func (d *linkData) coverage(keys []int) float64 {
	var w float64
	for i, c := range d.cat {
		if c != linkD {
			continue
		}
	scan:
		for j := d.start[i]; j < d.start[i+1]; j++ {
			for _, k := range keys {
				if int(d.kidx[j]) == k {
					w += d.w[i]
					break scan
				}
			}
		}
	}
	return w
}
