package sentiment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/sentiment"
)

// Expected compounds come from the documented formula
// compound = (P - N) / (P + N + 1.5) with the valences of data/base.tsv and
// the rule weights of rules.go; each case shows its hand calculation.
func TestAnalyzeCompound(t *testing.T) {
	tests := []struct {
		name string
		text string
		want float64
		lab  sentiment.Label
	}{
		{"one strong word", "Excellent", 3 / 4.5, sentiment.Positive},                          // excellent 3
		{"mild word stays neutral", "ok", 0.5 / 2.0, sentiment.Neutral},                        // ok 0.5; 0.25 < 0.3
		{"negated positive", "not good", -1.2 / 2.7, sentiment.Negative},                       // good 1.6 × -0.75
		{"listed phrase beats negation", "not bad", 1 / 2.5, sentiment.Positive},               // "not bad" +1
		{"intensifier", "very quick", 2.34 / 3.84, sentiment.Positive},                         // quick 1.8 × 1.3
		{"dampener", "slightly slow", -0.75 / 2.25, sentiment.Negative},                        // slow -1.5 × 0.5
		{"contrast", "Good but slow", (1.12 - 1.95) / (1.12 + 1.95 + 1.5), sentiment.Negative}, // good 1.6×0.7, slow -1.5×1.3
		{"contrast across sentences", "Good. But slow.", (1.12 - 1.95) / (1.12 + 1.95 + 1.5), sentiment.Negative},
		// clause "it was slow" ×0.5; main clause works 0.6 and great 2.2 ×1.5
		{"concession", "Although it was slow, it works great", (4.2 - 0.75) / (4.2 + 0.75 + 1.5), sentiment.Positive},
		{"absence phrase", "no signal", -2 / 3.5, sentiment.Negative},                     // "no signal" -2
		{"domain phrase", "the engineer never turned up", -2.6 / 4.1, sentiment.Negative}, // "never turned up" -2.6
		{"absence after negator", "nobody called back", -2 / 3.5, sentiment.Negative},     // absence of "called back" -2
		{"lost apostrophe", "didn\uFFFDt work", -2 / 3.5, sentiment.Negative},             // absence of "work" -2
		{"capitals", "The service was AWFUL", -3.77 / 5.27, sentiment.Negative},           // awful -2.9 × 1.3
		{"all capitals is not shouting", "AWFUL SERVICE", -2.9 / 4.4, sentiment.Negative}, // no ×1.3
		{"exclamation marks", "Great!!!", 3.19 / 4.69, sentiment.Positive},                // great 2.2 × (1 + 3×0.15)
		{"hedge", "Good so far", 1.04 / 2.54, sentiment.Positive},                         // good 1.6 × (1 - 0.35)
		{"negated intensified", "Not very quick", -1.755 / 3.255, sentiment.Negative},     // quick 1.8 × -0.75 × 1.3
		{"emoji", "Thanks 🙂", 2.4 / 3.9, sentiment.Positive},                              // thanks 1.2 + 🙂 1.2
		{"emoticon", "fine :(", (0.6 - 1.8) / (0.6 + 1.8 + 1.5), sentiment.Negative},      // fine 0.6, :( -1.8
		{"no problems", "No problems at all", 1.8 / 3.3, sentiment.Positive},              // "no problems" 1.8
		{"plural fallback", "delays", -1.7 / 3.2, sentiment.Negative},                     // listed as "delays" -1.7
		{"plural of unlisted plural", "hassles galore", -1.8 / 3.3, sentiment.Negative},   // "hassles" -1.8
		{"empty", "", 0, sentiment.Neutral},
		{"no sentiment words", "I moved house in March", 0, sentiment.Neutral},
	}
	a := sentiment.New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := a.Analyze(tc.text)
			assert.InDelta(t, tc.want, r.Compound, 1e-9)
			assert.Equal(t, tc.lab, r.Label)
			c, l := a.Score(tc.text)
			assert.InDelta(t, r.Compound, c, 1e-12, "Score agrees with Analyze")
			assert.Equal(t, r.Label, l)
		})
	}
}

func TestAnalyzeEvidence(t *testing.T) {
	text := "Great service. The router broke!"
	r := sentiment.New().Analyze(text)
	require.Len(t, r.Evidence, 2)
	assert.Equal(t, sentiment.Evidence{Text: "Great service", Start: 0, End: 13, Valence: 2.5, Contribution: 2.5}, r.Evidence[0])
	// broke -1.8, sentence with one "!" × 1.15
	assert.Equal(t, "broke", r.Evidence[1].Text)
	assert.Equal(t, [2]int{26, 31}, [2]int{r.Evidence[1].Start, r.Evidence[1].End})
	assert.InDelta(t, -2.07, r.Evidence[1].Contribution, 1e-9)
	assert.Equal(t, sentiment.Exclaimed, r.Evidence[1].Rules)
	require.Len(t, r.Sentences, 2)
	assert.Equal(t, [2]int{0, 14}, [2]int{r.Sentences[0].Start, r.Sentences[0].End})
	assert.InDelta(t, 2.5/4.0, r.Sentences[0].Compound, 1e-9)    // 2.5 / (2.5 + 1.5)
	assert.InDelta(t, -2.07/3.57, r.Sentences[1].Compound, 1e-9) // -2.07 / (2.07 + 1.5)
	assert.Equal(t, sentiment.Negative, r.Sentences[1].Label)
	assert.InDelta(t, (2.5-2.07)/(2.5+2.07+1.5), r.Compound, 1e-9)
	assert.Equal(t, sentiment.Neutral, r.Label) // 0.071 is inside (-0.1, 0.3)
}

func TestRulesString(t *testing.T) {
	tests := []struct {
		name string
		r    sentiment.Rules
		want string
	}{
		{"none", 0, ""},
		{"one", sentiment.Negated, "negated"},
		{"several in order", sentiment.Shouted | sentiment.Negated | sentiment.Learned, "negated+shouted+learned"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, tc.r.String()) })
	}
}

func TestOptionsPanicOnMisuse(t *testing.T) {
	assert.PanicsWithValue(t, "sentiment: WithLexicon(nil)", func() { sentiment.WithLexicon(nil) })
	assert.Panics(t, func() { sentiment.WithThresholds(sentiment.Thresholds{Positive: -0.2, Negative: 0.1}) })
	assert.Panics(t, func() { sentiment.WithNegationScope(0) })
}

func TestNegationScope(t *testing.T) {
	// "not" reaches 3 tokens by default: "not at all helpful" has helpful 3rd.
	assert.Less(t, sentiment.New().Analyze("not at all helpful").Compound, 0.0)
	// With a scope of 1 only "at" is negated and helpful (2) counts as written: 2/3.5.
	assert.InDelta(t, 2/3.5, sentiment.New(sentiment.WithNegationScope(1)).Analyze("not at all helpful").Compound, 1e-9)
}

func TestAnalyzerConcurrentUse(t *testing.T) {
	a := sentiment.New()
	texts := []string{"Good but slow", "no signal for weeks!", "Excellent 👍", "ok"}
	want := make([]sentiment.Result, len(texts))
	for i, s := range texts {
		want[i] = a.Analyze(s)
	}
	done := make(chan [2]int, 8)
	for g := 0; g < 8; g++ {
		go func(g int) {
			bad := 0
			for i := 0; i < 200; i++ {
				k := (i + g) % len(texts)
				if r := a.Analyze(texts[k]); r.Compound != want[k].Compound || len(r.Evidence) != len(want[k].Evidence) {
					bad++
				}
			}
			done <- [2]int{g, bad}
		}(g)
	}
	for g := 0; g < 8; g++ {
		r := <-done
		assert.Zero(t, r[1], "goroutine %d got different results", r[0])
	}
}
