package themes

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// term is a compact view of a Term for table tests: key, the text its
// offsets select, negation.
type term struct {
	key, text string
	neg       bool
}

func view(comment string, terms []Term) []term {
	out := make([]term, len(terms))
	for i, t := range terms {
		out[i] = term{t.Key, comment[t.Start:t.End], t.Negated}
	}
	return out
}

func mustAnalyzer(t testing.TB, opts ...AnalyzerOption) *Analyzer {
	t.Helper()
	a, err := NewAnalyzer(opts...)
	require.NoError(t, err)
	return a
}

// Stems are the snowball reference outputs listed in the stemmer's own
// vocabulary tests (github.com/kljensen/snowball english_vocab,
// french_vocab): engineer→engin, installation→instal (from "installed"),
// problems→problem, minutes→minut, faite→fait, installation→install (fr).
// Stop words and negation follow the package documentation.
func TestAnalyzerTerms(t *testing.T) {
	tests := []struct {
		name    string
		opts    []AnalyzerOption
		comment string
		want    []term
	}{
		{"stop words dropped, negation after didn't", nil,
			"The engineer didn't turn up on the installation date.",
			[]term{{"engin", "engineer", false}, {"turn", "turn", true}, {"instal", "installation", false}, {"date", "date", false}}},
		{"punctuation ends negation", nil, "Not fast, cheap",
			[]term{{"fast", "fast", true}, {"cheap", "cheap", false}}},
		{"contrast word ends negation", nil, "not fast but cheap",
			[]term{{"fast", "fast", true}, {"cheap", "cheap", false}}},
		{"scope of three words", nil, "never had any problems with the router",
			[]term{{"problem", "problems", true}, {"router", "router", false}}},
		{"curly apostrophe and capitals", nil, "DIDN’T Work",
			[]term{{"work", "Work", true}}},
		{"possessive", nil, "the engineer's van",
			[]term{{"engin", "engineer's", false}, {"van", "van", false}}},
		{"non-words kept out by default", nil, "Paid £30, see www.x.com @bt #fail 😡 45 minutes",
			[]term{{"paid", "Paid", false}, {"see", "see", false}, {"minut", "minutes", false}}},
		{"survey filler dropped", nil, "Would recommend the company to friends and family because of the price",
			[]term{{"price", "price", false}}},
		{"service is a theme word", nil, "poor service",
			[]term{{"poor", "poor", false}, {"servic", "service", false}}},
		{"single letters too short", nil, "x box",
			[]term{{"box", "box", false}}},
		{"invalid utf-8 separates words", nil, "slow\xffrouter",
			[]term{{"slow", "slow", false}, {"router", "router", false}}},
		{"empty", nil, "", []term{}},
		{"keep numbers and tags", []AnalyzerOption{WithKeep(KeepNumbers | KeepHashtags)}, "45 minutes #Fail",
			[]term{{"45", "45", false}, {"minut", "minutes", false}, {"#fail", "#Fail", false}}},
		{"keep all", []AnalyzerOption{WithKeep(KeepAll)}, "£30 😡 a@b.co",
			[]term{{"£30", "£30", false}, {"😡", "😡", false}, {"a@b.co", "a@b.co", false}}},
		{"replaced stop words", []AnalyzerOption{WithStopWords("Router")}, "the router",
			[]term{{"the", "the", false}}},
		{"extra stop words", []AnalyzerOption{WithExtraStopWords("Acme")}, "acme router",
			[]term{{"router", "router", false}}},
		{"stop word removed", []AnalyzerOption{WithoutStopWords("recommend")}, "recommend",
			[]term{{"recommend", "recommend", false}}},
		{"min length one", []AnalyzerOption{WithMinLength(1)}, "x box",
			[]term{{"x", "x", false}, {"box", "box", false}}},
		{"min length counts letters not bytes", []AnalyzerOption{WithMinLength(3)}, "été tv",
			[]term{{"été", "été", false}}},
		{"negation off", []AnalyzerOption{WithNegationScope(0)}, "not fast",
			[]term{{"fast", "fast", false}}},
		{"french elision and ne", []AnalyzerOption{WithLanguage(French)}, "L'installation n'est pas faite",
			[]term{{"install", "installation", false}, {"fait", "faite", true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustAnalyzer(t, tc.opts...)
			assert.Equal(t, tc.want, view(tc.comment, a.Terms(tc.comment)))
		})
	}
}

// Offsets by hand: "The engineer" puts "engineer" at bytes 4-12; in
// "£30 ok" the pound sign is two bytes, so "£30" is 0-4.
func TestAnalyzerOffsets(t *testing.T) {
	a := mustAnalyzer(t, WithKeep(KeepAmounts))
	got := a.Terms("The engineer")
	require.Len(t, got, 1)
	assert.Equal(t, Term{Key: "engin", Start: 4, End: 12, Kind: TermWord}, got[0])
	got = a.Terms("£30 ok")
	require.Len(t, got, 2)
	assert.Equal(t, Term{Key: "£30", Start: 0, End: 4, Kind: TermAmount}, got[0])
}

// Stems from the snowball vocabulary tests of each language
// (github.com/kljensen/snowball *_vocab/vocab_test.go and
// hungarian/stem_test.go).
func TestAnalyzerLanguages(t *testing.T) {
	tests := []struct {
		lang       Language
		word, stem string
	}{
		{English, "waiting", "wait"},
		{Spanish, "instalación", "instal"},
		{French, "installation", "install"},
		{Russian, "ожиданием", "ожидан"},
		{Swedish, "installerad", "installer"},
		{Norwegian, "installeres", "installer"},
		{Hungarian, "bankszámlára", "bankszáml"},
	}
	for _, tc := range tests {
		t.Run(tc.lang.String(), func(t *testing.T) {
			a := mustAnalyzer(t, WithLanguage(tc.lang))
			assert.Equal(t, []term{{tc.stem, tc.word, false}}, view(tc.word, a.Terms(tc.word)))
		})
	}
}

// Negators of each language, from the lists in stop_lists.go.
func TestAnalyzerNegationLanguages(t *testing.T) {
	tests := []struct {
		lang    Language
		comment string
		negated string
	}{
		{Spanish, "no funciona", "funciona"},
		{French, "jamais livré", "livré"},
		{Russian, "не работает", "работает"},
		{Swedish, "fungerar inte bra", "bra"},
		{Norwegian, "aldri levert", "levert"},
		{Hungarian, "nem működik", "működik"},
	}
	for _, tc := range tests {
		t.Run(tc.lang.String(), func(t *testing.T) {
			got := view(tc.comment, mustAnalyzer(t, WithLanguage(tc.lang)).Terms(tc.comment))
			require.NotEmpty(t, got)
			last := got[len(got)-1]
			assert.Equal(t, tc.negated, last.text)
			assert.True(t, last.neg)
		})
	}
}

func TestNewAnalyzerErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  AnalyzerOption
		msg  string
	}{
		{"language", WithLanguage(Language(42)), "Language(42)"},
		{"min length", WithMinLength(0), "min length 0"},
		{"negation scope", WithNegationScope(-1), "negation scope -1"},
		{"keep", WithKeep(1 << 12), "keep 0x1000"},
		{"phrase mode", WithPhraseMode(7), "phrase mode 7"},
		{"cache", WithStemCacheLimit(0), "stem cache limit 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewAnalyzer(tc.opt)
			require.ErrorIs(t, err, ErrBadOption)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
}

// A cache that holds two words is reset constantly; the terms must not
// change.
func TestStemCacheLimit(t *testing.T) {
	text := strings.Repeat("Routers kept dropping; the engineers never came and the routers were replaced twice. ", 3)
	want := mustAnalyzer(t).Terms(text)
	assert.Equal(t, want, mustAnalyzer(t, WithStemCacheLimit(2)).Terms(text))
}

// Run with -race: one Analyzer shared by goroutines gives each the same
// terms as a sequential run.
func TestAnalyzerConcurrent(t *testing.T) {
	a := mustAnalyzer(t)
	comments := []string{"slow broadband", "The engineer didn't turn up", "rude agents on the phone", "Router was faulty"}
	want := make([][]Term, len(comments))
	for i, c := range comments {
		want[i] = a.Terms(c)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				for i, c := range comments {
					assert.Equal(t, want[i], a.Terms(c))
				}
			}
		}()
	}
	wg.Wait()
}

// Key stems every word, stop words included (snowball: customer→custom,
// services→servic).
func TestAnalyzerKey(t *testing.T) {
	a := mustAnalyzer(t)
	assert.Equal(t, "custom servic", a.Key("Customer  Services"))
	assert.Equal(t, "on hold", a.Key("on hold"))
	assert.Equal(t, "", a.Key("!!"))
}

func TestAnalyzerAppendReuses(t *testing.T) {
	a := mustAnalyzer(t)
	buf := make([]Term, 0, 8)
	out := a.AppendTerms(buf, "slow broadband")
	require.Len(t, out, 2)
	assert.Same(t, &buf[:1][0], &out[0])
}

func TestTermKindString(t *testing.T) {
	assert.Equal(t, "phrase", TermPhrase.String())
	assert.Equal(t, "amount", TermAmount.String())
	assert.Equal(t, "invalid", TermKind(0).String())
	assert.Equal(t, "invalid", TermKind(200).String())
}
