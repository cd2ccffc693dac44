package themes

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// learnOneFeature is eight examples and one feature that fires (value 1)
// in the first four.
func learnOneFeature() *learnFeats {
	return &learnFeats{
		defs: []Cue{{Kind: CueWord, Text: "slow", Weight: 1}}, canon: []string{"word: slow"},
		n: 8, start: []int{0, 4}, rows: []int32{0, 1, 2, 3}, vals: []float64{1, 1, 1, 1},
	}
}

// TestLearnSolver checks fitted weights against the closed form: with one
// binary feature and an intercept, the unpenalised maximum-likelihood
// logistic model reproduces the observed log-odds in each of the two
// cells. Cell "fires" has 3 positives of 4 (log-odds ln 3), cell "does
// not fire" 1 of 4 (ln 1/3), so b = -ln 3 = -1.0986 and the feature's
// weight is ln 3 - ln(1/3) = 2 ln 3 = 2.1972. Reversed (1 of 4 when it
// fires, 3 of 4 when not) the unconstrained weight would be -2.1972;
// weights are kept >= 0, so it is 0 and b is the overall log-odds,
// ln(4/4) = 0. A band factor of 2 on every example halves the weight
// (ln 3 = 1.0986). With the feature as the cause's own base cue (base
// weight 1, base score column equal to the feature), the unpenalised
// scale a carries the whole weight even under a strong penalty on the
// change d, so a + d is again 2 ln 3.
func TestLearnSolver(t *testing.T) {
	ln3 := math.Log(3)
	ones := []float64{1, 1, 1, 1, 1, 1, 1, 1}
	twos := []float64{2, 2, 2, 2, 2, 2, 2, 2}
	feats := learnOneFeature()
	rows, vals := feats.col(0)
	prior := learnColumn{rows: rows, vals: vals}
	cases := []struct {
		name    string
		y, f    []float64
		lambda  float64
		w0      []float64
		base    learnColumn
		wantW   float64
		wantB   float64
		wantTol float64
	}{
		{"positive association", []float64{1, 1, 1, 0, 1, 0, 0, 0}, ones, 1e-9, nil, learnColumn{}, 2 * ln3, -ln3, 1e-3},
		{"negative association clamped at 0", []float64{1, 0, 0, 0, 1, 1, 1, 0}, ones, 1e-9, nil, learnColumn{}, 0, 0, 1e-6},
		{"band factor 2 halves the weight", []float64{1, 1, 1, 0, 1, 0, 0, 0}, twos, 1e-9, nil, learnColumn{}, ln3, -ln3, 1e-3},
		{"base weight scaled, change penalised", []float64{1, 1, 1, 0, 1, 0, 0, 0}, ones, 10, []float64{1}, prior, 2 * ln3, -ln3, 1e-3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sv := newLearnSolver(feats, tc.y, tc.f, ones, tc.w0, tc.base)
			sv.setPenalty(tc.lambda, 0.5)
			sv.solve()
			require.Less(t, sv.sweeps, learnMaxSweeps, "converged")
			assert.InDelta(t, tc.wantW, sv.weights()[0], tc.wantTol)
			assert.InDelta(t, tc.wantB, sv.b, tc.wantTol)
		})
	}
}

// TestLearnFitCues checks the mapping from a fitted model to cues: the
// weights are divided by T = logit(cut) - b, so that the score reaches 1
// exactly when the probability reaches the cut, and rounded to three
// decimals. b = -1, cut 0.5: T = 0 + 1 = 1, weights 2 and 0.5 unchanged.
// cut 0.75: T = ln 3 + 1 = 2.0986, weights 2/2.0986 = 0.953 and
// 0.5/2.0986 = 0.238. b = 1, cut 0.5: T = -1 <= 0, so T is the smallest
// weight 0.5 and the weights become 4 and 1. The zero weight gives no cue;
// "waited" is the cause's own cue "waiting" (same stem) and keeps its text.
func TestLearnFitCues(t *testing.T) {
	feats := &learnFeats{defs: []Cue{
		{Kind: CueWord, Text: "slow", Weight: 1},
		{Kind: CueWord, Text: "rude", Weight: 1},
		{Kind: CueWord, Text: "waited", Weight: 1},
	}}
	for _, c := range feats.defs {
		canon, err := cueCheck(c)
		require.NoError(t, err)
		feats.canon = append(feats.canon, canon)
	}
	own := []Cue{{Kind: CueWord, Text: "waiting", Weight: 1.5}}
	cases := []struct {
		name string
		b    float64
		cut  float64
		want []Cue
	}{
		{"cut 0.5", -1, 0.5, []Cue{{CueWord, "slow", 2}, {CueWord, "waiting", 0.5}}},
		{"cut 0.75", -1, 0.75, []Cue{{CueWord, "slow", 0.953}, {CueWord, "waiting", 0.238}}},
		{"predicted without evidence", 1, 0.5, []Cue{{CueWord, "slow", 4}, {CueWord, "waiting", 1}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fit := learnFit{w: []float64{2, 0, 0.5}, b: tc.b, cut: tc.cut}
			assert.Equal(t, tc.want, fit.cues(feats, own))
		})
	}
}

// TestLearnFoldsOf checks the stratified folds: positives and negatives
// are each dealt round-robin in example order.
func TestLearnFoldsOf(t *testing.T) {
	y := []float64{1, 0, 0, 1, 0, 1, 0, 0}
	// positives at 0, 3, 5 -> folds 0, 1, 2; negatives at 1, 2, 4, 6, 7 -> 0, 1, 2, 0, 1
	assert.Equal(t, []int{0, 0, 1, 1, 2, 2, 0, 1}, learnFoldsOf(y, 3))
}

// TestLearnCandidates checks the candidate words and phrases: "fee" is in
// three comments (the form "fees" twice, "fee" once: written "fees");
// "hidden fee" in two, under the frequency 3; "the" and "a" are stop
// words; "don't" arrives with its apostrophe lost as U+FFFD and is joined
// back, but as a negator it is a stop word on its own while "don't like"
// (three comments) is a phrase; "5" is a number, never a candidate.
func TestLearnCandidates(t *testing.T) {
	examples := []CauseExample{
		{Comment: "hidden fees, I don\uFFFDt like 5 of them"},
		{Comment: "the hidden fees again"},
		{Comment: "a fee. don't like it"},
		{Comment: "I don't like 5"},
	}
	assert.Equal(t, []Cue{
		{Kind: CuePhrase, Text: "don't like", Weight: 1},
		{Kind: CueWord, Text: "fees", Weight: 1},
		{Kind: CueWord, Text: "like", Weight: 1},
	}, learnCandidates(examples, 3))
}
