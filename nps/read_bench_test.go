package nps_test

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/nps"
)

// readBenchCSV generates n rows shaped like a real export: id, day-first
// date, two segments, a metric, score and a comment of 5-30 words, some
// quoted with commas.
func readBenchCSV(n int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"waited", "three", "days", "for", "a", "reply", "the", "router", "arrived", "broken",
		"great", "service", "support", "was", "slow", "and", "unhelpful", "easy", "set", "up"}
	channels := []string{"phone", "chat", "email", "self-service"}
	var b bytes.Buffer
	b.WriteString("id,date,channel,tier,wait_minutes,score,comment\n")
	for i := range n {
		fmt.Fprintf(&b, "r%06d,%02d/%02d/2018 %02d:%02d,%s,%s,%.1f,%d,\"", i, 1+rng.IntN(28), 1+rng.IntN(12),
			rng.IntN(24), rng.IntN(60), channels[rng.IntN(len(channels))], []string{"smb", "enterprise"}[rng.IntN(2)],
			rng.Float64()*60, rng.IntN(11))
		for w := range 5 + rng.IntN(26) {
			if w > 0 {
				b.WriteString(" ")
			}
			b.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(10) == 0 {
				b.WriteString(",")
			}
		}
		b.WriteString("\"\n")
	}
	return b.Bytes()
}

func BenchmarkReadCSV(b *testing.B) {
	data := readBenchCSV(100_000)
	m := nps.Mapping{Segments: []string{"channel", "tier"}, Metrics: []string{"wait_minutes"}}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		rd := nps.ReadCSV(bytes.NewReader(data), nps.ReadMapping(m))
		n := 0
		for rd.Next() {
			n++
		}
		if rd.Err() != nil || n != 100_000 {
			b.Fatalf("read %d rows: %v", n, rd.Err())
		}
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	var data bytes.Buffer
	rd := nps.ReadCSV(bytes.NewReader(readBenchCSV(100_000)))
	for rd.Next() {
		r := rd.Response()
		fmt.Fprintf(&data, `{"id":%q,"date":%q,"score":%d,"comment":%q}`+"\n", r.ID, r.Time.Format("2/1/2006 15:04"), r.Score, r.Comment)
	}
	b.SetBytes(int64(data.Len()))
	b.ReportAllocs()
	for b.Loop() {
		rd := nps.ReadJSONL(bytes.NewReader(data.Bytes()))
		n := 0
		for rd.Next() {
			n++
		}
		if rd.Err() != nil || n != 100_000 {
			b.Fatalf("read %d rows: %v", n, rd.Err())
		}
	}
}

// readGenerator produces CSV rows on demand, so that the input itself is
// never held in memory.
type readGenerator struct {
	rows, done int
	buf        []byte
}

func (g *readGenerator) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.done > g.rows {
			return 0, io.EOF
		}
		if g.done == 0 {
			g.buf = []byte("id,date,channel,score,comment\n")
		} else {
			g.buf = fmt.Appendf(g.buf, "r%d,%d/%d/2018 10:00,chat,%d,\"waited three days, still nothing\"\n",
				g.done, 1+g.done%28, 1+g.done%12, g.done%11)
		}
		g.done++
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

// The reader's live heap stays flat while it reads 300,000 rows (about
// 24 MB of CSV): the live heap is sampled every 50,000 rows after a GC.
// The bound, 8 MB, is a third of the input and far above the reader's own
// buffers (64 KiB, one record, the 10,000-row date-detection window while
// it lasts).
func TestReadCSVConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 300,000 rows")
	}
	g := &readGenerator{rows: 300_000}
	rd := nps.ReadCSV(g, nps.ReadMapping(nps.Mapping{Segments: []string{"channel"}}))
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	var peak uint64
	n := 0
	for rd.Next() {
		n++
		if n%50_000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc-min(base, ms.HeapAlloc))
		}
	}
	require.NoError(t, rd.Err())
	assert.Equal(t, 300_000, n)
	t.Logf("live heap grew by at most %d bytes", peak)
	assert.Less(t, peak, uint64(8<<20), "live heap grew by %d bytes", peak)
}
