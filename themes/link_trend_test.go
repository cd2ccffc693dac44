package themes

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/nps"
)

// linkQuarters: three quarters of 100 responses each, and one undated.
//
//	         login(D) price(pa) outage(D) app(P) none(P/pa)
//	2025-Q1     10       30        0        20     20/20
//	2025-Q2     10       30        0        20     20/20
//	2025-Q3     30       10       40        20      0/0
func linkQuarters() ([]nps.Response, [][]Mention) {
	var cs []linkCohort
	for _, at := range []time.Time{
		time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC),
		time.Date(2025, 4, 15, 0, 0, 0, 0, time.UTC),
	} {
		cs = append(cs,
			linkCohort{keys: []string{"login"}, detractor: 10, at: at},
			linkCohort{keys: []string{"price"}, passives: 30, at: at},
			linkCohort{keys: []string{"app"}, promoters: 20, at: at},
			linkCohort{promoters: 20, passives: 20, at: at})
	}
	q3 := time.Date(2025, 7, 15, 0, 0, 0, 0, time.UTC)
	cs = append(cs,
		linkCohort{keys: []string{"login"}, detractor: 30, at: q3},
		linkCohort{keys: []string{"price"}, passives: 10, at: q3},
		linkCohort{keys: []string{"outage"}, detractor: 40, at: q3},
		linkCohort{keys: []string{"app"}, promoters: 20, at: q3},
		linkCohort{promoters: 1}) // undated
	return linkBuild(cs...)
}

func TestLinkByPeriodMoves(t *testing.T) {
	rs, ms := linkQuarters()
	tr, err := LinkByPeriod(rs, ms, nps.Quarter, time.UTC)
	require.NoError(t, err)
	assert.Equal(t, int64(1), tr.Undated)
	require.Len(t, tr.Groups, 3)
	assert.Equal(t, []string{"2025-Q1", "2025-Q2", "2025-Q3"}, []string{tr.Groups[0].Key, tr.Groups[1].Key, tr.Groups[2].Key})
	// Q1: 40 promoters, 10 detractors of 100; Q3: 20 and 70.
	assert.InDelta(t, 30, tr.Groups[0].Summary.NPS, 1e-9)
	assert.InDelta(t, -50, tr.Groups[2].Summary.NPS, 1e-9)

	tests := []struct {
		key       string
		direction LinkDirection
		z         float64
		emerging  bool
	}{
		// 0 of 100 -> 40 of 100: pooled .2, SE sqrt(.2·.8·(1/100+1/100))
		// = .056569, z = .4/.056569 = 7.0711. Emerging: earlier share 0
		// of 200, 40 mentioners now, and earlier-vs-last z = .4 /
		// sqrt(.13333·.86667·(1/200+1/100)) = 9.6077.
		{"outage", LinkRising, 7.0711, true},
		// .1 -> .3: z = .2/.056569 = 3.5355 (p = .00041); earlier share
		// 20/200 = .1, only 3 times less than .3 (< EmergingRatio 4).
		{"login", LinkRising, 3.5355, false},
		// .3 -> .1: z = -3.5355 (same p as login; ties by key).
		{"price", LinkFalling, -3.5355, false},
		// .2 -> .2: z = 0.
		{"app", LinkSteady, 0, false},
	}
	require.Len(t, tr.Moves, len(tests))
	for i, tt := range tests {
		mv := tr.Moves[i]
		assert.Equal(t, tt.key, mv.Key)
		assert.Equal(t, tt.direction, mv.Direction, tt.key)
		require.NotNil(t, mv.Test, tt.key)
		assert.InDelta(t, tt.z, mv.Test.Z, 1e-4, tt.key)
		assert.Equal(t, tt.emerging, mv.Emerging, tt.key)
		assert.Equal(t, "2025-Q1", mv.From)
		assert.Equal(t, "2025-Q3", mv.To)
	}
	assert.InDelta(t, 9.6077, tr.Moves[0].EmergingTest.Z, 1e-4)
	assert.InDelta(t, 0.1, *tr.Moves[1].EarlierShare, 1e-12)
	assert.InDelta(t, 2*(1-0.9997965), tr.Moves[1].Test.PValue, 1e-6) // 2·(1-Φ(3.5355))
}

func TestLinkByPeriodGroupsAndShift(t *testing.T) {
	rs, ms := linkQuarters()
	tr, err := LinkByPeriod(rs, ms, nps.Quarter, time.UTC)
	require.NoError(t, err)
	q3 := tr.Groups[2]
	var keys []string
	for _, k := range q3.Keys {
		keys = append(keys, k.Key)
	}
	assert.Equal(t, []string{"app", "login", "outage", "price"}, keys) // byte order, every key
	outage := q3.Keys[2]
	assert.InDelta(t, 0.4, outage.Share, 1e-12)
	// In Q3: NPS -50; without the 40 outage detractors 20 P and 30 D of 60:
	// -16.667; impact -33.333.
	require.NotNil(t, outage.Impact)
	assert.InDelta(t, -33.333333, outage.Impact.Points, 1e-6)
	assert.Nil(t, tr.Groups[0].Shift)
	s := q3.Shift
	require.NotNil(t, s)
	assert.Equal(t, "2025-Q2", s.From)
	assert.InDelta(t, -80, s.Points, 1e-9)
	assert.InDelta(t, s.Points, s.Explained+s.Residual, 1e-9)
	// outage: share 0 -> .4, score -100 on its only side; average NPS
	// (30 - 50)/2 = -10: mix .4·(-100 + 10) = -36, the largest fall.
	assert.Equal(t, "outage", s.Rows[0].Key)
	assert.InDelta(t, -36, s.Rows[0].Total, 1e-9)
}

func TestLinkBySegmentMatchesLink(t *testing.T) {
	rs, ms := linkSynthetic(4000, 8)
	rs[0].Segments = nil // one response without the column
	b, err := LinkBySegment(rs, ms, "tier")
	require.NoError(t, err)
	require.Len(t, b.Groups, 3)
	assert.Equal(t, []string{"enterprise", "smb", nps.MissingKey}, []string{b.Groups[0].Key, b.Groups[1].Key, b.Groups[2].Key})
	assert.True(t, b.Groups[2].Missing)
	// The smb group's figures equal Link on the smb responses alone.
	var srs []nps.Response
	var sms [][]Mention
	for i := range rs {
		if rs[i].Segments["tier"] == "smb" {
			srs, sms = append(srs, rs[i]), append(sms, ms[i])
		}
	}
	lk, err := Link(srs, sms)
	require.NoError(t, err)
	byKey := map[string]LinkKey{}
	for _, k := range lk.Keys {
		byKey[k.Key] = k
	}
	for _, gk := range b.Groups[1].Keys {
		want := byKey[gk.Key]
		assert.Equal(t, want.Mentions, gk.Mentions, gk.Key)
		assert.InDelta(t, want.Share, gk.Share, 1e-12, gk.Key)
		require.Equal(t, want.Impact == nil, gk.Impact == nil, gk.Key)
		if gk.Impact != nil {
			assert.InDelta(t, want.Impact.Points, gk.Impact.Points, 1e-9, gk.Key)
			assert.InDelta(t, want.Impact.StdErr, gk.Impact.StdErr, 1e-9, gk.Key)
		}
	}
	assert.Nil(t, b.Groups[2].Keys[0].Impact) // one response: insufficient
	assert.False(t, math.IsNaN(b.Groups[2].Keys[0].Share))
}

func TestLinkGroupsEmptyAndErrors(t *testing.T) {
	tr, err := LinkByPeriod(nil, nil, nps.Month, time.UTC)
	require.NoError(t, err)
	assert.Empty(t, tr.Groups)
	assert.Empty(t, tr.Moves)
	b, err := LinkBySegment(nil, nil, "tier")
	require.NoError(t, err)
	assert.Empty(t, b.Groups)

	rs := []nps.Response{{ID: "a", Score: 4}}
	_, err = LinkByPeriod(rs, nil, nps.Month, time.UTC)
	require.ErrorIs(t, err, ErrLinkLength)
	_, err = LinkBySegment(rs, [][]Mention{{{Key: ""}}}, "tier")
	require.ErrorIs(t, err, ErrLinkMention)
	assert.Panics(t, func() { _, _ = LinkByPeriod(rs, [][]Mention{nil}, nps.Month, nil) })
}
