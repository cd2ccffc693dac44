package sentiment_test

import (
	"encoding/csv"
	"os"
	"testing"

	"github.com/verbatim-go/verbatim/internal/shared"
	"github.com/verbatim-go/verbatim/sentiment"
)

// benchComments are written here in the style of NPS verbatims; the
// benchmarks use the real comments of ../shared/data when present.
var benchComments = []string{
	"Very quick and easy to set up, the engineer was polite and helpful.",
	"Still waiting for my router after three weeks, nobody called back.",
	"Good service but the price went up again without warning!",
	"ok",
	"Installation date was moved twice and I was on hold for 40 minutes each time. Not happy.",
	"Fantastic, went above and beyond to sort it out 👍",
	"The broadband keeps dropping out in the evenings although the speed is fine otherwise.",
	"Haven't had my first bill yet so too early to say",
}

func loadBenchComments(b *testing.B) []string {
	b.Helper()
	root := shared.Root()
	if root == "" {
		return benchComments
	}
	f, err := os.Open(root + "/data/nps_verbatims_dev.csv")
	if err != nil {
		return benchComments
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	col := indexOf(recs[0], "comment")
	out := make([]string, 0, len(recs))
	for _, r := range recs[1:] {
		out = append(out, r[col])
	}
	return out
}

func benchmarkScoring(b *testing.B, score func(a *sentiment.Analyzer, s string)) {
	comments := loadBenchComments(b)
	a := sentiment.New()
	total := 0
	for _, c := range comments {
		total += len(c)
	}
	b.SetBytes(int64(total / len(comments)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		score(a, comments[i%len(comments)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "comments/s")
	// On a shared machine wall time includes waiting for a core; CPU time
	// per comment is what one dedicated core would take.
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "comments/cpu-s")
	}
}

// BenchmarkScore is the bulk path: go test ./sentiment -run - -bench . -benchtime 200000x
func BenchmarkScore(b *testing.B) {
	benchmarkScoring(b, func(a *sentiment.Analyzer, s string) { a.Score(s) })
}

// BenchmarkAnalyze adds sentences and evidence.
func BenchmarkAnalyze(b *testing.B) {
	benchmarkScoring(b, func(a *sentiment.Analyzer, s string) { a.Analyze(s) })
}
