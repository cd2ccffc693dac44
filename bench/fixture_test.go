package bench_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"

	"github.com/verbatim-go/verbatim/bench"
	"github.com/verbatim-go/verbatim/cluster"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// benchSizes are the scale points of every stage benchmark. Select one
// with -bench 'Stage/n=100000'; the 1M inputs are built only when a 1M
// sub-benchmark runs.
var benchSizes = []int{10_000, 100_000, 1_000_000}

// fixture is one scale input and what later stages start from, each built
// on first use and kept for the other benchmarks of the run.
type fixture struct {
	n    int
	path string
	size int64

	corpusOnce sync.Once
	corpus     *bench.Corpus
	countsOnce sync.Once
	counts     bench.Counts
	tfidfOnce  sync.Once
	x          *cluster.CSR
	respOnce   sync.Once
	responses  []nps.Response
	err        error
}

var (
	fixMu    sync.Mutex
	fixtures = map[int]*fixture{}
)

// scale returns the fixture of n comments, skipping when the generator is
// unavailable.
func scale(b *testing.B, n int) *fixture {
	b.Helper()
	fixMu.Lock()
	defer fixMu.Unlock()
	if f, ok := fixtures[n]; ok {
		return f
	}
	if _, err := exec.LookPath("python3"); err != nil {
		b.Skip("python3 is absent: no scale input")
	}
	path, err := bench.ScaleFile(n)
	if errors.Is(err, bench.ErrNoGenerator) {
		b.Skip(err)
	}
	if err != nil {
		b.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	f := &fixture{n: n, path: path, size: st.Size()}
	fixtures[n] = f
	return f
}

func (f *fixture) Corpus(b *testing.B) *bench.Corpus {
	f.corpusOnce.Do(func() { f.corpus, f.err = bench.ReadCorpus(f.path) })
	f.check(b)
	return f.corpus
}

func (f *fixture) Counts(b *testing.B) bench.Counts {
	c := f.Corpus(b)
	f.countsOnce.Do(func() { f.counts = bench.Count(analyzer(b), c.Comments, 0) })
	return f.counts
}

func (f *fixture) TFIDF(b *testing.B) *cluster.CSR {
	c := f.Counts(b)
	f.tfidfOnce.Do(func() { f.x, f.err = bench.Weigh(c.X, 2) })
	f.check(b)
	return f.x
}

func (f *fixture) Responses(b *testing.B) []nps.Response {
	f.respOnce.Do(func() { f.responses, f.err = bench.ReadResponses(f.path) })
	f.check(b)
	return f.responses
}

func (f *fixture) check(b *testing.B) {
	if f.err != nil {
		b.Fatal(f.err)
	}
}

// commentBytes is the total length of the comments, the SetBytes of text
// stages.
func (f *fixture) commentBytes(b *testing.B) int64 {
	var n int64
	for _, c := range f.Corpus(b).Comments {
		n += int64(len(c))
	}
	return n
}

var (
	anOnce sync.Once
	an     *themes.Analyzer
	anErr  error
)

func analyzer(b *testing.B) *themes.Analyzer {
	anOnce.Do(func() { an, anErr = themes.NewAnalyzer() })
	if anErr != nil {
		b.Fatal(anErr)
	}
	return an
}

// sizes runs fn as one sub-benchmark per scale point.
func sizes(b *testing.B, fn func(b *testing.B, f *fixture)) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) { fn(b, scale(b, n)) })
	}
}

// perDoc reports the per-comment cost and, from the process's CPU time,
// how many comments one CPU second handles: on a shared machine wall time
// also counts the time other processes held the cores.
func perDoc(b *testing.B, n int, cpu0 bench.Usage) {
	cpu := bench.ReadUsage().CPU - cpu0.CPU
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/comment")
	if cpu > 0 {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	}
}
