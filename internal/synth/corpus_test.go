package synth

import (
	"encoding/csv"
	"os"
	"sort"
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

func TestCorpusTable(t *testing.T) {
	rs := loadGolden(t)
	t.Logf("rows %d, overall NPS %.1f", len(rs), nps(rs))
	for _, reg := range Regions {
		line := reg
		for q := 1; q <= 4; q++ {
			cell := filter(rs, func(r record) bool { return r.region == reg && r.quarter == "2025-Q"+strconv.Itoa(q) })
			line += " " + strconv.Itoa(len(cell)) + ":" + strconv.FormatFloat(nps(cell), 'f', 1, 64)
		}
		t.Log(line)
	}
	for _, ch := range Channels {
		line := ch
		for q := 1; q <= 4; q++ {
			cell := filter(rs, func(r record) bool { return r.channel == ch && r.quarter == "2025-Q"+strconv.Itoa(q) })
			line += " " + strconv.Itoa(len(cell)) + ":" + strconv.FormatFloat(nps(cell), 'f', 1, 64)
		}
		t.Log(line)
	}
	themes, causes := map[string]int{}, map[string]int{}
	for _, r := range rs {
		for _, x := range r.themes {
			themes[x]++
		}
		for _, x := range r.causes {
			causes[x]++
		}
	}
	var keys []string
	for k := range themes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("theme %s %d", k, themes[k])
	}
	keys = nil
	for k := range causes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("cause %s %d", k, causes[k])
	}
}
