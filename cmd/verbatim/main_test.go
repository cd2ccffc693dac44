package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCmd runs the command line with stdin given (nil: nothing piped) and
// returns the exit code, stdout and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	std := stdio{out: &out, err: &errOut}
	if stdin != "" {
		std.in = strings.NewReader(stdin)
	}
	code := run(context.Background(), args, std)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func TestExitCodes(t *testing.T) {
	bad := writeFile(t, "bad.csv", "id,score,comment\n1,9,great\n2,11,too high\n")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no command", nil, exitUsage, "no command given"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"bad format", []string{"nps", "-format", "xml"}, exitUsage, `-format "xml"`},
		{"bad period", []string{"nps", "-period", "decade"}, exitUsage, `-period "decade"`},
		{"bad industry", []string{"nps", "-industry", "mining"}, exitUsage, `-industry "mining"`},
		{"unknown flag", []string{"nps", "-bogus"}, exitUsage, "flag provided but not defined"},
		{"missing file", []string{"nps", "/nonexistent/survey.csv"}, exitIO, "no such file"},
		{"two inputs", []string{"nps", "-in", "a.csv", "b.csv"}, exitUsage, "input given twice"},
		// line 3 holds the score 11: the header is line 1.
		{"strict bad data", []string{"nps", "-strict", bad}, exitData, "bad.csv:3: column \"score\""},
		{"help", []string{"help"}, exitOK, ""},
		{"command help", []string{"nps", "-h"}, exitOK, "usage: verbatim nps"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			assert.Equal(t, tc.code, code, stderr)
			assert.Contains(t, stderr, tc.stderr)
		})
	}
}

func TestLenientReportsRejectedRows(t *testing.T) {
	bad := writeFile(t, "bad.csv", "id,score,comment\n1,9,great\n2,NA,meh\n3,0,awful\n")
	code, out, stderr := runCmd(t, "", "nps", bad)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "1 rows rejected, 2 accepted")
	assert.Contains(t, stderr, "bad.csv:3")
	// 1 promoter and 1 detractor of 2: NPS 0 (hand calculation).
	assert.Contains(t, out, "**NPS +0.0**")
	assert.Contains(t, out, "1 rows were rejected")
}

func TestFlagsAfterFileAndStdin(t *testing.T) {
	data := "id,score,comment,channel\n1,10,a,phone\n2,9,b,chat\n3,3,c,phone\n4,8,d,chat\n"
	f := writeFile(t, "s.csv", data)
	// Flags after the positional file are parsed too.
	code, out, stderr := runCmd(t, "", "nps", f, "-by", "channel", "-format", "csv")
	require.Equal(t, exitOK, code, stderr)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, []string{"by", "group", "n", "promoters", "passives", "detractors", "nps", "low", "high", "detractor_share", "position", "band"}, recs[0])
	// overall: 2 promoters, 1 passive, 1 detractor of 4 -> NPS 25.
	assert.Equal(t, []string{"overall", "", "4", "2", "1", "1", "25.00"}, recs[1][:7])
	// chat holds 9 and 8: 1 promoter, 1 passive of 2 -> NPS 50.
	assert.Equal(t, []string{"channel", "chat", "2", "1", "1", "0", "50.00"}, recs[2][:7])

	// The same data piped on standard input.
	code, out2, stderr := runCmd(t, data, "nps", "-by", "channel", "-format", "csv")
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, out, out2)
}

func TestNPSOnSample(t *testing.T) {
	code, out, stderr := runCmd(t, "", "nps", "-format", "json", "-industry", "telecom")
	require.Equal(t, exitOK, code, stderr)
	var rep struct {
		Source    string
		Diagnosis struct {
			Overall struct {
				N   int
				NPS float64
			}
		}
		Segments []struct{ By string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, "sample", rep.Source)
	// testdata/README.md: 5000 rows, 2420 promoters and 1532 detractors,
	// NPS = 100*(2420-1532)/5000 = 17.76.
	assert.Equal(t, 5000, rep.Diagnosis.Overall.N)
	assert.InDelta(t, 17.76, rep.Diagnosis.Overall.NPS, 1e-9)
	require.Len(t, rep.Segments, 3)
	assert.Equal(t, "channel", rep.Segments[0].By)
}

func TestOutputFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out.md")
	code, out, stderr := runCmd(t, "", "nps", "-o", p)
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, out)
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), "# NPS: sample"))
}
