package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// sampleReport runs "verbatim analyze -format json" on the embedded sample
// once (theme discovery takes seconds) and returns the output and the
// report it decodes to.
var sampleReport = sync.OnceValues(func() (string, error) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"analyze", "-format", "json"}, stdio{out: &out, err: &errOut})
	if code != exitOK {
		return "", fmt.Errorf("analyze exited %d: %s", code, errOut.String())
	}
	return out.String(), nil
})

func sampleAnalysis(t *testing.T) *analysis {
	t.Helper()
	out, err := sampleReport()
	require.NoError(t, err)
	var rep themes.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	rd := nps.ReadCSV(bytes.NewReader(verbatim.SampleCSV()), nps.ReadMapping(verbatim.SampleMapping()))
	var rs []nps.Response
	for rd.Next() {
		rs = append(rs, rd.Response())
	}
	require.NoError(t, rd.Err())
	return &analysis{Source: "sample", Report: &rep, responses: rs}
}

func TestAnalyzeJSONOnSample(t *testing.T) {
	a := sampleAnalysis(t)
	r := a.Report
	// testdata/README.md: 5000 rows, 268 with an empty comment, 2420
	// promoters and 1532 detractors: NPS = 100*(2420-1532)/5000 = 17.76.
	assert.Equal(t, themes.ReportVersion, r.Version)
	assert.Equal(t, 5000, r.Responses)
	assert.Equal(t, 5000-268, r.Commented)
	assert.InDelta(t, 17.76, r.Summary.NPS, 1e-9)
	assert.Equal(t, themes.ReportSourceDiscovered, r.Themes.Source)
	assert.Equal(t, []string{"channel", "tier", "region"}, r.Settings.Segments, "the sample's -segments columns, in their order")
	// The planted story (testdata/README.md): north falls 15.3 points,
	// from +20.4 (Q2, n=285) to +5.1 (Q3, n=295).
	var north *themes.ReportChange
	for i := range r.Changes {
		if r.Changes[i].Subject == "region=north" {
			north = &r.Changes[i]
		}
	}
	require.NotNil(t, north, "the planted drop of region=north")
	assert.Equal(t, "2025-Q2", north.From)
	assert.Equal(t, "2025-Q3", north.To)
	assert.InDelta(t, -15.3, north.Points, 0.05)
	assert.Equal(t, int64(285), north.Themes.Before.N)
	assert.Equal(t, int64(295), north.Themes.After.N)
}

func TestAnalyzeMarkdownOnSample(t *testing.T) {
	var b strings.Builder
	require.NoError(t, writeReportMarkdown(&b, sampleAnalysis(t)))
	md := b.String()
	for _, want := range []string{
		"# NPS report: sample",
		"**NPS +17.8** (95% CI", // 17.76 rounded, testdata/README.md
		"## Findings", "## 90-day action plan", "## What changed", "## Themes", "## Root causes",
		"### region=north: 2025-Q2 to 2025-Q3",
		"NPS +20.4 (n=285) to +5.1 (n=295): **-15.3 points**", // testdata/README.md's planted story
		"## By region", "## Trend by quarter", "## Sentiment", "## Aligned or scattered", "## Example comments",
		"impact [95% CI]",
	} {
		assert.Contains(t, md, want)
	}
}

// checkHTML asserts what every HTML report must be: a whole page with
// charts, and nothing the page could fetch or a NaN could break.
func checkHTML(t *testing.T, page string) {
	t.Helper()
	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>"))
	assert.True(t, strings.HasSuffix(page, "</html>\n"))
	assert.Contains(t, page, "<svg")
	assert.Equal(t, strings.Count(page, "<svg"), strings.Count(page, "</svg>"))
	assert.NotContains(t, page, "http://")
	assert.NotContains(t, page, "https://")
	assert.NotContains(t, page, "NaN")
	assert.NotContains(t, page, "Inf")
	assert.NotContains(t, page, "<script")
}

func TestAnalyzeHTMLOnSample(t *testing.T) {
	var b strings.Builder
	require.NoError(t, writeReportHTML(&b, sampleAnalysis(t)))
	page := b.String()
	checkHTML(t, page)
	for _, want := range []string{
		"NPS report: sample", "NPS by quarter", "What changed", "NPS of region=north by quarter",
		"\u221215.3 vs 2025-Q2", // the flagged drop of north, testdata/README.md
		"Theme impact on NPS", "Detractor share by theme", "Root causes within each theme", "<mark", "90-day action plan",
	} {
		assert.Contains(t, page, want)
	}
}

func TestAnalyzeHTMLDeterministic(t *testing.T) {
	// Cause themes keep the two full runs fast; discovery's determinism is
	// Analyze's own (themes' golden test).
	args := []string{"analyze", "-cause-themes", "-format", "html"}
	code, first, stderr := runCmd(t, "", args...)
	require.Equal(t, exitOK, code, stderr)
	code, second, stderr := runCmd(t, "", args...)
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, first, second)
	checkHTML(t, first)
	assert.Contains(t, first, "region=north")
}

func TestAnalyzeMarkdownCommand(t *testing.T) {
	code, out, stderr := runCmd(t, "", "analyze", "-cause-themes", "-by", "region", "-industry", "telecom", "-min-sample", "20")
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stderr, "no progress bar when stderr is not a terminal")
	assert.Contains(t, out, "**NPS +17.8**")
	// domain.md: the telecom average is +19; +17.76 - 19 = -1.24.
	assert.Contains(t, out, "Benchmark: Telecom average +19.0, gap -1.2")
	assert.Contains(t, out, "### region=north: 2025-Q2 to 2025-Q3")
	assert.Contains(t, out, "## By region")
	assert.NotContains(t, out, "## By channel", "-by region only")
	assert.Contains(t, out, "minimum sample 20")
}

func TestAnalyzeSmallInput(t *testing.T) {
	// One undated response: no trend, no themes; every format still works.
	data := "id,score,comment\n1,10,great\n"
	for _, format := range []string{"md", "json", "html"} {
		t.Run(format, func(t *testing.T) {
			code, out, stderr := runCmd(t, data, "analyze", "-format", format)
			require.Equal(t, exitOK, code, stderr)
			switch format {
			case "json":
				var rep themes.Report
				require.NoError(t, json.Unmarshal([]byte(out), &rep))
				assert.Nil(t, rep.Trend)
			case "html":
				checkHTML(t, out)
				assert.Contains(t, out, "No response is dated")
			default:
				assert.Contains(t, out, "**NPS +100.0**") // 1 promoter of 1
			}
		})
	}
}

func TestAnalyzeUsageErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"csv format", []string{"-format", "csv"}, exitUsage, `-format "csv": want one of md, json, html`},
		{"bad period", []string{"-period", "decade"}, exitUsage, `-period "decade"`},
		{"bad industry", []string{"-industry", "mining"}, exitUsage, `-industry "mining"`},
		{"bad time zone", []string{"-tz", "Mars/Olympus"}, exitUsage, `-tz "Mars/Olympus"`},
		{"negative min sample", []string{"-min-sample", "-1"}, exitUsage, "-min-sample -1"},
		{"bad language", []string{"-lang", "klingon"}, exitUsage, `-lang "klingon"`},
		{"negative k", []string{"-k", "-2"}, exitUsage, "-k -2"},
		{"unknown -by column", []string{"-by", "planet"}, exitData, `column "planet"`},
		{"help", []string{"-h"}, exitOK, "verbatim analyze -format html -o report.html survey.csv"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", append([]string{"analyze"}, tc.args...)...)
			assert.Equal(t, tc.code, code, stderr)
			assert.Contains(t, stderr, tc.stderr)
		})
	}
}

func TestAnalyzeCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, []string{"analyze", "-cause-themes"}, stdio{out: &out, err: &errOut})
	assert.Equal(t, exitCanceled, code, errOut.String())
	assert.Empty(t, out.String())
}
