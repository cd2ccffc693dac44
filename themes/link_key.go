package themes

import (
	"fmt"
	"sort"

	"github.com/verbatim-go/verbatim/nps"
)

// Linkage links keys (themes or causes) to the score of the responses
// that mention them. Shares are fractions of 1 and weighted when the
// responses carry weights; scores and impacts are NPS points.
//
// The minimum sample (WithLinkMinSample) guards every estimate: a score
// among a group, an interval, a test, a percentile or a verdict is nil (or
// flagged insufficient evidence) when its group is too small. Counts,
// shares and the additive attribution describe the sample exactly and are
// always present.
type Linkage struct {
	Overall nps.Summary `json:"overall"`
	// Commented counts responses with comment text or at least one mention,
	// the base of LinkKey.CommentShare.
	Commented  int64        `json:"commented"`
	MinSample  float64      `json:"min_sample"`
	Confidence float64      `json:"confidence"`
	Method     ImpactMethod `json:"method"`
	Replicates int          `json:"replicates,omitempty"`
	Seed       uint64       `json:"seed,omitempty"`
	// Keys are ordered by leave-one-out impact, most costly (most
	// negative) first, ties by key; keys without an impact (insufficient
	// evidence) follow, by mentions, most first, then by key.
	Keys []LinkKey `json:"keys"`
	// NoMention is the group of responses that mention no key.
	NoMention LinkRemainder `json:"no_mention"`
	Alignment Alignment     `json:"alignment"`
}

// LinkRemainder describes the responses without any mention.
type LinkRemainder struct {
	Responses int64   `json:"responses"`
	Share     float64 `json:"share"`
	// Attribution is the points these responses carry, so that the keys'
	// attributions plus this one add up to Overall.NPS.
	Attribution Attribution `json:"attribution"`
	// Summary is present when Responses reaches the minimum sample.
	Summary *nps.Summary `json:"summary,omitempty"`
}

// LinkKey is everything known about one key.
type LinkKey struct {
	Key string `json:"key"`
	// Mentions counts the responses that mention the key (its mentioners);
	// Detractors, Passives and Promoters split them by category.
	Mentions   int64 `json:"mentions"`
	Detractors int64 `json:"detractors"`
	Passives   int64 `json:"passives"`
	Promoters  int64 `json:"promoters"`
	// Share is the mentioners' share of all responses, CommentShare of the
	// commented ones, DetractorReach the share of all detractors who
	// mention the key.
	Share          float64 `json:"share"`
	CommentShare   float64 `json:"comment_share"`
	DetractorReach float64 `json:"detractor_reach"`
	// Insufficient is true when the mentioners or the other responses
	// number (effectively) fewer than the minimum sample; Mentioners,
	// Lift and Impact are then nil and Reason says which group fell short.
	Insufficient bool   `json:"insufficient_evidence"`
	Reason       string `json:"reason,omitempty"`
	// Mentioners summarises the mentioners' score: shares of promoters,
	// passives and detractors, NPS and its interval (nps.Summary).
	Mentioners  *nps.Summary `json:"mentioners,omitempty"`
	Lift        *Lift        `json:"lift,omitempty"`
	Impact      *Impact      `json:"impact,omitempty"`
	Attribution Attribution  `json:"attribution"`
	// Metrics compares operational metrics between mentioners and the
	// others, one entry per metric name in byte order.
	Metrics []LinkMetric `json:"metrics,omitempty"`
}

// Link links the keys of mentions to the scores of responses:
// mentions[i] lists the keys raised by responses[i]. See Linkage and the
// types it holds for every figure and its formula.
//
// It makes a fixed number of passes over the responses and their mentions
// (O(responses + mentions)), plus a sort per operational metric; the
// optional bootstrap adds one pass per replicate. A score outside 0-10, a
// weight out of bounds, a non-finite metric, a bad mention (ErrLinkMention)
// or a length mismatch (ErrLinkLength) returns an error naming the
// response.
func Link(responses []nps.Response, mentions [][]Mention, opts ...LinkOption) (Linkage, error) {
	c := linkConfigOf(opts)
	d, err := linkPrepare(responses, mentions)
	if err != nil {
		return Linkage{}, err
	}
	names, err := linkMetricNames(responses)
	if err != nil {
		return Linkage{}, err
	}
	acc := d.linkAccumulate(1, nil)
	cells, total, none := acc.group(0, len(d.keys))
	all := total.t
	lk := Linkage{Overall: all.Summary(c.npsOpts()...), MinSample: c.minSample,
		Confidence: c.confidence, Method: ImpactDelta}
	lk.Commented = d.commentedN
	lk.NoMention = linkRemainderOf(all, none, &c)
	lk.Keys = make([]LinkKey, len(d.keys))
	impacts := make([]*Impact, len(d.keys))
	for k := range d.keys {
		lk.Keys[k] = d.keyOf(k, all, cells[k], &c)
		impacts[k] = lk.Keys[k].Impact
	}
	if c.replicates > 0 {
		lk.Method, lk.Replicates, lk.Seed = ImpactBootstrap, c.replicates, c.seed
		d.impactBootstrap(impacts, &c)
	}
	if len(names) > 0 {
		for k, ms := range d.linkMetrics(responses, names, cells, c.minSample) {
			lk.Keys[k].Metrics = ms
		}
	}
	lk.Alignment = d.alignmentOf(cells, c.minSample)
	linkAdjust(lk.Keys, c.alpha())
	linkSortKeys(lk.Keys)
	return lk, nil
}

func linkRemainderOf(all nps.Tally, none linkCell, c *linkConfig) LinkRemainder {
	r := LinkRemainder{Responses: none.t.N()}
	if W := all.Weight(); W > 0 {
		r.Share = none.t.Weight() / W
		r.Attribution = attributionOf(none.frac, W)
	}
	if none.t.N() > 0 && none.t.EffectiveN() >= c.minSample {
		s := none.t.Summary(c.npsOpts()...)
		r.Summary = &s
	}
	return r
}

func (d *linkData) keyOf(k int, all nps.Tally, cell linkCell, c *linkConfig) LinkKey {
	m := cell.t
	key := LinkKey{Key: d.keys[k], Mentions: m.N(), Detractors: m.Detractors,
		Passives: m.Passives, Promoters: m.Promoters}
	W := all.Weight()
	key.Share = m.Weight() / W
	key.Attribution = attributionOf(cell.frac, W)
	if all.DetractorWeight > 0 {
		key.DetractorReach = m.DetractorWeight / all.DetractorWeight
	}
	if d.commentedW > 0 {
		key.CommentShare = m.Weight() / d.commentedW
	}
	rest := all.Without(m)
	if key.Reason = linkShortfall(m, rest, c.minSample); key.Reason != "" {
		key.Insufficient = true
		return key
	}
	s := m.Summary(c.npsOpts()...)
	key.Mentioners = &s
	key.Lift = liftOf(m.Detractors, m.Passives+m.Promoters, rest.Detractors, rest.Passives+rest.Promoters, c.confidence)
	key.Impact = impactDelta(all, m, c.confidence)
	return key
}

// linkShortfall says why mentioners m and the rest cannot be compared, or
// returns "".
func linkShortfall(m, rest nps.Tally, minSample float64) string {
	switch {
	case m.N() == 0 || m.EffectiveN() < minSample:
		return fmt.Sprintf("insufficient evidence: %d mentioners (effective %.1f), below the minimum %g", m.N(), m.EffectiveN(), minSample)
	case rest.N() == 0 || rest.EffectiveN() < minSample:
		return fmt.Sprintf("insufficient evidence: %d responses without the key (effective %.1f), below the minimum %g", rest.N(), rest.EffectiveN(), minSample)
	}
	return ""
}

// linkAdjust fills the Benjamini-Hochberg adjusted p-values of the lifts.
func linkAdjust(keys []LinkKey, alpha float64) {
	var p []float64
	var at []int
	for k := range keys {
		if l := keys[k].Lift; l != nil {
			p = append(p, l.PValue)
			at = append(at, k)
		}
	}
	for j, q := range linkBH(p) {
		l := keys[at[j]].Lift
		l.Adjusted = q
		l.Significant = q < alpha
	}
}

// linkSortKeys orders keys as documented on Linkage.Keys.
func linkSortKeys(keys []LinkKey) {
	sort.Slice(keys, func(x, y int) bool {
		a, b := &keys[x], &keys[y]
		if (a.Impact == nil) != (b.Impact == nil) {
			return a.Impact != nil
		}
		if a.Impact != nil && a.Impact.Points != b.Impact.Points {
			return a.Impact.Points < b.Impact.Points
		}
		if a.Impact == nil && a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Key < b.Key
	})
}
