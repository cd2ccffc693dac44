package themes_test

import (
	"context"
	"testing"

	verbatim "github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/themes"
)

// BenchmarkAnalyzeSample runs the whole analysis on the 5000-row sample,
// with discovered themes and with the causes as themes; bytes are the
// comments' text.
func BenchmarkAnalyzeSample(b *testing.B) {
	rs, err := verbatim.Sample()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, r := range rs {
		size += len(r.Comment)
	}
	for _, bc := range []struct {
		name string
		opts []themes.AnalyzeOption
	}{
		{"discovered", nil},
		{"causes", []themes.AnalyzeOption{themes.AnalyzeCauseThemes()}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := themes.Analyze(context.Background(), rs, bc.opts...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
