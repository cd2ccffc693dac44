package themes

import (
	"slices"
)

// CauseShare is one cause's part of a group of comments (a theme).
type CauseShare struct {
	Cause Cause `json:"cause"`
	// Share is the cause's fraction of the group: each comment counts 1,
	// split over its ranked causes in proportion to their scores (a
	// comment ranked {service 3, expectations 1} gives service 0.75 and
	// expectations 0.25; a comment with no cause gives none 1). The
	// shares of a group sum to 1.
	Share float64 `json:"share"`
	// Main counts the comments whose top cause this is.
	Main int `json:"main"`
	// Ranked counts the comments that rank this cause at all.
	Ranked int `json:"ranked"`
}

// CauseDistribution is the root-cause make-up of a group of comments.
type CauseDistribution struct {
	// Members is the number of comments.
	Members int `json:"members"`
	// Shares has one entry per cause of the taxonomy in taxonomy order
	// (none last), then any cause met in the results that the taxonomy
	// does not have, by key.
	Shares []CauseShare `json:"shares"`
	// Dominant is the cause with the largest share, none included (a
	// theme of praise is dominated by none); ties go to the earlier cause.
	// It is none for an empty group.
	Dominant Cause `json:"dominant"`
	// DominantStated is the largest share among causes other than none,
	// or none when no comment of the group has a cause: what to fix
	// first even when most comments give no reason.
	DominantStated Cause `json:"dominant_stated"`
}

// Distribution sums the per-comment results of a group (the members of a
// theme) into shares per cause and the dominant cause.
func (t *Taxonomy) Distribution(results []CauseResult) CauseDistribution {
	d := CauseDistribution{Members: len(results), Dominant: CauseNone, DominantStated: CauseNone}
	pos := make(map[Cause]int, len(t.spec.Causes))
	for i, c := range t.spec.Causes {
		pos[c.Key] = i
		d.Shares = append(d.Shares, CauseShare{Cause: c.Key})
	}
	known := len(d.Shares)
	for _, r := range results {
		ranked := r.Ranked
		if len(ranked) == 0 {
			ranked = []CauseScore{{Cause: CauseNone}}
		}
		total := 0.0
		for _, s := range ranked {
			total += max(s.Score, 0)
		}
		for k, s := range ranked {
			i, ok := pos[s.Cause]
			if !ok {
				i = len(d.Shares)
				pos[s.Cause] = i
				d.Shares = append(d.Shares, CauseShare{Cause: s.Cause})
			}
			sh := &d.Shares[i]
			sh.Share += causePart(s.Score, total, len(ranked))
			sh.Ranked++
			if k == 0 {
				sh.Main++
			}
		}
	}
	slices.SortFunc(d.Shares[known:], func(a, b CauseShare) int {
		return compareCause(a.Cause, b.Cause)
	})
	d.setDominant()
	return d
}

func compareCause(a, b Cause) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// causePart is one ranked cause's part of its comment: proportional to its
// score, or equal parts when the scores give no proportion (none, or a
// caller's results with zero scores).
func causePart(score, total float64, n int) float64 {
	if total > 0 {
		return max(score, 0) / total
	}
	return 1 / float64(n)
}

// setDominant picks the largest shares, keeping the earlier cause on ties,
// and turns the shares into fractions of the group.
func (d *CauseDistribution) setDominant() {
	if d.Members == 0 {
		return
	}
	best, bestStated := -1.0, 0.0
	for i := range d.Shares {
		s := &d.Shares[i]
		s.Share /= float64(d.Members)
		if s.Share > best {
			best, d.Dominant = s.Share, s.Cause
		}
		if s.Cause != CauseNone && s.Share > bestStated {
			bestStated, d.DominantStated = s.Share, s.Cause
		}
	}
}
