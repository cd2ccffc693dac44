package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Expected labels are what a person reading the comments would write; the
// scores behind them follow Label's documented formula. For "hold times"
// with weights by rank (hold 1, minute 1/2, time 1/3): "hold" occurs in 3
// comments, score 3·1 = 3; "hold times" in 2, score 2·(1 + 1/3)·1.25 =
// 3.33, so the two-word phrase wins.
func TestLabel(t *testing.T) {
	tests := []struct {
		name     string
		comments []string
		top      []LabelTerm
		want     string
	}{
		{"installation date",
			[]string{"The engineer didn't turn up on the installation date.", "Installation date was moved twice", "they changed my installation date without telling me", "engineer never came"},
			[]LabelTerm{{Key: "instal", Display: "installation"}, {Key: "date", Display: "date"}, {Key: "engin", Display: "engineer"}},
			"installation date"},
		{"hold times",
			[]string{"I was kept on hold for 45 minutes", "long hold times", "hold times are awful, 40 minutes on hold"},
			[]LabelTerm{{Key: "hold"}, {Key: "minut"}, {Key: "time"}},
			"hold times"},
		{"rude agent, tagged as a verb",
			[]string{"rude agent on the phone", "the agent was rude", "very rude agents"},
			[]LabelTerm{{Key: "rude", Weight: 2}, {Key: "agent", Weight: 1}},
			"rude agent"},
		{"fallback without a noun phrase",
			[]string{"!!!", "..."},
			[]LabelTerm{{Key: "slow", Display: "slow"}, {Key: "fast", Display: "fast"}, {Key: "cheap"}, {Key: "dear"}},
			"slow, fast, cheap"},
		{"no top terms", []string{"broadband"}, nil, ""},
	}
	l := NewLabeler(mustAnalyzer(t))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, l.Label(tc.comments, tc.top))
		})
	}
}

// A phrase among the top terms is a candidate even though it is not a
// noun phrase. "on hold": weight 0.9 + 1 (hold; "on" is a stop word, not
// missing) in 3 comments, ×1.25 for two words = 7.1; "hold" alone: 1 × 3
// = 3.
func TestLabelPhraseTerm(t *testing.T) {
	p, err := NewPhrases([]Phrase{{Key: "on hold"}})
	require.NoError(t, err)
	l := NewLabeler(mustAnalyzer(t, WithPhrases(p)))
	comments := []string{"kept on hold for ages", "On hold again.", "on hold, then cut off"}
	assert.Equal(t, "on hold", l.Label(comments, []LabelTerm{{Key: "hold", Weight: 1}, {Key: "on hold", Weight: 0.9}}))
}

// Other languages have no tagger: a phrase among the top terms names the
// theme, or else the top display terms do.
func TestLabelOtherLanguage(t *testing.T) {
	a := mustAnalyzer(t, WithLanguage(Spanish))
	top := []LabelTerm{{Key: "instal", Display: "instalación"}, {Key: "fech", Display: "fecha"}}
	assert.Equal(t, "instalación, fecha", NewLabeler(a).Label([]string{"la fecha de instalación"}, top))
	p, err := NewPhrases([]Phrase{{Key: a.Key("fecha de instalación")}})
	require.NoError(t, err)
	top = append(top, LabelTerm{Key: a.Key("fecha de instalación"), Weight: 0})
	assert.Equal(t, "fecha de instalación", NewLabeler(a.UsingPhrases(p)).Label([]string{"La fecha de instalación cambió"}, top))
}

func TestClip(t *testing.T) {
	assert.Equal(t, "ab", clip("abc", 2))
	assert.Equal(t, "a", clip("aé", 2), "never cut inside a rune")
	assert.Equal(t, "aé", clip("aé", 5))
}

// The part-of-speech model is built once per process, whatever the number
// of Labelers and calls.
func TestSharedTagModelOnce(t *testing.T) {
	m1, err := sharedTagModel()
	require.NoError(t, err)
	NewLabeler(mustAnalyzer(t)).Label([]string{"slow broadband"}, []LabelTerm{{Key: "broadband"}})
	m2, err := sharedTagModel()
	require.NoError(t, err)
	assert.Same(t, m1, m2)
}

// BenchmarkLabel labels a theme from five comments; with one shared
// model a label costs well under a millisecond, not a model load.
func BenchmarkLabel(b *testing.B) {
	a, err := NewAnalyzer()
	require.NoError(b, err)
	l := NewLabeler(a)
	comments := []string{"The engineer didn't turn up on the installation date.", "Installation date was moved twice",
		"they changed my installation date without telling me", "engineer never came", "still waiting for an installation date"}
	top := []LabelTerm{{Key: "instal"}, {Key: "date"}, {Key: "engin"}}
	l.Label(comments, top) // load the model outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Label(comments, top)
	}
}
