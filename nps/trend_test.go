package nps_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

type quarterData struct {
	month    time.Month
	year     int
	p, pa, d int
}

func quarters(qs ...quarterData) []nps.Response {
	var rs []nps.Response
	for _, q := range qs {
		rs = append(rs, responsesOf(q.p, q.pa, q.d, "", "", date(q.year, q.month, 15))...)
	}
	return rs
}

func TestTrendDropAndDecline(t *testing.T) {
	// Q1 60/20/20 (NPS 40), Q2 58/22/20 (38), Q3 empty, Q4 40/25/35 (5),
	// plus 3 undated responses.
	rs := quarters(quarterData{2, 2024, 60, 20, 20}, quarterData{5, 2024, 58, 22, 20},
		quarterData{11, 2024, 40, 25, 35})
	rs = append(rs, responsesOf(1, 1, 1, "", "", time.Time{})...)
	tr, err := nps.TrendBy(rs, nps.Quarter, time.UTC)
	require.NoError(t, err)

	assert.Equal(t, int64(3), tr.Undated)
	require.Len(t, tr.Points, 4, "the empty Q3 is kept")
	labels := []string{tr.Points[0].Label, tr.Points[1].Label, tr.Points[2].Label, tr.Points[3].Label}
	assert.Equal(t, []string{"2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"}, labels)
	assert.Nil(t, tr.Points[0].Change)
	assert.Nil(t, tr.Points[2].Change)
	assert.Equal(t, int64(0), tr.Points[2].Summary.N)

	// Q2 vs Q1: -2 points, SE 11.294, p 0.8594 (Python erfc).
	q2 := tr.Points[1].Change
	require.NotNil(t, q2)
	assert.InDelta(t, -2, q2.Points, 1e-9)
	assert.InDelta(t, 0.8594445178071393, q2.Comparison.Difference.PValue, 1e-9)
	assert.False(t, q2.Drop)
	assert.False(t, q2.Significant)

	// Q4 vs Q2 (Q3 skipped): -33 points, SE 11.761, p 0.005016.
	q4 := tr.Points[3].Change
	require.NotNil(t, q4)
	assert.Equal(t, "2024-Q2", q4.From)
	assert.Equal(t, 1, q4.Skipped)
	assert.InDelta(t, -33, q4.Points, 1e-9)
	assert.InDelta(t, 0.005016121279891242, q4.Comparison.Difference.PValue, 1e-9)
	assert.True(t, q4.Drop)
	assert.True(t, q4.Significant)

	assert.Equal(t, []string{"2024-Q4"}, tr.Drops)
	assert.True(t, tr.SustainedDecline)
	require.Len(t, tr.Declines, 1)
	run := tr.Declines[0]
	// Q1 40 -> Q4 5: -35 points over 2 falls; p 0.002965 (Python erfc).
	assert.Equal(t, nps.Run{From: "2024-Q1", To: "2024-Q4", Changes: 2, Points: run.Points, Comparison: run.Comparison}, run)
	assert.InDelta(t, -35, run.Points, 1e-9)
	assert.InDelta(t, 0.0029650861751522777, run.Comparison.Difference.PValue, 1e-9)
	assert.Equal(t, nps.Declining, tr.Direction)

	_, err = json.Marshal(tr)
	require.NoError(t, err)
}

func TestTrendDirection(t *testing.T) {
	tests := []struct {
		name string
		qs   []quarterData
		opts []nps.Option
		want nps.Direction
		drop bool
	}{
		// one period: nothing to compare
		{"single period", []quarterData{{1, 2024, 50, 30, 20}}, nil, nps.DirectionUnknown, false},
		// +1 point, p 0.928: not significant, a single rise
		{"stable", []quarterData{{1, 2024, 50, 30, 20}, {4, 2024, 51, 29, 20}}, nil, nps.Stable, false},
		// 40 -> 41 -> 42: two rises in a row
		{"improving run", []quarterData{{1, 2024, 60, 20, 20}, {4, 2024, 61, 19, 20}, {7, 2024, 62, 18, 20}},
			nil, nps.Improving, false},
		// 100 -> 0 on 10 responses each: a drop, but 10 < 30 responses
		{"drop on too few", []quarterData{{1, 2024, 10, 0, 0}, {4, 2024, 5, 0, 5}}, nil, nps.DirectionUnknown, true},
		// the same with a minimum of 5 and a 100-point drop: declining
		{"drop with lower minimum", []quarterData{{1, 2024, 10, 0, 0}, {4, 2024, 5, 0, 5}},
			[]nps.Option{nps.WithMinSample(5)}, nps.Declining, true},
		// 40 -> 38 (-2) is no drop at 10 points but is at 2 points; with
		// enough evidence (n=100 each) the drop rule makes it declining
		{"custom drop threshold", []quarterData{{1, 2024, 60, 20, 20}, {4, 2024, 58, 22, 20}},
			[]nps.Option{nps.WithDropPoints(2)}, nps.Declining, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := nps.TrendBy(quarters(tt.qs...), nps.Quarter, time.UTC, tt.opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, tr.Direction)
			assert.Equal(t, tt.drop, len(tr.Drops) > 0)
		})
	}
}

func TestTrendEmpty(t *testing.T) {
	tr, err := nps.TrendBy(nil, nps.Month, time.UTC)
	require.NoError(t, err)
	assert.Empty(t, tr.Points)
	assert.Equal(t, nps.DirectionUnknown, tr.Direction)
}
