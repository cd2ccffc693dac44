package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/themes"
)

// sampleHead writes the header and the first n records of the embedded
// sample to a file (a smaller survey keeps the test quick under -race), then
// the extra lines, and returns its path and the line number of the first
// extra line (some sample comments span lines, so it is counted, not n+2).
func sampleHead(t *testing.T, n int, extra ...string) (path string, extraLine int) {
	t.Helper()
	records, err := csv.NewReader(bytes.NewReader(verbatim.SampleCSV())).ReadAll()
	require.NoError(t, err)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	require.NoError(t, w.WriteAll(records[:n+1]))
	extraLine = bytes.Count(buf.Bytes(), []byte("\n")) + 1
	for _, line := range extra {
		buf.WriteString(line + "\n")
	}
	path = filepath.Join(t.TempDir(), "survey.csv")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o600))
	return path, extraLine
}

func readReport(t *testing.T, path string) report {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var rep report
	require.NoError(t, json.Unmarshal(b, &rep))
	return rep
}

func TestRunClean(t *testing.T) {
	in, _ := sampleHead(t, 500)
	out := filepath.Join(t.TempDir(), "report.json")
	require.NoError(t, run(in, out, "region", 1))

	rep := readReport(t, out)
	assert.Equal(t, rowCounts{Read: 500, Accepted: 500, Rejected: 0}, rep.Rows)
	assert.Empty(t, rep.Rejected)
	require.NotNil(t, rep.Report)
	assert.Equal(t, themes.ReportVersion, rep.Version)
	assert.EqualValues(t, 500, rep.Summary.N)
	assert.Equal(t, []string{"region"}, rep.Settings.Segments)
	require.Len(t, rep.Segments, 1)
	assert.Equal(t, "region", rep.Segments[0].By)
	require.NotNil(t, rep.Trend, "the sample is dated")
	assert.NotEmpty(t, rep.Themes.Items)
	assert.NotEmpty(t, rep.Findings)

	// A nightly job must be reproducible: the same input and seed give the
	// same bytes.
	again := filepath.Join(t.TempDir(), "again.json")
	require.NoError(t, run(in, again, "region", 1))
	b1, _ := os.ReadFile(out)
	b2, _ := os.ReadFile(again)
	assert.Equal(t, b1, b2)
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".batch-*"))
	assert.Empty(t, left, "no temporary file is left behind")
}

func TestRunRejectsRows(t *testing.T) {
	in, line := sampleHead(t, 500,
		"r90001,2025-05-01,phone,consumer,north,ten,Never called back,3,0,,service",
		"r90002,2025-05-02,chat,smb",
	)
	out := filepath.Join(t.TempDir(), "report.json")
	err := run(in, out, "", 1)
	require.ErrorIs(t, err, errBadData)
	assert.Contains(t, err.Error(), "2 of 502 rows rejected")

	rep := readReport(t, out)
	assert.Equal(t, rowCounts{Read: 502, Accepted: 500, Rejected: 2}, rep.Rows, "the report is written all the same")
	require.Len(t, rep.Rejected, 2)
	assert.Equal(t, rejectedRow{Line: line, Column: "score", Value: "ten", Reason: rep.Rejected[0].Reason}, rep.Rejected[0])
	assert.Contains(t, rep.Rejected[0].Reason, "score")
	assert.Equal(t, line+1, rep.Rejected[1].Line)
}

func TestRunInputErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.csv")
	require.NoError(t, os.WriteFile(empty, nil, 0o600))
	headerOnly := filepath.Join(dir, "header.csv")
	require.NoError(t, os.WriteFile(headerOnly, []byte("id,score,comment\n"), 0o600))

	tests := []struct {
		name    string
		in      string
		badData bool
		msg     string
	}{
		{"missing file", filepath.Join(dir, "absent.csv"), false, "absent.csv"},
		{"empty file", empty, true, "empty.csv"},
		{"header only", headerOnly, true, "no usable rows"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := run(tc.in, filepath.Join(dir, "out.json"), "", 1)
			require.Error(t, err)
			assert.Equal(t, tc.badData, errors.Is(err, errBadData))
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
	_, err := os.Stat(filepath.Join(dir, "out.json"))
	assert.ErrorIs(t, err, os.ErrNotExist, "no report without data")
}
