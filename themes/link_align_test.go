package themes

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAlignment(t *testing.T) {
	d := func(n int, keys ...string) linkCohort { return linkCohort{keys: keys, detractor: n} }
	var scattered []linkCohort
	for k := range 10 {
		scattered = append(scattered, d(5, fmt.Sprintf("k%d", k)))
	}
	praise := linkCohort{keys: []string{"z"}, promoters: 50} // promoters never count
	tests := []struct {
		name        string
		cohorts     []linkCohort
		verdict     AlignmentVerdict
		index       float64
		top         []string
		topShare    float64
		top3Share   float64
		unexplained float64
	}{
		// 40 of 50 explained detractors raise a: top share .8; HHI = .8^2 +
		// .2^2 = .68.
		{"aligned", []linkCohort{d(40, "a"), d(10, "b"), praise}, AlignmentAligned, 0.68, []string{"a", "b"}, 0.8, 1, 0},
		// 20, 15, 10, 5, 5, 5 of 60: top 1/3, top three 45/60 = .75; HHI =
		// (400+225+100+25+25+25)/3600 = .222222.
		{"a few", []linkCohort{d(20, "a"), d(15, "b"), d(10, "c"), d(5, "d"), d(5, "e"), d(5, "f")},
			AlignmentFew, 800.0 / 3600, []string{"a", "b", "c"}, 1.0 / 3, 0.75, 0},
		// 10 keys of 5 each: top .1, top three .3 (ties by key); HHI =
		// 10·.1^2 = .1.
		{"scattered", scattered, AlignmentScattered, 0.1, []string{"k0", "k1", "k2"}, 0.1, 0.3, 0},
		// 30 detractors raise a and b (half a unit each), 10 raise c, 10
		// nothing: explained 40, unexplained 10/50; units a 15, b 15, c 10:
		// HHI = 2·.375^2 + .25^2 = .34375; a and b tie at 30 detractors, a
		// first by key: top share 30/40, top three 40/40.
		{"several keys per detractor", []linkCohort{d(30, "a", "b"), d(10, "c"), d(10)},
			AlignmentAligned, 0.34375, []string{"a", "b", "c"}, 0.75, 1, 0.2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, ms := linkBuild(tt.cohorts...)
			lk, err := Link(rs, ms)
			require.NoError(t, err)
			al := lk.Alignment
			assert.Equal(t, tt.verdict, al.Verdict)
			require.NotNil(t, al.Measure)
			m := al.Measure
			assert.InDelta(t, tt.index, m.Index, 1e-9)
			assert.InDelta(t, 1/tt.index, m.EffectiveKeys, 1e-9)
			assert.Equal(t, tt.top, m.Top)
			assert.InDelta(t, tt.topShare, m.TopShare, 1e-9)
			assert.InDelta(t, tt.top3Share, m.Top3Share, 1e-9)
			assert.InDelta(t, tt.unexplained, m.Unexplained, 1e-9)
		})
	}
}

func TestAlignmentInsufficient(t *testing.T) {
	// 29 explained detractors, below the default minimum of 30, however
	// many unexplained ones there are.
	rs, ms := linkBuild(linkCohort{keys: []string{"a"}, detractor: 29}, linkCohort{detractor: 100})
	lk, err := Link(rs, ms)
	require.NoError(t, err)
	assert.Equal(t, AlignmentInsufficient, lk.Alignment.Verdict)
	assert.Equal(t, int64(129), lk.Alignment.Detractors)
	assert.Equal(t, int64(29), lk.Alignment.Explained)
	assert.Nil(t, lk.Alignment.Measure)
}
