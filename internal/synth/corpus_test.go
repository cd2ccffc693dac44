package synth

import (
	"encoding/csv"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// record is one row of the committed file, as a consumer reads it.
type record struct {
	id, quarter, channel, tier, region, comment string
	score                                       int
	wait                                        string
	transfers                                   int
	themes                                      []string
	causes                                      []string
}

// loadGolden reads testdata/synthetic.csv with encoding/csv, so the tests
// below check the committed bytes, not only the generator.
func loadGolden(t *testing.T) []record {
	t.Helper()
	f, err := os.Open(goldenPath)
	require.NoError(t, err)
	defer f.Close()
	all, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Equal(t, Header(), all[0])
	out := make([]record, 0, len(all)-1)
	for _, c := range all[1:] {
		d, err := time.Parse("2006-01-02", c[1])
		require.NoError(t, err, c[0])
		score, err := strconv.Atoi(c[5])
		require.NoError(t, err, c[0])
		tr, err := strconv.Atoi(c[8])
		require.NoError(t, err, c[0])
		out = append(out, record{id: c[0], quarter: QuarterLabel(d), channel: c[2], tier: c[3],
			region: c[4], score: score, comment: c[6], wait: c[7], transfers: tr,
			themes: splitList(c[9]), causes: splitList(c[10])})
	}
	return out
}

// toRecord is what loadGolden would read back for a generated row.
func toRecord(r Row) record {
	c := r.Record()
	score, _ := strconv.Atoi(c[5])
	return record{id: c[0], quarter: QuarterLabel(r.Date), channel: c[2], tier: c[3],
		region: c[4], score: score, comment: c[6], wait: c[7], transfers: r.Transfers,
		themes: splitList(c[9]), causes: splitList(c[10])}
}

func toRecords(rows []Row) []record {
	out := make([]record, len(rows))
	for i, r := range rows {
		out[i] = toRecord(r)
	}
	return out
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

// nps is the plain count: 100 × (promoters − detractors) / n, promoters
// scoring 9-10 and detractors 0-6 (domain brief, "The score").
func nps(rs []record) float64 {
	var pro, det int
	for _, r := range rs {
		switch {
		case r.score >= 9:
			pro++
		case r.score <= 6:
			det++
		}
	}
	return 100 * float64(pro-det) / float64(len(rs))
}

func filter(rs []record, keep func(record) bool) []record {
	var out []record
	for _, r := range rs {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}

func has(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
