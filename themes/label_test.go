package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Scores follow LabelThemes: cov · ln(1 + 1/Σcov) · √cov · readability,
// cov the share of a group's comments containing the candidate. With one
// group Σcov = cov. Readability: 1 for a noun, 1.5 for a two-word noun
// phrase, 0.25 for a generic word alone, 0.75 for a candidate never
// tagged, 0.4 for a fragment, ×0.8 for a stop word at an edge.
func TestLabel(t *testing.T) {
	tests := []struct {
		name     string
		comments []string
		top      []LabelTerm
		want     string
	}{
		// "installation date" is in 3 of 4 comments: 0.75·ln(1+1/0.75)·
		// √0.75·1.5 = 0.826; "installation" alone 0.551; "engineer" (2 of
		// 4) 0.5·ln 3·√0.5 = 0.388.
		{"two-word noun phrase",
			[]string{"The engineer didn't turn up on the installation date.", "Installation date was moved twice", "they changed my installation date without telling me", "engineer never came"},
			[]LabelTerm{{Key: "instal", Display: "installation"}, {Key: "date", Display: "date"}, {Key: "engin", Display: "engineer"}},
			"installation date"},
		// "time" is in all 4 comments but generic: 1·ln 2·1·0.25 = 0.173;
		// "hold" in 2 of 4 as a noun: 0.5·ln 3·√0.5 = 0.388.
		{"a generic word alone loses",
			[]string{"on hold for a long time", "time wasted on hold", "it took time", "no time to call"},
			nil,
			"hold"},
		// "great" is in every comment but only appraises: never a label.
		{"appraisal is never a label",
			[]string{"great router", "great router, great price", "great"},
			nil,
			"router"},
		// The written form is the most frequent one: "hold times" twice,
		// "hold time" once, one key "hold time".
		{"most frequent written form",
			[]string{"long hold times", "hold times are awful", "the hold time"},
			nil,
			"hold times"},
		// Nothing to tag or count: the top display terms.
		{"fallback without a candidate",
			[]string{"!!!", "..."},
			[]LabelTerm{{Key: "slow", Display: "slow"}, {Key: "fast", Display: "fast"}, {Key: "cheap"}, {Key: "dear"}},
			"slow, fast, cheap"},
		// A comment alone still yields its noun.
		{"no top terms", []string{"broadband"}, nil, "broadband"},
		{"nothing at all", nil, nil, ""},
	}
	l := NewLabeler(mustAnalyzer(t))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, l.Label(tc.comments, tc.top))
		})
	}
}

// A known phrase from a preposition to a noun reads as a label: "on hold"
// (3 of 3 comments, readability 0.75·1.5 = 1.125) beats "hold" (3 of 3,
// a noun, 1).
func TestLabelPhraseTerm(t *testing.T) {
	p, err := NewPhrases([]Phrase{{Key: "on hold"}})
	require.NoError(t, err)
	l := NewLabeler(mustAnalyzer(t, WithPhrases(p)))
	comments := []string{"kept on hold for ages", "On hold again.", "on hold, then cut off"}
	assert.Equal(t, "on hold", l.Label(comments, []LabelTerm{{Key: "hold", Weight: 1}, {Key: "on hold", Weight: 0.9}}))
}

// Other languages have no tagger: every candidate is untagged (0.75), so
// a known phrase (×1.5) beats its words, and equal scores go to the
// better-ranked top term.
func TestLabelOtherLanguage(t *testing.T) {
	a := mustAnalyzer(t, WithLanguage(Spanish))
	top := []LabelTerm{{Key: "instal", Display: "instalación"}, {Key: "fech", Display: "fecha"}}
	assert.Equal(t, "instalación", NewLabeler(a).Label([]string{"la fecha de instalación"}, top))
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
