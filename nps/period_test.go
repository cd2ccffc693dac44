package nps_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

func TestPeriodStartAndLabel(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	require.NoError(t, err)
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	lateMarch := time.Date(2024, 3, 31, 23, 30, 0, 0, time.UTC) // a Sunday
	tests := []struct {
		name  string
		p     nps.Period
		t     time.Time
		loc   *time.Location
		label string
		start string
	}{
		// Calendar facts: 2024-03-31 23:30 UTC is 2024-04-01 01:30 in Paris
		// (CEST, +2) and 19:30 on March 31 in New York (EDT, -4).
		{"quarter in Paris", nps.Quarter, lateMarch, paris, "2024-Q2", "2024-04-01T00:00:00+02:00"},
		{"quarter in New York", nps.Quarter, lateMarch, ny, "2024-Q1", "2024-01-01T00:00:00-05:00"},
		{"month UTC", nps.Month, lateMarch, time.UTC, "2024-03", "2024-03-01T00:00:00Z"},
		{"year UTC", nps.Year, lateMarch, time.UTC, "2024", "2024-01-01T00:00:00Z"},
		// Sunday 2024-03-31 is in ISO week 13, which starts Monday 03-25.
		{"week on a Sunday", nps.Week, lateMarch, time.UTC, "2024-W13", "2024-03-25T00:00:00Z"},
		// Friday 2021-01-01 belongs to ISO week 53 of 2020 (starts 2020-12-28).
		{"ISO week of the previous year", nps.Week, date(2021, 1, 1), time.UTC, "2020-W53", "2020-12-28T00:00:00Z"},
		// Monday 2024-12-30 is in ISO week 1 of 2025.
		{"ISO week of the next year", nps.Week, date(2024, 12, 30), time.UTC, "2025-W01", "2024-12-30T00:00:00Z"},
		{"quarter 4", nps.Quarter, date(2023, 12, 31), time.UTC, "2023-Q4", "2023-10-01T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.p.Start(tt.t, tt.loc)
			assert.Equal(t, tt.start, s.Format(time.RFC3339))
			assert.Equal(t, tt.label, tt.p.Label(s))
			next := tt.p.Next(s)
			assert.True(t, next.After(s))
			assert.Equal(t, next, tt.p.Start(next, tt.loc), "Next returns a period start")
		})
	}
}

func TestPeriodMisusePanics(t *testing.T) {
	assert.PanicsWithValue(t, "nps: nil *time.Location", func() { nps.Quarter.Start(date(2024, 1, 1), nil) })
	assert.Panics(t, func() { nps.Period(0).Start(date(2024, 1, 1), time.UTC) })
}

func TestWeekNextAcrossDST(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	require.NoError(t, err)
	// The week of 2024-03-25 contains the switch to summer time (03-31);
	// the next week still starts at local midnight on Monday 04-01.
	s := nps.Week.Start(date(2024, 3, 27), paris)
	assert.Equal(t, "2024-04-01T00:00:00+02:00", nps.Week.Next(s).Format(time.RFC3339))
}
