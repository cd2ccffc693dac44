package themes

import (
	"testing"
)

// FuzzAnalyzer checks what every later stage relies on, for any input:
// no panic, offsets that are valid and ordered slice bounds of the
// comment, non-empty keys, and phrase counting, keys and labels that do
// not panic either.
func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{
		"", "The engineer didn't turn up on the installation date!", "on hold on hold, customer service",
		"L'installation n'est pas faite", "£30 😡 www.x.com a@b.co #tag @h 45",
		"\xff\xfeab\xc3", "n'", "l'’x", "no no no no", "set-up follow-up 4G",
	} {
		f.Add(s)
	}
	p, err := NewPhrases([]Phrase{{Key: "on hold"}, {Key: "custom servic"}, {Key: "no no no"}})
	if err != nil {
		f.Fatal(err)
	}
	var analyzers []*Analyzer
	for _, l := range Languages() {
		a, err := NewAnalyzer(WithLanguage(l), WithKeep(KeepAll), WithPhrases(p), WithMinLength(1), WithStemCacheLimit(8))
		if err != nil {
			f.Fatal(err)
		}
		analyzers = append(analyzers, a)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range analyzers {
			prev := 0
			for _, tm := range a.Terms(s) {
				if tm.Start < prev || tm.End <= tm.Start || tm.End > len(s) {
					t.Fatalf("%v: bad offsets %d-%d after %d in %q", a.Language(), tm.Start, tm.End, prev, s)
				}
				if tm.Key == "" || tm.Kind == 0 {
					t.Fatalf("%v: empty key or kind in %+v for %q", a.Language(), tm, s)
				}
				_ = Surface(s, tm)
				prev = tm.Start
			}
			_ = a.Key(s)
			NewPhraseCounter(a).Add(s)
		}
		if len(s) < 200 {
			NewLabeler(analyzers[0]).Label([]string{s}, []LabelTerm{{Key: "hold"}})
		}
	})
}
