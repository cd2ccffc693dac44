package nps_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/nps"
)

func TestDetectDateLayout(t *testing.T) {
	tests := []struct {
		name   string
		values []string
		want   string
		err    error
	}{
		{"rfc 3339", []string{"2018-04-11T20:09:00Z", "2018-04-12T08:00:00.5+01:00"}, time.RFC3339, nil},
		{"iso date", []string{"2018-04-11", "", "2018-12-01"}, "2006-01-02", nil},
		{"iso date and time", []string{"2018-04-11 20:09:00"}, "2006-01-02 15:04:05", nil},
		{"iso without zone", []string{"2018-04-11T20:09:00"}, "2006-01-02T15:04:05", nil},
		{"year first with slashes", []string{"2020/3/18", "2020/12/1"}, "2006/1/2", nil},
		// 11/04 fits both orders; 22/03 only day-first.
		{"day first decided by day 22", []string{"11/04/2018 20:09", "22/03/2018 18:38"}, "2/1/2006 15:04", nil},
		// 04/22 only fits month-first.
		{"month first decided by day 22", []string{"04/11/2018", "04/22/2018"}, "1/2/2006", nil},
		{"single digits", []string{"7/4/2018", "13/4/2018"}, "2/1/2006", nil},
		// the third value fits no remaining layout and is not counted.
		{"a bad value is skipped", []string{"11/04/2018", "garbage", "30/04/2018"}, "2/1/2006", nil},
		{"ambiguous", []string{"01/02/2018", "05/06/2018"}, "", nps.ErrDateAmbiguous},
		{"nothing fits", []string{"yesterday"}, "", nps.ErrDate},
		{"no values", []string{"", " "}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := nps.DetectDateLayout(tt.values)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDetectDateLayoutsIsACopy(t *testing.T) {
	l := nps.DetectDateLayouts()
	l[0] = "changed"
	assert.Equal(t, time.RFC3339, nps.DetectDateLayouts()[0])
}

func TestReadCSVDateDetection(t *testing.T) {
	// Rows 1-3 have days of 12 or less; row 4 (day 25) decides day-first,
	// after which the held rows are read with that layout.
	in := "score,date\n9,01/02/2018\n8,03/04/2018\n7,\n6,25/12/2018\n"
	rd := nps.ReadCSV(strings.NewReader(in))
	got, err := rd.ReadAll()
	require.NoError(t, err)
	require.Len(t, got, 4)
	assert.Equal(t, time.Date(2018, 2, 1, 0, 0, 0, 0, time.UTC), got[0].Time)
	assert.Equal(t, time.Date(2018, 4, 3, 0, 0, 0, 0, time.UTC), got[1].Time)
	assert.True(t, got[2].Time.IsZero())
	assert.Equal(t, time.Date(2018, 12, 25, 0, 0, 0, 0, time.UTC), got[3].Time)
}

func TestReadCSVDetectRowsLimit(t *testing.T) {
	// With room for two rows the third, deciding, row is never seen.
	in := "score,date\n9,01/02/2018\n8,03/04/2018\n6,25/12/2018\n"
	_, err := nps.ReadCSV(strings.NewReader(in), nps.ReadDetectRows(2)).ReadAll()
	assert.ErrorIs(t, err, nps.ErrDateAmbiguous)
	assert.ErrorContains(t, err, "detection read 2 rows")
}

func TestReadCSVSeveralLayouts(t *testing.T) {
	in := "score,date\n9,2018-04-11\n8,11/04/2018 10:30\n"
	got, err := nps.ReadCSV(strings.NewReader(in), nps.ReadMapping(nps.Mapping{
		DateLayouts: []string{"2006-01-02", "02/01/2006 15:04"},
	})).ReadAll()
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, time.Date(2018, 4, 11, 0, 0, 0, 0, time.UTC), got[0].Time)
	assert.Equal(t, time.Date(2018, 4, 11, 10, 30, 0, 0, time.UTC), got[1].Time)
}
