package bench_test

import (
	"bufio"
	"fmt"
	"os"
	"testing"

	"github.com/verbatim-go/verbatim/bench"
	"github.com/verbatim-go/verbatim/cluster"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/sentiment"
	"github.com/verbatim-go/verbatim/themes"
)

// BenchmarkReadCSV streams the file through nps.ReadCSV with the default
// column detection (id, score, date with layout detection, channel as a
// segment, comment) and keeps nothing: the reader's own cost.
func BenchmarkReadCSV(b *testing.B) {
	sizes(b, func(b *testing.B, f *fixture) {
		b.SetBytes(f.size)
		b.ReportAllocs()
		u := bench.ReadUsage()
		for b.Loop() {
			file, err := os.Open(f.path)
			if err != nil {
				b.Fatal(err)
			}
			rd := nps.ReadCSV(bufio.NewReaderSize(file, 1<<20))
			n := 0
			for rd.Next() {
				n++
			}
			file.Close()
			if rd.Err() != nil || n != f.n {
				b.Fatalf("read %d rows of %d: %v", n, f.n, rd.Err())
			}
		}
		perDoc(b, f.n, u)
	})
}

// BenchmarkReadCorpus reads only what discovery needs (id, score, comment)
// and keeps the comments: the read stage of the comparison.
func BenchmarkReadCorpus(b *testing.B) {
	sizes(b, func(b *testing.B, f *fixture) {
		b.SetBytes(f.size)
		b.ReportAllocs()
		u := bench.ReadUsage()
		for b.Loop() {
			if _, err := bench.ReadCorpus(f.path); err != nil {
				b.Fatal(err)
			}
		}
		perDoc(b, f.n, u)
	})
}

// BenchmarkTerms is Analyzer.AppendTerms (tokenize, normalise, stop words,
// stem, negation) on one goroutine.
func BenchmarkTerms(b *testing.B) {
	sizes(b, func(b *testing.B, f *fixture) {
		comments, a := f.Corpus(b).Comments, analyzer(b)
		b.SetBytes(f.commentBytes(b))
		b.ReportAllocs()
		var terms []themes.Term
		u := bench.ReadUsage()
		for b.Loop() {
			for _, c := range comments {
				terms = a.AppendTerms(terms[:0], c)
			}
		}
		perDoc(b, f.n, u)
	})
}

// BenchmarkCount is the analysis on all cores into the term-count matrix
// (interned keys, sorted columns).
func BenchmarkCount(b *testing.B) {
	sizes(b, func(b *testing.B, f *fixture) {
		comments, a := f.Corpus(b).Comments, analyzer(b)
		b.SetBytes(f.commentBytes(b))
		b.ReportAllocs()
		u := bench.ReadUsage()
		for b.Loop() {
			bench.Count(a, comments, 0)
		}
		perDoc(b, f.n, u)
	})
}

// BenchmarkCountFile streams the file through reading and analysis at
// once, the first stage of the pipeline, without keeping the comments.
func BenchmarkCountFile(b *testing.B) {
	sizes(b, func(b *testing.B, f *fixture) {
		a := analyzer(b)
		b.SetBytes(f.size)
		b.ReportAllocs()
		u := bench.ReadUsage()
		for b.Loop() {
			if _, _, err := bench.CountFile(f.path, a, 0); err != nil {
				b.Fatal(err)
			}
		}
		perDoc(b, f.n, u)
	})
}

// BenchmarkVocabCounter is the library's mergeable vocabulary pass
// (document frequencies and surface forms) including the analysis it
// needs, then Vocabulary with the default limits.
func BenchmarkVocabCounter(b *testing.B) {
	sizes(b, func(b *testing.B, f *fixture) {
		comments, a := f.Corpus(b).Comments, analyzer(b)
		b.SetBytes(f.commentBytes(b))
		b.ReportAllocs()
		var terms []themes.Term
		u := bench.ReadUsage()
		for b.Loop() {
			var vc themes.VocabCounter
			for _, c := range comments {
				terms = a.AppendTerms(terms[:0], c)
				vc.Add(c, terms)
			}
			if _, err := vc.Vocabulary(); err != nil {
				b.Fatal(err)
			}
		}
		perDoc(b, f.n, u)
	})
}

// BenchmarkTFIDF is document frequencies, the IDF with min_df = 2 and the
// weighting of the count matrix.
func BenchmarkTFIDF(b *testing.B) {
	sizes(b, func(b *testing.B, f *fixture) {
		counts := f.Counts(b).X
		b.SetBytes(int64(counts.Bytes()))
		b.ReportAllocs()
		u := bench.ReadUsage()
		for b.Loop() {
			if _, err := bench.Weigh(counts, 2); err != nil {
				b.Fatal(err)
			}
		}
		perDoc(b, f.n, u)
	})
}

// fitBench fits k = 20 on the TF-IDF rows with opts.
func fitBench(b *testing.B, opts ...cluster.Option) {
	sizes(b, func(b *testing.B, f *fixture) {
		x := f.TFIDF(b)
		b.SetBytes(int64(x.Bytes()))
		b.ReportAllocs()
		u := bench.ReadUsage()
		var m *cluster.Model
		for b.Loop() {
			var err error
			if m, err = cluster.Fit(x, append([]cluster.Option{cluster.WithK(20)}, opts...)...); err != nil {
				b.Fatal(err)
			}
		}
		perDoc(b, f.n, u)
		b.ReportMetric(float64(m.Iterations), "iterations")
	})
}

// BenchmarkFitLloyd is one seeding and full Lloyd iterations, the
// counterpart of scikit-learn's KMeans(n_init=1).
func BenchmarkFitLloyd(b *testing.B) { fitBench(b, cluster.WithRestarts(1)) }

// BenchmarkFitMiniBatch is one seeding, batches of 4096 and a final pass.
func BenchmarkFitMiniBatch(b *testing.B) {
	fitBench(b, cluster.WithRestarts(1), cluster.WithMiniBatch(4096))
}

// BenchmarkFitDefault keeps the library's default restarts (on a sample).
func BenchmarkFitDefault(b *testing.B) { fitBench(b, cluster.WithMiniBatch(4096)) }

// BenchmarkCauses scores every comment against the default taxonomy.
func BenchmarkCauses(b *testing.B) {
	tax := themes.TaxonomyDefault()
	eachComment(b, func(c string) { tax.Score(c) })
}

// BenchmarkSentiment scores every comment with the default analyzer.
func BenchmarkSentiment(b *testing.B) {
	s := sentiment.New()
	eachComment(b, func(c string) { s.Score(c) })
}

// eachComment runs score on every comment of each size's corpus, one core.
func eachComment(b *testing.B, score func(string)) {
	sizes(b, func(b *testing.B, f *fixture) {
		comments := f.Corpus(b).Comments
		b.SetBytes(f.commentBytes(b))
		b.ReportAllocs()
		u := bench.ReadUsage()
		for b.Loop() {
			for _, c := range comments {
				score(c)
			}
		}
		perDoc(b, f.n, u)
	})
}

// BenchmarkLink links themes to the score: one mention per response, its
// mini-batch cluster with the cosine as strength, 20 keys.
func BenchmarkLink(b *testing.B) {
	sizes(b, func(b *testing.B, f *fixture) {
		x, rs := f.TFIDF(b), f.Responses(b)
		m, err := cluster.Fit(x, cluster.WithK(20), cluster.WithRestarts(1), cluster.WithMiniBatch(4096))
		if err != nil {
			b.Fatal(err)
		}
		ms := make([][]themes.Mention, len(rs))
		for i, l := range m.Labels {
			if l >= 0 {
				ms[i] = []themes.Mention{{Key: fmt.Sprintf("theme-%02d", l), Strength: 1}}
			}
		}
		b.ReportAllocs()
		u := bench.ReadUsage()
		for b.Loop() {
			if _, err := themes.Link(rs, ms); err != nil {
				b.Fatal(err)
			}
		}
		perDoc(b, f.n, u)
	})
}

// BenchmarkAssignOne places one new comment (cycling through the corpus)
// in a clustering fitted on the corpus: analysis, term columns, TF-IDF and
// the nearest of 20 centroids. The target is under 50 µs per comment.
func BenchmarkAssignOne(b *testing.B) {
	sizes(b, func(b *testing.B, f *fixture) {
		comments := f.Corpus(b).Comments
		s, err := bench.NewAssigner(analyzer(b), f.Counts(b), 20)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if _, _, err := s.Assign(comments[i%len(comments)]); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}
