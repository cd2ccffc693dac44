package themes

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Hand calculation for k=10, a=20, b=15, n=100: cells 10, 10, 5, 75 with
// expected 3, 17, 12, 68; G² = 2[10 ln(10/3) + 10 ln(10/17) + 5 ln(5/12)
// + 75 ln(75/68)] = 19.4093; ratio = 10·100/(20·15) = 3.3333. With k=3 the
// counts equal their expectation (20·15/100), so G² = 0.
func TestLogLikelihood(t *testing.T) {
	tests := []struct {
		name       string
		k, a, b, n float64
		g2, ratio  float64
	}{
		{"associated", 10, 20, 15, 100, 19.409265, 10.0 / 3},
		{"independent", 3, 20, 15, 100, 0, 1},
		{"empty table", 0, 0, 0, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g2, r := logLikelihood(tc.k, tc.a, tc.b, tc.n)
			assert.InDelta(t, tc.g2, g2, 1e-5)
			assert.InDelta(t, tc.ratio, r, 1e-9)
		})
	}
}

func countPhrases(a *Analyzer, comments []string) *PhraseCounter {
	pc := NewPhraseCounter(a)
	for _, c := range comments {
		pc.Add(c)
	}
	return pc
}

// Pairs by hand: 5 pair positions ("on hold" ×3, "on time", "hold
// music"); "on" starts 4, "hold" ends 3; G² for k=3, a=4, b=3, n=5 is
// 2[3 ln(3/2.4) + ln(1/1.6) + ln(1/0.4)] = 2.231436, ratio 3·5/12 = 1.25.
func TestPhraseCounterPair(t *testing.T) {
	a := mustAnalyzer(t)
	pc := countPhrases(a, []string{"on hold", "on hold", "On hold!", "on time", "hold music"})
	got := pc.Phrases(PhraseMinScore(0), PhraseMinRatio(0)).List()
	require.Len(t, got, 1)
	assert.Equal(t, "on hold", got[0].Key)
	assert.Equal(t, "on hold", got[0].Display)
	assert.Equal(t, 3, got[0].Count)
	assert.InDelta(t, 2.231436, got[0].Score, 1e-6)
	assert.InDelta(t, 1.25, got[0].Ratio, 1e-9)
}

// Triples by hand: 4 triple positions ("waste of time" ×2, "waste of
// money", "time of day"). Split (waste of | time): k=2, "waste of" starts
// 3, "time" ends 2: cells 2, 1, 0, 1, expected 1.5, 1.5, 0.5, 0.5, so G² =
// 2[2 ln(4/3) + ln(2/3) + ln 2] = 1.726092, ratio 2·4/(3·2). The split
// (waste | of time) has the same table. No pair is a candidate: "waste of"
// ends and "of time" starts with a stop word that is not a particle.
func TestPhraseCounterTriple(t *testing.T) {
	a := mustAnalyzer(t)
	pc := countPhrases(a, []string{"waste of time", "Waste of time.", "waste of money", "time of day"})
	got := pc.Phrases(PhraseMinCount(2), PhraseMinScore(0), PhraseMinRatio(0)).List()
	require.Len(t, got, 1)
	assert.Equal(t, Phrase{Key: "wast of time", Display: "waste of time", Words: 3, Count: 2, Score: got[0].Score, Ratio: got[0].Ratio}, got[0])
	assert.InDelta(t, 1.726092, got[0].Score, 1e-6)
	assert.InDelta(t, 4.0/3, got[0].Ratio, 1e-9)
}

// Candidate rules from the package documentation, on sentences where
// every pair occurs twice (min count 2, no score threshold).
func TestPhraseCandidates(t *testing.T) {
	tests := []struct {
		name    string
		comment string
		want    []string
	}{
		{"content words", "slow broadband", []string{"slow broadband"}},
		{"particle first", "on hold", []string{"on hold"}},
		{"particle last", "set up", []string{"set up"}},
		{"negator first", "no signal", []string{"no signal"}},
		{"determiner first is not a phrase", "the router", nil},
		{"stop word last is not a phrase", "router was", nil},
		{"linker inside a triple", "lack of communication", []string{"lack of communic"}},
		{"verb inside a triple is not", "order was cancelled", nil},
		{"punctuation splits", "slow, broadband", nil},
		{"symbols split", "price & speed", nil},
	}
	a := mustAnalyzer(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pc := countPhrases(a, []string{tc.comment, tc.comment})
			var keys []string
			for _, p := range pc.Phrases(PhraseMinCount(2), PhraseMinScore(0), PhraseMinRatio(0)).List() {
				keys = append(keys, p.Key)
			}
			assert.Equal(t, tc.want, keys)
		})
	}
}

func TestPhraseCounterMerge(t *testing.T) {
	a := mustAnalyzer(t)
	comments := []string{
		"Customer service kept me on hold for an hour", "customer service was rude",
		"on hold again, customer service useless", "the installation date moved",
		"installation date missed twice", "Customer Service never called back",
		"waste of time", "a waste of time and money", "still on hold", "installation date was wrong",
	}
	whole := countPhrases(a, comments)
	left, right := countPhrases(a, comments[:4]), countPhrases(a, comments[4:])
	left.Merge(right)
	opts := []PhraseOption{PhraseMinCount(2), PhraseMinScore(1)}
	assert.Equal(t, whole.Phrases(opts...).List(), left.Phrases(opts...).List())
	assert.NotEmpty(t, whole.Phrases(opts...).List())
}

func TestNewPhrasesErrors(t *testing.T) {
	tests := []struct {
		name string
		list []Phrase
		msg  string
	}{
		{"one word", []Phrase{{Key: "hold"}}, `phrase 1: key "hold"`},
		{"four words", []Phrase{{Key: "a b c d"}}, `key "a b c d"`},
		{"double space", []Phrase{{Key: "on  hold"}}, `key "on  hold"`},
		{"duplicate", []Phrase{{Key: "on hold"}, {Key: "on hold"}}, "phrase 2: key \"on hold\" repeats phrase 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewPhrases(tc.list)
			require.ErrorIs(t, err, ErrBadPhrase)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
}

func TestPhrasesJSON(t *testing.T) {
	p, err := NewPhrases([]Phrase{{Key: "custom servic", Display: "customer service", Count: 4, Score: 12.5, Ratio: 3}, {Key: "on hold"}})
	require.NoError(t, err)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var q Phrases
	require.NoError(t, json.Unmarshal(b, &q))
	assert.Equal(t, p.List(), q.List())
	got, ok := q.Lookup("on hold")
	require.True(t, ok)
	assert.Equal(t, Phrase{Key: "on hold", Display: "on hold", Words: 2}, got)
	require.ErrorIs(t, json.Unmarshal([]byte(`[{"key":"x"}]`), &q), ErrBadPhrase)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"key":"on hold"}`), &q), ErrBadPhrase) // an object, not a list
	var none *Phrases
	assert.Equal(t, 0, none.Len())
}

func TestAnalyzerPhrases(t *testing.T) {
	p, err := NewPhrases([]Phrase{{Key: "custom servic"}, {Key: "on hold"}, {Key: "wast of time"}})
	require.NoError(t, err)
	comment := "Customer service kept me on hold, a waste of time"
	tests := []struct {
		name    string
		mode    PhraseMode
		comment string
		want    []term
	}{
		{"phrases and words", PhraseAndWords, comment, []term{
			{"custom servic", "Customer service", false}, {"custom", "Customer", false}, {"servic", "service", false},
			{"kept", "kept", false}, {"on hold", "on hold", false}, {"hold", "hold", false},
			{"wast of time", "waste of time", false}, {"wast", "waste", false}, {"time", "time", false}}},
		{"phrases only", PhraseOnly, comment, []term{
			{"custom servic", "Customer service", false}, {"kept", "kept", false},
			{"on hold", "on hold", false}, {"wast of time", "waste of time", false}}},
		{"negated phrase", PhraseOnly, "never received customer service", []term{
			{"receiv", "received", true}, {"custom servic", "customer service", true}}},
		{"not across a full stop", PhraseOnly, "customer. service", []term{
			{"custom", "customer", false}, {"servic", "service", false}}},
		{"not across a symbol", PhraseOnly, "customer / service", []term{
			{"custom", "customer", false}, {"servic", "service", false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustAnalyzer(t, WithPhrases(p), WithPhraseMode(tc.mode))
			assert.Equal(t, tc.want, view(tc.comment, a.Terms(tc.comment)))
		})
	}
}

// "well" (a stop word) and "wells" share the stem "well": the pair "fit
// well" is a candidate only when most of its occurrences are, and it is
// displayed only in candidate forms.
func TestPhraseStemShared(t *testing.T) {
	a := mustAnalyzer(t)
	opts := []PhraseOption{PhraseMinScore(0), PhraseMinRatio(0)}
	mostlyStop := countPhrases(a, []string{"fits well", "fits well", "fits well", "fit wells"})
	assert.Equal(t, 0, mostlyStop.Phrases(opts...).Len())
	mostlyContent := countPhrases(a, []string{"fit wells", "fit wells", "fits wells", "fits well"})
	got, ok := mostlyContent.Phrases(opts...).Lookup("fit well")
	assert.True(t, ok)
	assert.Equal(t, "fit wells", got.Display)
	assert.Equal(t, 4, got.Count)
}
