package themes

import (
	"context"
	"encoding/csv"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkAssign tags one comment with a model fitted on the synthetic
// survey (target: under 50 µs).
func BenchmarkAssign(b *testing.B) {
	m, _ := fittedSample(b)
	comment := "The engineer didn't turn up for the installation and I waited all day, then was charged anyway"
	b.ReportAllocs()
	b.SetBytes(int64(len(comment)))
	for b.Loop() {
		m.Assign(comment)
	}
}

// BenchmarkDiscover100k fits themes on the 100,000 comments of
// /tmp/scale100k.csv, made by
//
//	python3 ../shared/bench/make_scale.py 100000 /tmp/scale100k.csv
//
// end to end (phrases, vocabulary, TF-IDF, noun weights, LSA, k-means,
// labels); it skips when the file is absent (target: under 5 s).
func BenchmarkDiscover100k(b *testing.B) {
	path := os.Getenv("VERBATIM_SCALE")
	if path == "" {
		path = "/tmp/scale100k.csv"
	}
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("%s is absent: make it with ../shared/bench/make_scale.py", path)
	}
	recs, err := csv.NewReader(f).ReadAll()
	f.Close()
	require.NoError(b, err)
	col := -1
	for i, h := range recs[0] {
		if h == "comment" {
			col = i
		}
	}
	require.GreaterOrEqual(b, col, 0)
	comments := make([]string, 0, len(recs)-1)
	size := 0
	for _, r := range recs[1:] {
		comments = append(comments, r[col])
		size += len(r[col])
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		_, err := Discover(context.Background(), comments)
		require.NoError(b, err)
	}
}
