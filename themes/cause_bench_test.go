package themes_test

import (
	"testing"

	"github.com/verbatim-go/verbatim/internal/shared"
	"github.com/verbatim-go/verbatim/themes"
)

// causeBenchComments are written for the benchmark, in the length and mix
// of NPS answers: short praise, one-line complaints, a few long stories.
var causeBenchComments = []string{
	"Great service, very helpful staff",
	"Quick and easy",
	"I waited three days for a response and nobody called back",
	"The engineer didn't turn up and I had to take another day off work. When I called I was on hold for 45 minutes, transferred twice and had to explain everything again. Still not fixed.",
	"Too expensive for what you get",
	"Not had a bill yet so too early to say",
	"STOP",
	"Sales told me the setup fee would be waived but it is on my first bill. Support said they can't do anything.",
	"No problems at all, couldn't fault them",
	"The app keeps crashing when I try to pay",
	"Different answers every time I phone, departments don't talk to each other",
	"Good speed but the router drops out every evening",
	"I've told you about this before and nothing has changed",
	"Why do you keep sending me this survey?",
	"Installation was delayed three times and nobody told us why",
	"Very happy so far",
}

func causeBench(b *testing.B, comments []string) {
	tax := themes.TaxonomyDefault()
	size := 0
	for _, c := range comments {
		size += len(c)
	}
	b.SetBytes(int64(size) / int64(len(comments)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tax.Score(comments[i%len(comments)], themes.CauseWithScore(i%11))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "comments/s")
}

// BenchmarkCauseScore scores one comment per iteration; comments/s is the
// throughput on one core.
func BenchmarkCauseScore(b *testing.B) { causeBench(b, causeBenchComments) }

// BenchmarkCauseScoreDev scores the real NPS verbatims when present.
func BenchmarkCauseScoreDev(b *testing.B) {
	path := shared.Data(b, "nps_verbatims_dev.csv")
	rows := causeEvalRead(b, path)
	comments := make([]string, len(rows))
	for i, r := range rows {
		comments[i] = r.comment
	}
	causeBench(b, comments)
}
