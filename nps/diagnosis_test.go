package nps_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

type want struct {
	sev     nps.Severity
	kind    nps.FindingKind
	subject string
}

func kinds(fs []nps.Finding) []want {
	out := make([]want, len(fs))
	for i, f := range fs {
		out[i] = want{f.Severity, f.Kind, f.Subject}
	}
	return out
}

func TestDiagnoseWithSegments(t *testing.T) {
	rs := channelData()
	overall, err := nps.Summarize(rs)
	require.NoError(t, err)
	b, err := nps.BySegment(rs, "channel")
	require.NoError(t, err)
	d := nps.Diagnose(overall, nps.WithIndustry(nps.SaaS), nps.WithBreakdowns(b))

	// overall 75/23/32: NPS 33.08 -> Good; detractors 24.6% -> no alert;
	// SaaS gap 33.08 - 41 = -7.9 -> normal; start 33.08 -> 35 to 50.
	assert.Equal(t, nps.Good, d.Band)
	assert.Empty(t, d.Alerts)
	require.NotNil(t, d.Benchmark)
	assert.Equal(t, nps.VerdictNormal, d.Benchmark.Verdict)
	require.NotNil(t, d.Recovery)
	assert.Equal(t, 35.0, d.Recovery.Low)
	assert.Equal(t, 50.0, d.Recovery.High)
	// phone: significantly below the rest (High) and 33.3% detractors
	// (quality problem, one step below Critical for a segment); chat
	// significantly above (Info). Ties broken by kind, then subject, then
	// message ("33.3%..." sorts before "NPS...").
	assert.Equal(t, []want{
		{nps.SeverityHigh, nps.KindSegment, "channel=phone"},
		{nps.SeverityHigh, nps.KindSegment, "channel=phone"},
		{nps.SeverityInfo, nps.KindBand, "overall"},
		{nps.SeverityInfo, nps.KindBenchmark, "overall"},
		{nps.SeverityInfo, nps.KindSegment, "channel=chat"},
		{nps.SeverityInfo, nps.KindRecovery, "overall"},
	}, kinds(d.Findings))
	assert.Equal(t, "33.3% detractors (30% or more): a quality problem that marketing or pricing cannot fix",
		d.Findings[0].Message)
	assert.Equal(t, "NPS +16.7, 30.5 points below the rest (p = 0.039, 60 responses): look here first",
		d.Findings[1].Message)
}

func TestDiagnoseWithTrend(t *testing.T) {
	rs := quarters(quarterData{2, 2024, 60, 20, 20}, quarterData{5, 2024, 58, 22, 20},
		quarterData{11, 2024, 40, 25, 35})
	overall, err := nps.Summarize(rs)
	require.NoError(t, err)
	tr, err := nps.TrendBy(rs, nps.Quarter, time.UTC)
	require.NoError(t, err)
	d := nps.Diagnose(overall, nps.WithTrend(tr))
	// overall 158/67/75 of 300: NPS 27.67 -> Acceptable (Low); 25.0%
	// detractors is not above 25% -> no alert. The latest change is a
	// significant 33-point drop (Critical) ending a run of two falls (High).
	assert.Equal(t, nps.Acceptable, d.Band)
	assert.Equal(t, []want{
		{nps.SeverityCritical, nps.KindTrend, "trend"},
		{nps.SeverityHigh, nps.KindTrend, "trend"},
		{nps.SeverityLow, nps.KindBand, "overall"},
		{nps.SeverityInfo, nps.KindRecovery, "overall"},
	}, kinds(d.Findings))
	assert.Contains(t, d.Findings[0].Message, "fell 33.0 points from 2024-Q2 to 2024-Q4 (significant, p = 0.005)")
}

func TestDiagnoseSmallAndEmpty(t *testing.T) {
	tests := []struct {
		name  string
		tally nps.Tally
		want  []want
		band  nps.Band
	}{
		// 3 promoters, 1 detractor: NPS 50 (Excellent), 4 < 30 responses,
		// 25% detractors raises nothing, 50 is beyond the recovery table.
		{"four responses", tallyOf(3, 0, 1), []want{
			{nps.SeverityMedium, nps.KindSample, "overall"},
			{nps.SeverityInfo, nps.KindBand, "overall"},
			{nps.SeverityInfo, nps.KindRecovery, "overall"},
		}, nps.Excellent},
		{"empty", nps.Tally{}, []want{{nps.SeverityMedium, nps.KindSample, "overall"}}, 0},
		// 20/30/50: NPS -30 (systematic problems, High), 50% detractors
		// (Critical); -30 is in the recovery row -50 to -20.
		{"crisis-like", tallyOf(20, 30, 50), []want{
			{nps.SeverityCritical, nps.KindDetractors, "overall"},
			{nps.SeverityHigh, nps.KindBand, "overall"},
			{nps.SeverityInfo, nps.KindRecovery, "overall"},
		}, nps.SystematicProblems},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := nps.Diagnose(tt.tally.Summary())
			assert.Equal(t, tt.want, kinds(d.Findings))
			assert.Equal(t, tt.band, d.Band)
			_, err := json.Marshal(d)
			require.NoError(t, err)
		})
	}
}

func TestSortFindingsTieBreaks(t *testing.T) {
	fs := []nps.Finding{
		{nps.SeverityLow, nps.KindBand, "b", "x"},
		{nps.SeverityHigh, nps.KindSegment, "a", "y"},
		{nps.SeverityHigh, nps.KindTrend, "z", "z"},
		{nps.SeverityLow, nps.KindBand, "a", "y"},
		{nps.SeverityLow, nps.KindBand, "a", "x"},
	}
	nps.SortFindings(fs)
	assert.Equal(t, []nps.Finding{
		{nps.SeverityHigh, nps.KindTrend, "z", "z"},
		{nps.SeverityHigh, nps.KindSegment, "a", "y"},
		{nps.SeverityLow, nps.KindBand, "a", "x"},
		{nps.SeverityLow, nps.KindBand, "a", "y"},
		{nps.SeverityLow, nps.KindBand, "b", "x"},
	}, fs)
}
