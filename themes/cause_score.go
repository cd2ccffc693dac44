package themes

import (
	"slices"
)

// CauseScore is one cause's score for a comment: the sum of the weights of
// the distinct cues that fired, times the cause's score band factor when
// the respondent's score was passed (see CauseScoreBand).
type CauseScore struct {
	Cause Cause   `json:"cause"`
	Score float64 `json:"score"`
}

// CauseResult is the root-cause reading of one comment.
type CauseResult struct {
	// Scores holds every cause of the taxonomy except none, in taxonomy
	// order, including those that scored 0.
	Scores []CauseScore `json:"scores"`
	// Ranked holds the causes at or above the threshold, highest first
	// (ties in taxonomy order), at most MaxCauses of them; when no cause
	// reaches the threshold it is the single entry {none, 0}. It is never
	// empty.
	Ranked []CauseScore `json:"ranked"`
	// Evidence lists every cue match in order of position, negated ones
	// included (with weight 0), so a reader can see what was considered.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Main returns the top-ranked cause (CauseNone when nothing was found).
func (r CauseResult) Main() Cause {
	if len(r.Ranked) == 0 {
		return CauseNone
	}
	return r.Ranked[0].Cause
}

// Has reports whether c is among the ranked causes.
func (r CauseResult) Has(c Cause) bool {
	for _, s := range r.Ranked {
		if s.Cause == c {
			return true
		}
	}
	return false
}

// CauseOption changes how one comment is scored.
type CauseOption func(*causeOptions)

type causeOptions struct {
	score     int     // the respondent's 0-10 score, or -1 when unknown
	threshold float64 // above 0: one threshold for every cause, from CauseThreshold
	maxCauses int
}

// CauseWithScore passes the respondent's 0-10 NPS score as context, for
// cues that compare the comment with the score (CueScoreMismatch). Scores
// outside 0-10 are ignored, as if no score had been given.
func CauseWithScore(score int) CauseOption {
	return func(o *causeOptions) {
		if score >= 0 && score <= 10 {
			o.score = score
		}
	}
}

// CauseThreshold overrides the taxonomy's threshold for this call, and the
// causes' own thresholds with it: every cause needs t. Values of 0 or less
// are ignored.
func CauseThreshold(t float64) CauseOption {
	return func(o *causeOptions) {
		if t > 0 {
			o.threshold = t
		}
	}
}

// CauseMaxRanked overrides the taxonomy's cap on ranked causes; 0 means no
// cap and negative values are ignored.
func CauseMaxRanked(n int) CauseOption {
	return func(o *causeOptions) {
		if n >= 0 {
			o.maxCauses = n
		}
	}
}

// Score reads the root causes of one comment. It never fails: a comment
// with no words, or one in another language, gets CauseNone.
func (t *Taxonomy) Score(comment string, opts ...CauseOption) CauseResult {
	o := t.options(opts...)
	sc := t.scratch()
	defer t.pool.Put(sc)
	sc.prepare(t, comment)
	ev := t.match(sc, comment, o.score)
	res := t.result(sc, o)
	res.Scores = slices.Clone(res.Scores)
	res.Ranked = slices.Clone(res.Ranked)
	if len(ev) > 0 {
		res.Evidence = slices.Clone(ev)
	}
	sc.keep(ev)
	return res
}

// options are the taxonomy's defaults with opts applied.
func (t *Taxonomy) options(opts ...CauseOption) causeOptions {
	o := causeOptions{score: -1, maxCauses: t.spec.MaxCauses}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// rank is Score for bulk callers that report only the ranking: no
// evidence and no per-cause scores are copied out, so scoring a comment
// allocates only its ranked causes.
func (t *Taxonomy) rank(comment string, o causeOptions) []CauseScore {
	sc := t.scratch()
	defer t.pool.Put(sc)
	sc.prepare(t, comment)
	sc.keep(t.match(sc, comment, o.score))
	return slices.Clone(t.result(sc, o).Ranked)
}

// keep stores the evidence buffer for reuse, cleared so the pooled scratch
// holds no comment alive.
func (sc *causeScratch) keep(ev []Evidence) {
	clear(ev)
	sc.ev = ev[:0]
}

// result sums the strongest match of each cue into cause scores and ranks
// them, in the scratch's buffer: the caller copies what it keeps.
func (t *Taxonomy) result(sc *causeScratch, o causeOptions) CauseResult {
	n := len(t.spec.Causes) - 1 // none is last and scores nothing
	if cap(sc.scores) < 2*n {
		sc.scores = make([]CauseScore, 0, 2*n)
	}
	scores := sc.scores[:n]
	for i := range scores {
		scores[i] = CauseScore{Cause: t.spec.Causes[i].Key}
	}
	// Summed in cue order, as a loop over every cue would, so the float
	// sums do not depend on the order the cues matched in.
	slices.Sort(sc.scored)
	for _, c := range sc.scored {
		scores[t.cues[c].cause].Score += sc.best[c]
	}
	if o.score >= 0 {
		for i := range scores {
			scores[i].Score *= t.factors[i][o.score]
		}
	}
	ranked := scores[n:n]
	for i, s := range scores {
		limit := t.limits[i]
		if o.threshold > 0 {
			limit = o.threshold
		}
		if s.Score >= limit {
			ranked = append(ranked, s)
		}
	}
	// A stable sort keeps taxonomy order among equal scores.
	slices.SortStableFunc(ranked, func(a, b CauseScore) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	})
	ranked = t.secondary(ranked)
	if o.maxCauses > 0 && len(ranked) > o.maxCauses {
		ranked = ranked[:o.maxCauses]
	}
	if len(ranked) == 0 {
		ranked = append(ranked, CauseScore{Cause: CauseNone})
	}
	return CauseResult{Scores: scores, Ranked: ranked[:len(ranked):len(ranked)]}
}

// secondary drops the causes after the first that score below
// SecondaryRatio times the first's score; ranked is sorted highest first.
// Each kept cause has also reached its own threshold.
func (t *Taxonomy) secondary(ranked []CauseScore) []CauseScore {
	if len(ranked) < 2 || t.spec.SecondaryRatio == 0 {
		return ranked
	}
	floor := t.spec.SecondaryRatio * ranked[0].Score
	for i := 1; i < len(ranked); i++ {
		if ranked[i].Score < floor {
			return ranked[:i]
		}
	}
	return ranked
}
