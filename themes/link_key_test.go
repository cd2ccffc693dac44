package themes

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/nps"
)

// linkHand is the hand-checked table of the Link tests (40 responses):
//
//	keys               promoters passives detractors
//	billing                0        2         6
//	billing + support      2        0         0
//	support                8        2         2
//	(none)                 7        8         3
//
// Overall 17 promoters, 12 passives, 11 detractors: NPS = 100·6/40 = 15.
func linkHand() ([]nps.Response, [][]Mention) {
	return linkBuild(
		linkCohort{keys: []string{"billing"}, passives: 2, detractor: 6},
		linkCohort{keys: []string{"billing", "support"}, promoters: 2},
		linkCohort{keys: []string{"support"}, promoters: 8, passives: 2, detractor: 2},
		linkCohort{promoters: 7, passives: 8, detractor: 3},
	)
}

func TestLinkHand(t *testing.T) {
	rs, ms := linkHand()
	lk, err := Link(rs, ms, WithLinkMinSample(10))
	require.NoError(t, err)
	assert.InDelta(t, 15, lk.Overall.NPS, 1e-9)
	assert.Equal(t, int64(22), lk.Commented) // no comment text: the 22 with a mention
	require.Len(t, lk.Keys, 2)
	b, s := lk.Keys[0], lk.Keys[1] // billing's impact is negative, so it comes first
	require.Equal(t, "billing", b.Key)
	require.Equal(t, "support", s.Key)

	// billing: 10 mentioners (2 promoters, 2 passives, 6 detractors).
	assert.Equal(t, [4]int64{10, 6, 2, 2}, [4]int64{b.Mentions, b.Detractors, b.Passives, b.Promoters})
	assert.InDelta(t, 10.0/40, b.Share, 1e-12)
	assert.InDelta(t, 10.0/22, b.CommentShare, 1e-12)
	assert.InDelta(t, 6.0/11, b.DetractorReach, 1e-12) // 6 of the 11 detractors
	require.NotNil(t, b.Mentioners)
	assert.InDelta(t, -40, b.Mentioners.NPS, 1e-9) // (2-6)/10

	// Leave-one-out: the rest is 15 promoters, 10 passives, 5 detractors,
	// NPS 100·10/30 = 33.333; impact 15 - 33.333 = -18.333 =
	// m·(NPS_m - NPS_r) = 0.25·(-40 - 33.333).
	require.NotNil(t, b.Impact)
	assert.InDelta(t, -18.3333333, b.Impact.Points, 1e-6)
	assert.InDelta(t, 33.3333333, b.Impact.Without, 1e-6)
	// Delta method, cells a+ .05 a0 .05 a- .15 b+ .375 b0 .25 b- .125;
	// Q = .75, R = 1/3: g = 1, 0, -1, 1-(2/3)/.75 = .111111, (1/3)/.75 =
	// .444444, -1+(4/3)/.75 = .777778. E[g] = .15, E[g^2] = .329630;
	// Var = (.329630 - .0225)/40 = .0076782, SE = 100·.087626 = 8.7626.
	assert.InDelta(t, 8.7626, b.Impact.StdErr, 1e-4)
	assert.InDelta(t, -18.3333-1.959964*8.7626, b.Impact.Low, 1e-3)
	assert.True(t, b.Impact.Significant) // high end -1.16 < 0

	// Lift: a=6, b=4, c=5, d=25; OR = 6·25/(4·5) = 7.5. Smallest expected
	// cell 10·11/40 = 2.75 < 5: Fisher. P(a=x) ∝ C(10,x)C(30,11-x); the
	// tables x = 6..10 are no more likely than the observed (29926260,
	// 3288600, 182700, 4350, 30 over C(40,11) = 2311801440): p =
	// 33401940/2311801440 = 0.0144484 (exact rational arithmetic).
	require.NotNil(t, b.Lift)
	assert.InDelta(t, 7.5, b.Lift.OddsRatio, 1e-9)
	assert.Equal(t, LiftFisher, b.Lift.Test)
	assert.InDelta(t, 0.0144484, b.Lift.PValue, 1e-7)

	// support: 14 mentioners, 10 promoters, 2 detractors; the rest 7
	// promoters, 10 passives, 9 detractors: NPS -7.692, impact 15 +
	// 7.692 = 22.692.
	assert.InDelta(t, 22.6923077, s.Impact.Points, 1e-6)

	// Attribution, each billing+support response split half and half:
	// billing (1 - 6)/40 = -12.5, support (9 - 2)/40 = 17.5, no mention
	// (7 - 3)/40 = 10; they add up to 15.
	assert.InDelta(t, -12.5, b.Attribution.Points, 1e-9)
	assert.InDelta(t, 17.5, s.Attribution.Points, 1e-9)
	assert.InDelta(t, 10, lk.NoMention.Attribution.Points, 1e-9)
	assert.InDelta(t, 15, b.Attribution.Points+s.Attribution.Points+lk.NoMention.Attribution.Points, 1e-9)
	assert.InDelta(t, 15, b.Attribution.Detractors, 1e-9) // 6/40

	// BH over 2 keys: billing's p is the smaller, adjusted ×2/1 unless
	// support's p is smaller than that.
	assert.InDelta(t, math.Min(2*b.Lift.PValue, s.Lift.PValue), b.Lift.Adjusted, 1e-12)
}

func TestLinkGuard(t *testing.T) {
	rs, ms := linkHand()
	lk, err := Link(rs, ms) // default minimum 30: 10 and 14 mentioners are too few
	require.NoError(t, err)
	for _, k := range lk.Keys {
		assert.True(t, k.Insufficient, k.Key)
		assert.Nil(t, k.Impact)
		assert.Nil(t, k.Lift)
		assert.Nil(t, k.Mentioners)
		assert.Contains(t, k.Reason, "insufficient evidence")
	}
	// ordered by mentions when no key has an impact: support 14, billing 10
	assert.Equal(t, "support", lk.Keys[0].Key)
	assert.Nil(t, lk.NoMention.Summary) // 18 responses
	assert.Equal(t, AlignmentInsufficient, lk.Alignment.Verdict)
	assert.Nil(t, lk.Alignment.Measure)
}

func TestLinkErrors(t *testing.T) {
	one := []nps.Response{{ID: "r1", Score: 5}}
	tests := []struct {
		name     string
		rs       []nps.Response
		ms       [][]Mention
		err      error
		contains string
	}{
		{"length", one, nil, ErrLinkLength, "0 mention lists for 1 responses"},
		{"empty key", one, [][]Mention{{{Key: ""}}}, ErrLinkMention, `response 0 (id "r1"): mention 0`},
		{"negative strength", one, [][]Mention{{{Key: "a", Strength: -1}}}, ErrLinkMention, "strength -1"},
		{"NaN strength", one, [][]Mention{{{Key: "a", Strength: math.NaN()}}}, ErrLinkMention, "NaN"},
		{"infinite strength", one, [][]Mention{{{Key: "a", Strength: math.Inf(1)}}}, ErrLinkMention, "+Inf"},
		{"score", []nps.Response{{ID: "r1", Score: 11}}, [][]Mention{nil}, nps.ErrScore, `response 0 (id "r1")`},
		{"weight", []nps.Response{{ID: "r1", Score: 3, Weight: -2}}, [][]Mention{nil}, nps.ErrWeight, "weight -2"},
		{"metric", []nps.Response{{ID: "r1", Score: 3, Metrics: map[string]float64{"wait": math.NaN()}}}, [][]Mention{nil}, nps.ErrMetric, `metric "wait"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Link(tt.rs, tt.ms)
			require.ErrorIs(t, err, tt.err)
			assert.Contains(t, err.Error(), tt.contains)
		})
	}
}

func TestLinkDuplicatesMerge(t *testing.T) {
	rs := []nps.Response{{ID: "1", Score: 0}}
	d, err := linkPrepare(rs, [][]Mention{{{Key: "a", Strength: 1}, {Key: "b", Strength: 1}, {Key: "a", Strength: 2}}})
	require.NoError(t, err)
	// a: 1 + 2 = 3 of 4, b: 1 of 4; one mention each
	assert.Equal(t, []int32{0, 1}, d.kidx)
	assert.InDeltaSlice(t, []float64{0.75, 0.25}, d.frac, 1e-12)
	// all-zero strengths split equally
	d, err = linkPrepare(rs, [][]Mention{{{Key: "a"}, {Key: "b"}}})
	require.NoError(t, err)
	assert.InDeltaSlice(t, []float64{0.5, 0.5}, d.frac, 1e-12)
}

func TestLinkEdgeCasesJSON(t *testing.T) {
	everyone, ms := linkBuild(linkCohort{keys: []string{"a"}, promoters: 40, detractor: 40})
	tests := []struct {
		name string
		rs   []nps.Response
		ms   [][]Mention
	}{
		{"empty", nil, nil},
		{"no mentions", []nps.Response{{Score: 9}}, [][]Mention{nil}},
		{"everyone mentions the key", everyone, ms},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lk, err := Link(tt.rs, tt.ms)
			require.NoError(t, err)
			_, err = json.Marshal(lk) // fails on NaN or Inf
			require.NoError(t, err)
			for _, k := range lk.Keys {
				assert.Nil(t, k.Impact) // no rest to compare with
			}
		})
	}
}

func TestLinkDeterministic(t *testing.T) {
	rs, ms := linkSynthetic(3000, 3)
	run := func() []byte {
		lk, err := Link(rs, ms, WithLinkBootstrap(100, 9))
		require.NoError(t, err)
		b, err := json.Marshal(lk)
		require.NoError(t, err)
		return b
	}
	assert.Equal(t, run(), run())
}

func TestLinkSynthetic(t *testing.T) {
	rs, ms := linkSynthetic(5000, 1)
	lk, err := Link(rs, ms)
	require.NoError(t, err)
	// k00 is raised by about half the detractors and by no one else
	// (linkSynthetic), so it costs the most and its lift is large.
	top := lk.Keys[0]
	assert.Equal(t, "k00", top.Key)
	assert.Less(t, top.Impact.High, 0.0)
	assert.Greater(t, top.Lift.Low, 10.0)
	assert.True(t, top.Lift.Significant)
	var sum float64
	for _, k := range lk.Keys {
		sum += k.Attribution.Points
	}
	assert.InDelta(t, lk.Overall.NPS, sum+lk.NoMention.Attribution.Points, 1e-9)
	for i := 1; i < len(lk.Keys); i++ {
		a, b := lk.Keys[i-1].Impact, lk.Keys[i].Impact
		if a != nil && b != nil {
			assert.LessOrEqual(t, a.Points, b.Points)
		}
	}
}

// TestLinkWeighted checks that a weight of 2 counts like two copies of the
// response in every point estimate (shares, impact, attribution), while
// the effective sample size, and so the standard error, differs:
// duplicating 40 responses gives n = 80, weighting them gives
// n_eff = 80^2/160 = 40.
func TestLinkWeighted(t *testing.T) {
	rs, ms := linkHand()
	var dupR []nps.Response
	var dupM [][]Mention
	for i := range rs {
		dupR, dupM = append(dupR, rs[i], rs[i]), append(dupM, ms[i], ms[i])
		rs[i].Weight = 2
	}
	w, err := Link(rs, ms, WithLinkMinSample(10))
	require.NoError(t, err)
	d, err := Link(dupR, dupM, WithLinkMinSample(10))
	require.NoError(t, err)
	for i := range w.Keys {
		wk, dk := w.Keys[i], d.Keys[i]
		assert.Equal(t, dk.Key, wk.Key)
		assert.InDelta(t, dk.Share, wk.Share, 1e-12)
		assert.InDelta(t, dk.Impact.Points, wk.Impact.Points, 1e-9)
		assert.InDelta(t, dk.Attribution.Points, wk.Attribution.Points, 1e-9)
		assert.InDelta(t, dk.Impact.StdErr*math.Sqrt2, wk.Impact.StdErr, 1e-9) // half the effective n
	}
}
