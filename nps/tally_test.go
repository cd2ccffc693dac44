package nps_test

import (
	"errors"
	"math"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

func TestTallyAdd(t *testing.T) {
	tests := []struct {
		name    string
		r       nps.Response
		wantErr error
		want    nps.Tally
	}{
		// Expected tallies: one response, its weight (1 when unset) in its
		// category, the squared weight in SquaredWeight.
		{"promoter unweighted", nps.Response{ID: "a", Score: 9}, nil,
			nps.Tally{Promoters: 1, PromoterWeight: 1, SquaredWeight: 1}},
		{"passive weight 2", nps.Response{ID: "b", Score: 7, Weight: 2}, nil,
			nps.Tally{Passives: 1, PassiveWeight: 2, SquaredWeight: 4}},
		{"detractor 6", nps.Response{ID: "c", Score: 6, Weight: 0.5}, nil,
			nps.Tally{Detractors: 1, DetractorWeight: 0.5, SquaredWeight: 0.25}},
		{"score 11", nps.Response{ID: "d", Score: 11}, nps.ErrScore, nps.Tally{}},
		{"score -1", nps.Response{ID: "e", Score: -1}, nps.ErrScore, nps.Tally{}},
		{"negative weight", nps.Response{ID: "f", Score: 9, Weight: -1}, nps.ErrWeight, nps.Tally{}},
		{"NaN weight", nps.Response{ID: "g", Score: 9, Weight: math.NaN()}, nps.ErrWeight, nps.Tally{}},
		{"infinite weight", nps.Response{ID: "h", Score: 9, Weight: math.Inf(1)}, nps.ErrWeight, nps.Tally{}},
		{"weight above MaxWeight", nps.Response{ID: "i", Score: 9, Weight: 1e10}, nps.ErrWeight, nps.Tally{}},
		{"weight below MinWeight", nps.Response{ID: "j", Score: 9, Weight: 1e-7}, nps.ErrWeight, nps.Tally{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got nps.Tally
			err := got.Add(tt.r)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				assert.Contains(t, err.Error(), `"`+tt.r.ID+`"`, "error names the response")
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTallyAddWeightedRejectsZero(t *testing.T) {
	var tl nps.Tally
	assert.ErrorIs(t, tl.AddWeighted(9, 0), nps.ErrWeight)
	assert.ErrorIs(t, tl.AddScore(12), nps.ErrScore)
	assert.Equal(t, nps.Tally{}, tl)
}

// TestTallyMergeExact checks that shards tallied in parallel and merged
// give exactly the single-pass tally.
func TestTallyMergeExact(t *testing.T) {
	scores := make([]int, 10007)
	for i := range scores {
		scores[i] = (i * 7) % 11
	}
	var whole nps.Tally
	for _, s := range scores {
		require.NoError(t, whole.AddScore(s))
	}
	const shards = 8
	parts := make([]nps.Tally, shards)
	var wg sync.WaitGroup
	for k := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := k; i < len(scores); i += shards {
				_ = parts[k].AddScore(scores[i])
			}
		}()
	}
	wg.Wait()
	var merged nps.Tally
	for k := shards - 1; k >= 0; k-- { // reverse order on purpose
		merged.Merge(parts[k])
	}
	assert.Equal(t, whole, merged)
	assert.Equal(t, int64(len(scores)), merged.N())
	assert.False(t, merged.Weighted())
}

func TestTallyEffectiveN(t *testing.T) {
	tests := []struct {
		name         string
		weights      []float64
		want         float64
		wantWeighted bool
	}{
		// (sum w)^2 / sum w^2 by hand.
		{"unweighted 4", []float64{1, 1, 1, 1}, 4, false},
		{"3 and 1: 16/10", []float64{3, 1}, 1.6, true},
		{"all 2: 64/16", []float64{2, 2, 2, 2}, 4, true},
		{"empty", nil, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tl nps.Tally
			for _, w := range tt.weights {
				require.NoError(t, tl.AddWeighted(10, w))
			}
			assert.InDelta(t, tt.want, tl.EffectiveN(), 1e-12)
			assert.Equal(t, tt.wantWeighted, tl.Weighted())
		})
	}
}

func TestTallyOfStopsAtBadResponse(t *testing.T) {
	rs := []nps.Response{{ID: "ok", Score: 9}, {ID: "bad", Score: 42}}
	_, err := nps.TallyOf(rs)
	require.Error(t, err)
	assert.True(t, errors.Is(err, nps.ErrScore))
	assert.Contains(t, err.Error(), `"bad"`)
	assert.Contains(t, err.Error(), "42")
}

func TestTallyWithout(t *testing.T) {
	var all, group nps.Tally
	for _, s := range []int{10, 9, 8, 3, 0} {
		require.NoError(t, all.AddScore(s))
	}
	for _, s := range []int{9, 0} {
		require.NoError(t, group.AddScore(s))
	}
	rest := all.Without(group)
	// By hand: {10, 9, 8, 3, 0} less {9, 0} leaves {10, 8, 3}: one of each.
	assert.Equal(t, int64(1), rest.Promoters)
	assert.Equal(t, int64(1), rest.Passives)
	assert.Equal(t, int64(1), rest.Detractors)
	assert.Equal(t, 3.0, rest.SquaredWeight)
	assert.Equal(t, nps.Tally{}, all.Without(all), "nothing left is the zero tally")
}
