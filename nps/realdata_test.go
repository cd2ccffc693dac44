package nps_test

import (
	"encoding/csv"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/internal/shared"
	"github.com/verbatim-go/verbatim/nps"
)

// loadDev reads ../shared/data/nps_verbatims_dev.csv with encoding/csv (the
// package's own readers are tested elsewhere) and returns the responses
// with a numeric score and the count of "NA" scores.
func loadDev(t *testing.T) ([]nps.Response, int) {
	f, err := os.Open(shared.Data(t, "nps_verbatims_dev.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	var rs []nps.Response
	na := 0
	for _, row := range rows[1:] { // id,date,journey,score,comment,root_causes
		score, err := strconv.Atoi(row[3])
		if err != nil {
			require.Equal(t, "NA", row[3])
			na++
			continue
		}
		at, err := time.ParseInLocation("02/01/2006 15:04", row[1], time.UTC)
		require.NoError(t, err)
		rs = append(rs, nps.Response{ID: row[0], Score: score, Time: at,
			Segments: map[string]string{"journey": row[2]}})
	}
	return rs, na
}

// TestRealData checks breakdowns of real survey answers against counts
// made independently with Python's csv module (int(score) >= 9 promoter,
// <= 6 detractor, "NA" rows skipped).
func TestRealData(t *testing.T) {
	rs, na := loadDev(t)
	assert.Equal(t, 16, na)
	overall, err := nps.Summarize(rs)
	require.NoError(t, err)
	// Python: 1177 answers, 352 promoters, 644 detractors, NPS -24.809
	assert.Equal(t, int64(1177), overall.N)
	assert.Equal(t, int64(352), overall.Promoters)
	assert.Equal(t, int64(644), overall.Detractors)
	assert.InDelta(t, -24.808836023789294, overall.NPS, 1e-9)

	b, err := nps.BySegment(rs, "journey")
	require.NoError(t, err)
	want := []struct {
		key string
		n   int64
		nps float64
	}{ // Python, per journey
		{"Equipment Received", 123, -56.91056910569106},
		{"First Payment", 553, -33.634719710669074},
		{"Order", 484, -4.75206611570248},
		{"Service in Use", 17, -76.47058823529412},
	}
	require.Len(t, b.Groups, len(want))
	for i, w := range want {
		assert.Equal(t, w.key, b.Groups[i].Key)
		assert.Equal(t, w.n, b.Groups[i].Summary.N)
		assert.InDelta(t, w.nps, b.Groups[i].Summary.NPS, 1e-9)
	}
	assert.Equal(t, nps.Undetermined, b.Groups[3].Position, "17 answers are too few to compare")

	tr, err := nps.TrendBy(rs, nps.Month, time.UTC)
	require.NoError(t, err)
	// Python, per month: 2017-12 -51.16 ... 2018-06 -10.59
	require.Len(t, tr.Points, 7)
	assert.Equal(t, "2017-12", tr.Points[0].Label)
	assert.InDelta(t, -51.16279069767442, tr.Points[0].Summary.NPS, 1e-9)
	assert.Equal(t, "2018-06", tr.Points[6].Label)
	assert.InDelta(t, -10.588235294117647, tr.Points[6].Summary.NPS, 1e-9)

	d := nps.Diagnose(overall, nps.WithIndustry(nps.Telecom), nps.WithBreakdowns(b), nps.WithTrend(tr))
	assert.Equal(t, nps.SystematicProblems, d.Band)
	assert.Equal(t, nps.VerdictBad, d.Benchmark.Verdict, "-24.8 is below Telecom's 0")
	// 644/1177 = 54.7% detractors
	assert.Equal(t, []nps.DetractorAlert{nps.QualityProblem, nps.ImmediateAction}, d.Alerts)
	assert.Equal(t, nps.SeverityCritical, d.Findings[0].Severity)
}
