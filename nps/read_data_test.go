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

func TestReadCSVClothingLines(t *testing.T) {
	path := shared.Data(t, "womens_clothing_reviews.csv")
	f, err := os.Open(path)
	require.NoError(t, err)
	defer func() { _ = f.Close() }()
	// "Positive Feedback Count" is a count (0 to 122), read here as the
	// score so that every value above 10 is rejected with its line. 2,024 of
	// the 23,486 records have a quoted field spanning lines, so the lines
	// check physical line counting: an error names the line where its
	// field starts, after any multi-line field before it in the record.
	// Expected figures from Python's csv module: the line of the field is
	// the record's start (the reader's line_num before it, plus one) plus
	// the newlines in the fields before it:
	//   1342 rejections, first lines 12, 30, 66, last 28228, lines summing
	//   to 18850059 (record start lines would sum to 18849339, 720 less:
	//   238 of the rejected rows hold 720 newlines before the count).
	rd := nps.ReadCSV(f, nps.ReadLenient(), nps.ReadMapping(nps.Mapping{Score: "Positive Feedback Count"}))
	got, err := rd.ReadAll()
	require.NoError(t, err)
	assert.Len(t, got, 23486-1342)
	rej := rd.Rejected()
	require.Len(t, rej, 1342)
	sum := 0
	for _, e := range rej {
		sum += e.Line
	}
	assert.Equal(t, []int{12, 30, 66}, []int{rej[0].Line, rej[1].Line, rej[2].Line})
	assert.Equal(t, 28228, rej[len(rej)-1].Line)
	assert.Equal(t, 18850059, sum)
	assert.Equal(t, "Review Text", rd.Mapping().Comment, "detected")
}
