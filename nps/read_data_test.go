package nps_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/internal/shared"
	"github.com/verbatim-go/verbatim/nps"
)

// readTestDev opens the real development file and a reader on it.
func readTestDev(t *testing.T, opts ...nps.ReadOption) *nps.Reader {
	t.Helper()
	path := shared.Data(t, "nps_verbatims_dev.csv")
	f, err := os.Open(path)
	require.NoError(t, err)
	t.Cleanup(func() { _ = f.Close() })
	opts = append([]nps.ReadOption{nps.ReadName("nps_verbatims_dev.csv"),
		nps.ReadMapping(nps.Mapping{Segments: []string{"journey"}})}, opts...)
	return nps.ReadCSV(f, opts...)
}

func TestReadCSVDevStrict(t *testing.T) {
	rd := readTestDev(t)
	got, err := rd.ReadAll()
	// The first "NA" score is on line 117 (grep -n -m1 ',NA,' gives
	// "117:v0230,..."), data row 116: the 115 rows before it are returned.
	readTestCheckDev(t, err)
	assert.Len(t, got, 115)
	assert.Equal(t, nps.ReaderStats{Rows: 116, Accepted: 115, Rejected: 1}, rd.Stats())
}

// readTestCheckDev asserts the strict-mode error on the development file.
func readTestCheckDev(t *testing.T, err error) {
	t.Helper()
	require.Error(t, err)
	var re *nps.RowError
	require.ErrorAs(t, err, &re)
	assert.ErrorIs(t, err, nps.ErrScore)
	assert.Equal(t, nps.RowError{File: "nps_verbatims_dev.csv", Line: 117, Row: 116, Column: "score",
		ColumnIndex: 4, Value: "NA", Err: re.Err}, *re)
}

func TestReadCSVDevLenient(t *testing.T) {
	rd := readTestDev(t, nps.ReadLenient())
	got, err := rd.ReadAll()
	require.NoError(t, err)
	// Counted independently of this code:
	//   awk -F, 'NR>1 && $4=="NA"' nps_verbatims_dev.csv | wc -l        -> 16
	//   python3 csv.reader: 1193 data rows, every one with 6 fields, and
	//   wc -l gives 1194 lines (no quoted field spans lines).
	// So 1193 - 16 = 1177 rows are accepted.
	assert.Equal(t, nps.ReaderStats{Rows: 1193, Accepted: 1177, Rejected: 16}, rd.Stats())
	require.Len(t, got, 1177)
	for _, e := range rd.Rejected() {
		assert.ErrorIs(t, e, nps.ErrScore)
		assert.Equal(t, "NA", e.Value)
	}
	assert.Equal(t, 117, rd.Rejected()[0].Line)

	// Journeys of the accepted rows, from
	//   awk -F, 'NR>1 && $4!="NA"{c[$3]++} END{for(k in c) print k, c[k]}'
	journeys := map[string]int{}
	replaced, sum := 0, 0
	for _, r := range got {
		journeys[r.Segments["journey"]]++
		if strings.ContainsRune(r.Comment, '\uFFFD') {
			replaced++
		}
		sum += r.Score
	}
	assert.Equal(t, map[string]int{"First Payment": 553, "Order": 484, "Equipment Received": 123, "Service in Use": 17}, journeys)
	// Comments of accepted rows holding U+FFFD (the file's own, not ours):
	//   awk -F, 'NR>1 && $4!="NA" && /\xef\xbf\xbd/' ... | wc -l -> 56
	assert.Equal(t, 56, replaced)
	// Sum of the accepted scores, python3: sum(int(r[3]) for r in rows if r[3] != 'NA').
	assert.Equal(t, 5825, sum)

	// dd/mm/yyyy hh:mm, decided by 22/03/2018 on line 5; first row
	// "v0000,11/04/2018 20:09".
	assert.Equal(t, []string{"2/1/2006 15:04"}, rd.Mapping().DateLayouts)
	assert.Equal(t, "v0000", got[0].ID)
	assert.Equal(t, time.Date(2018, 4, 11, 20, 9, 0, 0, time.UTC), got[0].Time)
}
