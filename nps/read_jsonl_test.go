package nps_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/nps"
)

func TestReadJSONLValues(t *testing.T) {
	in := `{"id":"a1","nps":9,"feedback":"quick","submitted_at":"2018-04-11T20:09:00Z","channel":"chat","wait":3.5,"vip":true}` + "\n" +
		"\n" + // a blank line is not a row
		`{"id":2,"nps":"7.0","feedback":null,"channel":"email","wait":"","vip":false}` + "\r\n" +
		`{"nps":6.0,"submitted_at":"","wait":"12"}`
	rd := nps.ReadJSONL(strings.NewReader(in), nps.ReadMapping(nps.Mapping{
		Segments: []string{"channel"}, Metrics: []string{"wait"}, Rest: nps.ColumnSegment,
	}))
	got, err := rd.ReadAll()
	require.NoError(t, err)
	want := []nps.Response{
		{ID: "a1", Score: 9, Comment: "quick", Time: time.Date(2018, 4, 11, 20, 9, 0, 0, time.UTC),
			Segments: map[string]string{"channel": "chat", "vip": "true"}, Metrics: map[string]float64{"wait": 3.5}},
		{ID: "2", Score: 7, Segments: map[string]string{"channel": "email", "vip": "false"}},
		{ID: "", Score: 6, Segments: map[string]string{"channel": ""}, Metrics: map[string]float64{"wait": 12}},
	}
	assert.Equal(t, want, got)
	m := rd.Mapping()
	assert.Equal(t, "nps", m.Score)
	assert.Equal(t, "feedback", m.Comment)
	assert.Equal(t, "id", m.ID)
	assert.Equal(t, "submitted_at", m.Date)
	assert.Equal(t, []string{time.RFC3339}, m.DateLayouts)
}

// Line numbers are counted by hand in each input: blank lines count.
func TestReadJSONLStrictErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want readTestError
	}{
		{"score above 10", `{"score":11}`, readTestError{nps.ErrScore, 1, 1, "score", 0, "11"}},
		{"score not whole", `{"score":7.5}`, readTestError{nps.ErrScore, 1, 1, "score", 0, "7.5"}},
		{"score NA string", `{"score":"NA"}`, readTestError{nps.ErrScore, 1, 1, "score", 0, "NA"}},
		{"score null", `{"score":7}` + "\n" + `{"score":null}`, readTestError{nps.ErrEmptyScore, 2, 2, "score", 0, ""}},
		{"score key absent", `{"score":7}` + "\n\n" + `{"comment":"x"}`, readTestError{nps.ErrEmptyScore, 3, 2, "score", 0, ""}},
		{"score boolean", `{"score":true}`, readTestError{nps.ErrScore, 1, 1, "score", 0, "true"}},
		{"not an object", `{"score":7}` + "\n" + `[1,2]`, readTestError{nps.ErrJSONL, 2, 2, "", 0, "[1,2]"}},
		{"null line", `null`, readTestError{nps.ErrJSONL, 1, 1, "", 0, "null"}},
		{"broken json", `{"score":7`, readTestError{nps.ErrJSONL, 1, 1, "", 0, `{"score":7`}},
		{"nested comment", `{"score":7,"comment":{"a":1}}`, readTestError{nps.ErrJSONL, 1, 1, "comment", 0, `{"a":1}`}},
		{"date as number", `{"score":7,"date":20180411}`, readTestError{nps.ErrDate, 1, 1, "date", 0, "20180411"}},
		{"invalid utf-8 comment", "{\"score\":7,\"comment\":\"caf\xe9\"}", readTestError{nps.ErrUTF8, 1, 1, "comment", 0, "\"caf\xe9\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := nps.ReadJSONL(strings.NewReader(tt.in), nps.ReadName("test.csv"))
			_, err := rd.ReadAll()
			readTestCheck(t, tt.want, err)
		})
	}
}

func TestReadJSONLFatalErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    readTestError
		message string
	}{
		{"no score key", `{"id":1,"text":"x"}`, readTestError{nps.ErrMissingColumn, 1, 1, "score", 0, ""}, `keys are ["id" "text"]`},
		{"utf-16 bom", "\xff\xfe{\x00", readTestError{nps.ErrEncoding, 1, 0, "", 0, "FF FE 7B 00"}, "byte-order mark"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := nps.ReadJSONL(strings.NewReader(tt.in), nps.ReadName("test.csv"), nps.ReadLenient())
			got, err := rd.ReadAll()
			readTestCheck(t, tt.want, err)
			assert.Contains(t, err.Error(), tt.message)
			assert.Empty(t, got)
		})
	}
}

func TestReadJSONLLenient(t *testing.T) {
	// Five lines: line 2 is broken, line 4 has score 12; lines 1, 3 and 5
	// are accepted, line 5 with its comment repaired.
	in := `{"score":10,"comment":"great"}` + "\n" +
		`{"score":` + "\n" +
		`{"score":"3","comment":"slow"}` + "\n" +
		`{"score":12}` + "\n" +
		"{\"score\":0,\"comment\":\"bad \xff byte\"}\n"
	rd := nps.ReadJSONL(strings.NewReader(in), nps.ReadName("test.csv"), nps.ReadLenient())
	got, err := rd.ReadAll()
	require.NoError(t, err)
	require.Len(t, got, 3)
	assert.Equal(t, []string{"1", "3", "5"}, []string{got[0].ID, got[1].ID, got[2].ID}, "ids are data row numbers")
	assert.Equal(t, "bad \ufffd byte", got[2].Comment)
	assert.Equal(t, nps.ReaderStats{Rows: 5, Accepted: 3, Rejected: 2, Repaired: 1}, rd.Stats())
	require.Len(t, rd.Rejected(), 2)
	readTestCheck(t, readTestError{nps.ErrJSONL, 2, 2, "", 0, `{"score":`}, rd.Rejected()[0])
	readTestCheck(t, readTestError{nps.ErrScore, 4, 4, "score", 0, "12"}, rd.Rejected()[1])
	require.Len(t, rd.Warnings(), 1)
	assert.Equal(t, 5, rd.Warnings()[0].Line)
}

func TestReadJSONLLongLine(t *testing.T) {
	// A line over 16 MiB is rejected whole, and the next line still reads.
	long := `{"score":7,"comment":"` + strings.Repeat("x", 16<<20) + `"}`
	rd := nps.ReadJSONL(strings.NewReader(long+"\n"+`{"score":8}`+"\n"), nps.ReadLenient())
	got, err := rd.ReadAll()
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, 8, got[0].Score)
	require.Len(t, rd.Rejected(), 1)
	assert.ErrorIs(t, rd.Rejected()[0], nps.ErrJSONL)
	assert.Equal(t, 1, rd.Rejected()[0].Line)
}

func TestReadJSONLLooseKeys(t *testing.T) {
	// Detected keys are used as they are spelled, spaces included.
	got, err := nps.ReadJSONL(strings.NewReader(`{" Score ":8,"Why?":"x","WHY":"fast"}`)).ReadAll()
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, 8, got[0].Score)
	assert.Equal(t, "fast", got[0].Comment)
}
