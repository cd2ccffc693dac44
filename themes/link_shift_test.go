package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/nps"
)

// linkShiftHand is the hand-checked shift, 50 responses a side:
//
//	before: billing 0 P 5 pa 5 D (share .2, NPS -50); support 10/5/5 (.4,
//	        25); none 10/10/0 (.4, 50). NPS = -10 + 10 + 20 = 20.
//	after:  billing 0/5/15 (.4, -75); support 5/3/2 (.2, 30); none
//	        10/10/0 (.4, 50). NPS = -30 + 6 + 20 = -4. Change -24.
func linkShiftHand() (MentionSet, MentionSet) {
	var b, a MentionSet
	b.Responses, b.Mentions = linkBuild(
		linkCohort{keys: []string{"billing"}, passives: 5, detractor: 5},
		linkCohort{keys: []string{"support"}, promoters: 10, passives: 5, detractor: 5},
		linkCohort{promoters: 10, passives: 10})
	a.Responses, a.Mentions = linkBuild(
		linkCohort{keys: []string{"billing"}, passives: 5, detractor: 15},
		linkCohort{keys: []string{"support"}, promoters: 5, passives: 3, detractor: 2},
		linkCohort{promoters: 10, passives: 10})
	return b, a
}

func TestLinkShift(t *testing.T) {
	type row struct {
		key                   string
		mix, rate             float64
		rateKnown             bool
		shareBefore, npsAfter float64
	}
	tests := []struct {
		name      string
		min       int
		rows      []row
		explained float64
		pooled    []string
	}{
		// Average NPS (20 - 4)/2 = 8.
		// billing: mix (.4-.2)·((-50-75)/2 - 8) = -14.1, rate (-75+50)·.3
		// = -7.5; support: mix (.2-.4)·((25+30)/2 - 8) = -3.9, rate
		// (30-25)·.3 = 1.5; none: 0 and 0. Sum -24: nothing left over.
		{"all sides sufficient", 10, []row{
			{"billing", -14.1, -7.5, true, 0.2, -75},
			{"support", -3.9, 1.5, true, 0.4, 30},
			{ShiftNoMentionKey, 0, 0, true, 0.4, 50},
		}, -24, nil},
		// Minimum 15: billing's 10 before and support's 10 after are thin,
		// so each takes its other side's score: billing mix .2·(-75 - 8)
		// = -16.6, support mix -.2·(25 - 8) = -3.4, rates 0. Explained
		// -20; the residual -4 is what the substitution leaves out:
		// NPS_before with billing at -75 would be 15, after with support
		// at 25 would be -5.
		{"thin sides", 15, []row{
			{"billing", -16.6, 0, false, 0.2, -75},
			{"support", -3.4, 0, false, 0.4, 0},
			{ShiftNoMentionKey, 0, 0, true, 0.4, 50},
		}, -20, nil},
		// Minimum 25: every row is thin on both sides and pooled: one row of
		// share 1 whose rate is the whole change.
		{"pooled", 25, []row{
			{ShiftOtherKey, 0, -24, true, 1, -4},
		}, -24, []string{ShiftNoMentionKey, "billing", "support"}},
	}
	b, a := linkShiftHand()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := LinkShift(b, a, WithLinkMinSample(tt.min))
			require.NoError(t, err)
			require.False(t, s.Insufficient)
			assert.InDelta(t, -24, s.Points, 1e-9)
			assert.InDelta(t, tt.explained, s.Explained, 1e-9)
			assert.InDelta(t, -24-tt.explained, s.Residual, 1e-9)
			require.Len(t, s.Rows, len(tt.rows))
			for i, want := range tt.rows {
				got := s.Rows[i]
				assert.Equal(t, want.key, got.Key)
				assert.InDelta(t, want.mix, got.Mix, 1e-9, want.key)
				assert.InDelta(t, want.rate, got.Rate, 1e-9, want.key)
				assert.InDelta(t, want.mix+want.rate, got.Total, 1e-9, want.key)
				assert.Equal(t, want.rateKnown, got.RateKnown, want.key)
				assert.InDelta(t, want.shareBefore, got.ShareBefore, 1e-12, want.key)
				if want.npsAfter != 0 {
					require.NotNil(t, got.NPSAfter, want.key)
					assert.InDelta(t, want.npsAfter, *got.NPSAfter, 1e-9, want.key)
				} else {
					assert.Nil(t, got.NPSAfter, want.key) // thin side: no score shown
				}
			}
			assert.Equal(t, tt.pooled, s.Rows[len(s.Rows)-1].Pooled)
		})
	}
}

func TestLinkShiftInsufficientAndErrors(t *testing.T) {
	b, a := linkShiftHand()
	s, err := LinkShift(b, a, WithLinkMinSample(60)) // 50 a side
	require.NoError(t, err)
	assert.True(t, s.Insufficient)
	assert.Empty(t, s.Rows)
	assert.Contains(t, s.Reason, "insufficient evidence")
	assert.Contains(t, s.String(), "insufficient evidence")

	a.Responses[3].Score = -1
	_, err = LinkShift(b, a)
	require.ErrorIs(t, err, nps.ErrScore)
	assert.Contains(t, err.Error(), `after: response 3 (id "3")`)
}

// TestLinkShiftSplitsExactly checks on generated data with several keys
// per response that the rows sum to the change to float precision when
// every key is sufficient on both sides.
func TestLinkShiftSplitsExactly(t *testing.T) {
	rs, ms := linkSynthetic(8000, 2)
	half := len(rs) / 2
	s, err := LinkShift(MentionSet{rs[:half], ms[:half]}, MentionSet{rs[half:], ms[half:]})
	require.NoError(t, err)
	assert.InDelta(t, 0, s.Residual, 1e-9)
	assert.InDelta(t, s.Points, s.Explained, 1e-9)
	for _, r := range s.Rows {
		assert.True(t, r.RateKnown, r.Key)
	}
}
