package themes

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/verbatim-go/verbatim/internal/shared"
)

// devComments reads the comment column of the development NPS data set.
func devComments(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(shared.Data(tb, "nps_verbatims_dev.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	col := -1
	for i, name := range rows[0] {
		if name == "comment" {
			col = i
		}
	}
	if col < 0 {
		tb.Fatal("nps_verbatims_dev.csv has no comment column")
	}
	out := make([]string, 0, len(rows)-1)
	for _, r := range rows[1:] {
		out = append(out, r[col])
	}
	return out
}

func benchTerms(b *testing.B, a *Analyzer, comments []string) {
	size := 0
	for _, c := range comments {
		size += len(c)
	}
	var buf []Term
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, ok := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, c := range comments {
			buf = a.AppendTerms(buf[:0], c)
		}
	}
	if cpu1, ok1 := cpuTime(); ok && ok1 && cpu1 > cpu0 {
		b.ReportMetric(float64(size)*float64(b.N)/(cpu1-cpu0).Seconds()/1e6, "MB/cpu-s")
	}
}

// BenchmarkAnalyzerDev measures tokenize + normalise + stop words + stem
// on the real comments of nps_verbatims_dev.csv (about 160 KB).
func BenchmarkAnalyzerDev(b *testing.B) {
	a, err := NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	benchTerms(b, a, devComments(b))
}

// BenchmarkAnalyzerDevPhrases adds phrase joining with the phrases found
// in the same comments.
func BenchmarkAnalyzerDevPhrases(b *testing.B) {
	a, err := NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	comments := devComments(b)
	pc := NewPhraseCounter(a)
	for _, c := range comments {
		pc.Add(c)
	}
	benchTerms(b, a.UsingPhrases(pc.Phrases()), comments)
}

// BenchmarkAnalyzerSynthetic runs without the shared data: one made-up
// detractor comment repeated with variations.
func BenchmarkAnalyzerSynthetic(b *testing.B) {
	a, err := NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	base := "The engineer didn't turn up on the installation date, and I waited on hold for 45 minutes! Still not fixed :( "
	comments := make([]string, 200)
	for i := range comments {
		comments[i] = strings.Repeat(base, 1+i%3)
	}
	benchTerms(b, a, comments)
}

// BenchmarkPhraseCounter counts pairs and triples of the development
// comments, the pass that finds phrases before analysis.
func BenchmarkPhraseCounter(b *testing.B) {
	a, err := NewAnalyzer()
	if err != nil {
		b.Fatal(err)
	}
	comments := devComments(b)
	size := 0
	for _, c := range comments {
		size += len(c)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pc := NewPhraseCounter(a)
		for _, c := range comments {
			pc.Add(c)
		}
		pc.Phrases()
	}
}
