package nps_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/nps"
)

// readTestAll reads every row of a reader and returns the responses and the
// error that stopped it.
func readTestAll(rd *nps.Reader) ([]nps.Response, error) { return rd.ReadAll() }

// readTestError is the expected place and reason of a reader error.
type readTestError struct {
	is     error
	line   int
	row    int
	column string
	index  int
	value  string
}

// readTestCheck asserts that err is a *RowError matching want.
func readTestCheck(t *testing.T, want readTestError, err error) {
	t.Helper()
	require.Error(t, err)
	var re *nps.RowError
	require.True(t, errors.As(err, &re), "%v is not a *RowError", err)
	assert.ErrorIs(t, err, want.is)
	assert.Equal(t, "test.csv", re.File)
	assert.Equal(t, want.line, re.Line, "line")
	assert.Equal(t, want.row, re.Row, "row")
	assert.Equal(t, want.column, re.Column, "column")
	assert.Equal(t, want.index, re.ColumnIndex, "column index")
	assert.Equal(t, want.value, re.Value, "value")
	assert.Equal(t, strings.ToLower(err.Error()[:4]), err.Error()[:4], "error strings are lower-case")
}

// Every line number below is counted by hand in the input literal: the
// header is line 1, and a quoted field holding "\n" adds a line.
func TestReadCSVStrictErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		m    nps.Mapping
		want readTestError
	}{
		{"score above 10", "id,score,comment\na,7,ok\nb,11,no\n", nps.Mapping{},
			readTestError{nps.ErrScore, 3, 2, "score", 2, "11"}},
		{"score not whole", "id,score,comment\na,7.5,x\n", nps.Mapping{},
			readTestError{nps.ErrScore, 2, 1, "score", 2, "7.5"}},
		{"score NA", "id,score,comment\na,NA,x\n", nps.Mapping{},
			readTestError{nps.ErrScore, 2, 1, "score", 2, "NA"}},
		{"score empty", "id,score,comment\na,,x\n", nps.Mapping{},
			readTestError{nps.ErrEmptyScore, 2, 1, "score", 2, ""}},
		{"score negative", "id,score,comment\na,-1,x\n", nps.Mapping{},
			readTestError{nps.ErrScore, 2, 1, "score", 2, "-1"}},
		{"score hex float", "id,score\na,0x1p3\n", nps.Mapping{},
			readTestError{nps.ErrScore, 2, 1, "score", 2, "0x1p3"}},
		{"score point without zeros", "id,score\na,7.\n", nps.Mapping{},
			readTestError{nps.ErrScore, 2, 1, "score", 2, "7."}},
		{"bad date with layout", "score,date\n7,2018-02-30\n", nps.Mapping{DateLayouts: []string{"2006-01-02"}},
			readTestError{nps.ErrDate, 2, 1, "date", 2, "2018-02-30"}},
		{"bad date after detection", "score,date\n7,2018-04-01\n8,yesterday\n", nps.Mapping{},
			readTestError{nps.ErrDate, 3, 2, "date", 2, "yesterday"}},
		{"ragged row", "id,score\na,7\nb,8,extra\n", nps.Mapping{},
			readTestError{nps.ErrRagged, 3, 2, "", 0, ""}},
		{"short row", "id,score,comment\na,7\n", nps.Mapping{},
			readTestError{nps.ErrRagged, 2, 1, "", 0, ""}},
		{"invalid utf-8 comment", "score,comment\n7,caf\xe9\n", nps.Mapping{},
			readTestError{nps.ErrUTF8, 2, 1, "comment", 2, "caf\xe9"}},
		{"invalid utf-8 segment", "score,channel\n7,ch\xffat\n", nps.Mapping{Segments: []string{"channel"}},
			readTestError{nps.ErrUTF8, 2, 1, "channel", 2, "ch\xffat"}},
		{"bare quote", "score,comment\n7,say \"hi\n", nps.Mapping{},
			readTestError{nps.ErrCSV, 2, 1, "", 0, ""}},
		{"error after a multi-line field", "id,score,comment\na,7,\"one\ntwo\"\nb,NA,x\n", nps.Mapping{},
			readTestError{nps.ErrScore, 4, 2, "score", 2, "NA"}},
		{"error in a field after a multi-line field", "id,comment,score\na,\"one\ntwo\",NA\n", nps.Mapping{},
			readTestError{nps.ErrScore, 3, 1, "score", 3, "NA"}},
		{"metric not a number", "score,wait\n7,3 min\n", nps.Mapping{Metrics: []string{"wait"}},
			readTestError{nps.ErrNumber, 2, 1, "wait", 2, "3 min"}},
		{"metric infinite", "score,wait\n7,Inf\n", nps.Mapping{Metrics: []string{"wait"}},
			readTestError{nps.ErrNumber, 2, 1, "wait", 2, "Inf"}},
		{"weight zero", "score,w\n7,0\n", nps.Mapping{Weight: "w"},
			readTestError{nps.ErrNumber, 2, 1, "w", 2, "0"}},
		{"weight empty", "score,w\n7,\n", nps.Mapping{Weight: "w"},
			readTestError{nps.ErrNumber, 2, 1, "w", 2, ""}},
		{"rest as metric meets text", "score,region\n7,north\n", nps.Mapping{Rest: nps.ColumnMetric},
			readTestError{nps.ErrNumber, 2, 1, "region", 2, "north"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := nps.ReadCSV(strings.NewReader(tt.in), nps.ReadName("test.csv"), nps.ReadMapping(tt.m))
			_, err := readTestAll(rd)
			readTestCheck(t, tt.want, err)
			assert.Equal(t, 1, rd.Stats().Rejected, "strict mode stops at the first bad row")
		})
	}
}

// Errors that concern the whole input end it in both modes.
func TestReadCSVFatalErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		m       nps.Mapping
		want    readTestError
		message string // a part of the error text
	}{
		{"mapped column missing", "id,score,comment\n", nps.Mapping{Comment: "verbatim"},
			readTestError{nps.ErrMissingColumn, 1, 0, "verbatim", 0, ""}, `header is ["id" "score" "comment"]`},
		{"no score column", "id,text\n", nps.Mapping{},
			readTestError{nps.ErrMissingColumn, 1, 0, "score", 0, ""}, `header is ["id" "text"]`},
		{"score column twice", "Score,score\n", nps.Mapping{},
			readTestError{nps.ErrHeader, 1, 0, "", 0, ""}, "columns 1 and 2"},
		{"mapped column twice", "a,score,a\n", nps.Mapping{Segments: []string{"a"}},
			readTestError{nps.ErrHeader, 1, 0, "a", 0, ""}, "appears 2 times"},
		{"empty input", "", nps.Mapping{},
			readTestError{nps.ErrHeader, 0, 0, "", 0, ""}, "no header"},
		{"utf-16 little-endian bom", "\xff\xfes\x00c\x00", nps.Mapping{},
			readTestError{nps.ErrEncoding, 1, 0, "", 0, "FF FE 73 00"}, "convert the file to UTF-8"},
		{"utf-16 big-endian bom", "\xfe\xff\x00s", nps.Mapping{},
			readTestError{nps.ErrEncoding, 1, 0, "", 0, "FE FF 00 73"}, "byte-order mark"},
		{"no layout fits", "score,date\n7,someday\n", nps.Mapping{},
			readTestError{nps.ErrDate, 0, 0, "date", 2, ""}, `no known layout fits "someday"`},
		{"ambiguous day and month", "score,date\n7,01/02/2018\n8,03/04/2018\n", nps.Mapping{},
			readTestError{nps.ErrDateAmbiguous, 0, 0, "date", 2, ""}, `"2/1/2006" "1/2/2006"`},
	}
	for _, tt := range tests {
		for _, mode := range []struct {
			name string
			opts []nps.ReadOption
		}{{"strict", nil}, {"lenient", []nps.ReadOption{nps.ReadLenient()}}} {
			t.Run(tt.name+"/"+mode.name, func(t *testing.T) {
				opts := append([]nps.ReadOption{nps.ReadName("test.csv"), nps.ReadMapping(tt.m)}, mode.opts...)
				rd := nps.ReadCSV(strings.NewReader(tt.in), opts...)
				got, err := readTestAll(rd)
				readTestCheck(t, tt.want, err)
				assert.Contains(t, err.Error(), tt.message)
				assert.Empty(t, got)
			})
		}
	}
}

func TestReadCSVScores(t *testing.T) {
	// Each accepted spelling and the score it stands for.
	in := "score\n7.0\n 8 \n07\n10.00\n0\n"
	got, err := readTestAll(nps.ReadCSV(strings.NewReader(in)))
	require.NoError(t, err)
	var scores []int
	for _, r := range got {
		scores = append(scores, r.Score)
	}
	assert.Equal(t, []int{7, 8, 7, 10, 0}, scores)
}

func TestReadCSVValues(t *testing.T) {
	in := "\ufeffResponse ID;Likelihood To Recommend;Why;Created_At;Channel;Wait mins;Tier;W\n" +
		"r1;9;\"fast, friendly\";2018-04-11 20:09:00;chat;3.5;gold;2\n" +
		"r2;3;;;phone;;;0.5\n"
	tz := time.FixedZone("UTC+1", 3600)
	rd := nps.ReadCSV(strings.NewReader(in), nps.ReadComma(';'), nps.ReadMapping(nps.Mapping{
		Location: tz, Segments: []string{"channel"}, Metrics: []string{"Wait mins"}, Weight: "W", Rest: nps.ColumnSegment,
	}))
	got, err := readTestAll(rd)
	require.NoError(t, err)
	want := []nps.Response{
		{ID: "r1", Score: 9, Comment: "fast, friendly", Time: time.Date(2018, 4, 11, 20, 9, 0, 0, tz),
			Segments: map[string]string{"channel": "chat", "Tier": "gold"}, Metrics: map[string]float64{"Wait mins": 3.5}, Weight: 2},
		{ID: "r2", Score: 3, Segments: map[string]string{"channel": "phone", "Tier": ""}, Weight: 0.5},
	}
	assert.Equal(t, want, got)
	m := rd.Mapping()
	assert.Equal(t, nps.Mapping{ID: "Response ID", Score: "Likelihood To Recommend", Comment: "Why", Date: "Created_At",
		DateLayouts: []string{"2006-01-02 15:04:05"}, Location: tz, Weight: "W",
		Segments: []string{"channel", "Tier"}, Metrics: []string{"Wait mins"}, Rest: nps.ColumnSegment}, m)
}

func TestReadCSVRowNumberIDs(t *testing.T) {
	// Without an id column the ID is the data row number, counting rejected
	// rows too: rows 1 and 3 are accepted, row 2 ("NA") is not.
	rd := nps.ReadCSV(strings.NewReader("score,comment\n9,a\nNA,b\n6,c\n"), nps.ReadLenient())
	got, err := readTestAll(rd)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "1", got[0].ID)
	assert.Equal(t, "3", got[1].ID)
	assert.Equal(t, nps.ReaderStats{Rows: 3, Accepted: 2, Rejected: 1}, rd.Stats())
}

func TestReadCSVColumnNone(t *testing.T) {
	// "time" would be detected as the date; ColumnNone says it is not one.
	rd := nps.ReadCSV(strings.NewReader("score,time\n7,fast\n"), nps.ReadMapping(nps.Mapping{Date: nps.ColumnNone}))
	got, err := readTestAll(rd)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.True(t, got[0].Time.IsZero())
}

func TestReadCSVLenient(t *testing.T) {
	// Six data rows (lines 2-7): rows 2 (11), 3 (NA), 5 (ragged) and 6 (bad
	// UTF-8 in a segment) are rejected; rows 1 and 4 are accepted, row 4
	// with its comment repaired.
	in := "score,comment,tier\n" +
		"9,good,gold\n" +
		"11,too high,gold\n" +
		"NA,none,gold\n" +
		"5,bad \xff\xfebytes,silver\n" +
		"7,ragged\n" +
		"8,ok,si\xffver\n"
	rd := nps.ReadCSV(strings.NewReader(in), nps.ReadName("test.csv"), nps.ReadLenient(),
		nps.ReadMapping(nps.Mapping{Segments: []string{"tier"}}))
	got, err := readTestAll(rd)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "bad \ufffdbytes", got[1].Comment)
	assert.Equal(t, nps.ReaderStats{Rows: 6, Accepted: 2, Rejected: 4, Repaired: 1}, rd.Stats())
	wantRejected := []readTestError{
		{nps.ErrScore, 3, 2, "score", 1, "11"},
		{nps.ErrScore, 4, 3, "score", 1, "NA"},
		{nps.ErrRagged, 6, 5, "", 0, ""},
		{nps.ErrUTF8, 7, 6, "tier", 3, "si\xffver"},
	}
	require.Len(t, rd.Rejected(), len(wantRejected))
	for i, want := range wantRejected {
		readTestCheck(t, want, rd.Rejected()[i])
	}
	require.Len(t, rd.Warnings(), 1)
	readTestCheck(t, readTestError{nps.ErrUTF8, 5, 4, "comment", 2, "bad \xff\xfebytes"}, rd.Warnings()[0])
}

func TestReadCSVOnReject(t *testing.T) {
	var seen []int
	rd := nps.ReadCSV(strings.NewReader("score\nNA\n7\nx\n"), nps.ReadLenient(),
		nps.ReadOnReject(func(e *nps.RowError) { seen = append(seen, e.Line) }))
	got, err := readTestAll(rd)
	require.NoError(t, err)
	assert.Len(t, got, 1)
	assert.Equal(t, []int{2, 4}, seen, "lines of NA and x")
	assert.Empty(t, rd.Rejected())
	assert.Equal(t, 2, rd.Stats().Rejected)
}

func TestReadCSVUTF8BOM(t *testing.T) {
	got, err := readTestAll(nps.ReadCSV(strings.NewReader("\xef\xbb\xbfscore\n10\n")))
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, 10, got[0].Score)
}

func TestReadCSVErrorText(t *testing.T) {
	_, err := readTestAll(nps.ReadCSV(strings.NewReader("id,score\na,NA\n"), nps.ReadName("s.csv")))
	assert.EqualError(t, err, `nps: s.csv:2: column "score" (2): value "NA": not a number: score must be an integer from 0 to 10`)
	long := strings.Repeat("é", 50)
	_, err = readTestAll(nps.ReadCSV(strings.NewReader("score,comment\n7,"+long+"\xff\n"), nps.ReadName("s.csv")))
	assert.EqualError(t, err, `nps: s.csv:2: column "comment" (2): value "`+strings.Repeat("é", 40)+`...": invalid UTF-8`,
		"the value is cut at 80 bytes on a character boundary")
}

func TestReadCSVScoreOptional(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		mapping nps.Mapping
		want    []int
	}{
		{"absent column gives nps.NoScore", "id,comment\na,slow\nb,fine\n", nps.Mapping{ScoreOptional: true}, []int{nps.NoScore, nps.NoScore}},
		{"present column is still read", "id,score,comment\na,3,slow\nb,9,fine\n", nps.Mapping{ScoreOptional: true}, []int{3, 9}},
		{"nps.ColumnNone ignores a score column", "id,score,comment\na,3,slow\n", nps.Mapping{Score: nps.ColumnNone}, []int{nps.NoScore}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := nps.ReadCSV(strings.NewReader(tc.in), nps.ReadMapping(tc.mapping)).ReadAll()
			require.NoError(t, err)
			var got []int
			for _, r := range rs {
				got = append(got, r.Score)
			}
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := nps.ReadCSV(strings.NewReader("id,comment\na,slow\n")).ReadAll()
	assert.ErrorIs(t, err, nps.ErrMissingColumn, "without ScoreOptional a score column is required")
}
