package sentiment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/sentiment"
)

func TestMismatch(t *testing.T) {
	tests := []struct {
		name  string
		score int
		text  string
		want  sentiment.Mismatch
	}{
		// "never turned up" -2.6: -2.6/4.1 = -0.63 <= -0.5
		{"promoter who complains", 10, "The engineer never turned up", sentiment.PromoterNegative},
		// excellent service 3: 3/4.5 = 0.67 >= 0.5
		{"detractor who praises", 0, "Excellent service", sentiment.DetractorPositive},
		// slow -1.5: -1.5/3 = -0.5, exactly on the threshold
		{"promoter at the threshold", 9, "slow", sentiment.PromoterNegative},
		// good 1.6×0.7 - slow 1.5×1.3: -0.18, not clear enough
		{"mixed comment", 9, "Good but slow", sentiment.NoMismatch},
		{"passive never flagged", 7, "Terrible", sentiment.NoMismatch},
		{"agreeing promoter", 10, "Brilliant", sentiment.NoMismatch},
		{"score 6 is a detractor", 6, "Brilliant", sentiment.DetractorPositive},
	}
	a := sentiment.New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, r, err := a.Mismatch(tc.score, tc.text)
			require.NoError(t, err)
			assert.Equal(t, tc.want, m, "compound %.3f", r.Compound)
			// The bulk path, Score then MismatchOf, decides the same.
			c, _ := a.Score(tc.text)
			m2, err := sentiment.MismatchOf(tc.score, c)
			require.NoError(t, err)
			assert.Equal(t, tc.want, m2)
		})
	}
	_, _, err := a.Mismatch(11, "fine")
	assert.ErrorIs(t, err, sentiment.ErrScore)
	_, err = sentiment.MismatchOf(-1, 0)
	assert.ErrorIs(t, err, sentiment.ErrScore)
	assert.Equal(t, "promoter-negative", sentiment.PromoterNegative.String())
	assert.Equal(t, "none", sentiment.NoMismatch.String())
}

func TestWeakLabel(t *testing.T) {
	tests := []struct {
		score int
		want  sentiment.Label
	}{{0, sentiment.Negative}, {6, sentiment.Negative}, {7, sentiment.Neutral}, {8, sentiment.Neutral}, {9, sentiment.Positive}, {10, sentiment.Positive}}
	for _, tc := range tests {
		t.Run(tc.want.String(), func(t *testing.T) {
			l, err := sentiment.WeakLabel(tc.score)
			require.NoError(t, err)
			assert.Equal(t, tc.want, l)
		})
	}
	_, err := sentiment.WeakLabel(-1)
	assert.EqualError(t, err, "sentiment: score -1: score must be an integer from 0 to 10")
}

func TestConfusion(t *testing.T) {
	var c sentiment.Confusion
	// gold neg: 2 right, 1 called neu; gold neu: 1 right; gold pos: 1 right, 1 called neg
	c.Add(sentiment.Negative, sentiment.Negative)
	c.Add(sentiment.Negative, sentiment.Negative)
	c.Add(sentiment.Negative, sentiment.Neutral)
	c.Add(sentiment.Neutral, sentiment.Neutral)
	c.Add(sentiment.Positive, sentiment.Positive)
	c.Add(sentiment.Positive, sentiment.Negative)
	assert.Equal(t, 6, c.Total())
	assert.InDelta(t, 4.0/6, c.Accuracy(), 1e-12)
	// neg: P = 2/3, R = 2/3, F1 = 2/3; neu: P = 1/2, R = 1, F1 = 2/3;
	// pos: P = 1, R = 1/2, F1 = 2/3; macro = 2/3
	assert.InDelta(t, 2.0/3, c.F1(sentiment.Negative), 1e-12)
	assert.InDelta(t, 2.0/3, c.F1(sentiment.Neutral), 1e-12)
	assert.InDelta(t, 2.0/3, c.MacroF1(), 1e-12)
	var empty sentiment.Confusion
	assert.Equal(t, 0.0, empty.Accuracy())
	assert.Equal(t, 0.0, empty.MacroF1())
}
