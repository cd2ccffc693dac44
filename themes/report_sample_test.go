package themes_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	verbatim "github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/internal/synth"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// reportSampleDefault is the report of the sample with default options,
// made once for the tests that only read it.
var reportSampleDefault = sync.OnceValues(func() (*themes.Report, error) {
	rs, err := verbatim.Sample()
	if err != nil {
		return nil, err
	}
	return themes.Analyze(context.Background(), rs)
})

func reportSampleShared(t testing.TB) *themes.Report {
	t.Helper()
	rep, err := reportSampleDefault()
	require.NoError(t, err)
	return rep
}

// reportSample runs Analyze on the embedded synthetic sample.
func reportSample(t testing.TB, opts ...themes.AnalyzeOption) *themes.Report {
	t.Helper()
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	rep, err := themes.Analyze(context.Background(), rs, opts...)
	require.NoError(t, err)
	return rep
}

func reportJSON(t testing.TB, rep *themes.Report) []byte {
	t.Helper()
	b, err := json.MarshalIndent(rep, "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

// TestReportSampleStory checks that the report's top findings tell the
// story planted in the sample (synth.PlantedStory): region north drops
// 15.3 points from 2025-Q2 to 2025-Q3 (testdata/README.md: +20.4 to +5.1)
// because of billing errors, a service failure.
func TestReportSampleStory(t *testing.T) {
	st := synth.PlantedStory()
	rep := reportSampleShared(t)
	subject := st.Column + "=" + st.Value
	const top = 3
	var story *themes.ReportFinding
	for i, f := range rep.Findings[:top] {
		if f.Kind == themes.FindingChange {
			story = &rep.Findings[i]
			break
		}
	}
	require.NotNil(t, story, "a drop among the top %d findings", top)
	assert.Equal(t, subject, story.Subject)
	assert.Equal(t, st.Before, story.From)
	assert.Equal(t, st.Quarter, story.To)
	require.NotEmpty(t, story.Keys)
	require.Equal(t, themes.ReportSourceDiscovered, rep.Themes.Source)
	// The first theme behind the drop is the billing theme: "bill" is in
	// its label or among its top terms, and its dominant stated cause is
	// the story's (service).
	var driver *themes.ReportTheme
	for i := range rep.Themes.Items {
		if rep.Themes.Items[i].Key == story.Keys[0] {
			driver = &rep.Themes.Items[i]
		}
	}
	require.NotNil(t, driver)
	assert.True(t, strings.Contains(driver.Label, "bill") || slices.Contains(driver.Terms, "bill"),
		"label %q, terms %v", driver.Label, driver.Terms)
	assert.Equal(t, string(st.Cause), string(driver.Causes.DominantStated))
	for _, want := range []string{subject, st.Before, st.Quarter, "fell 15.3 points", "behind it: " + driver.Label} {
		assert.Contains(t, story.Message, want)
	}
	// The drop itself, from the README's table.
	var ch *themes.ReportChange
	for i := range rep.Changes {
		if rep.Changes[i].Subject == subject {
			ch = &rep.Changes[i]
		}
	}
	require.NotNil(t, ch)
	assert.InDelta(t, 20.4, ch.Themes.Before.NPS, 0.05)
	assert.InDelta(t, 5.1, ch.Themes.After.NPS, 0.05)
	assert.Equal(t, int64(295), ch.Themes.After.N)
	// With the causes as themes, the story's cause is behind the drop
	// and is the costliest theme overall.
	byCause := reportSample(t, themes.AnalyzeCauseThemes())
	assert.Equal(t, string(st.Cause), byCause.Themes.Items[0].Key)
	for _, c := range byCause.Changes {
		if c.Subject == subject {
			assert.Equal(t, string(st.Cause), c.Drivers[0])
		}
	}
	// The overall figures of testdata/README.md: 2420 promoters, 1048
	// passives, 1532 detractors, NPS +17.8.
	assert.Equal(t, int64(2420), rep.Summary.Promoters)
	assert.Equal(t, int64(1532), rep.Summary.Detractors)
	assert.InDelta(t, 17.76, rep.Summary.NPS, 1e-9)
}

// TestReportSampleGolden pins the whole report of the sample; refresh
// with go test ./themes -run TestReportSampleGolden -update.
func TestReportSampleGolden(t *testing.T) {
	got := reportJSON(t, reportSampleShared(t))
	path := filepath.Join("testdata", "report_sample.golden.json")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run with -update to create it")
	if !bytes.Equal(want, got) {
		t.Errorf("report differs from %s (run with -update after checking the change):\n%s", path, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "line " + strconv.Itoa(i+1) + ":\n- " + la[i] + "\n+ " + lb[i]
		}
	}
	return "lengths differ"
}

// TestReportSampleDeterministic runs Analyze on one and two cores: the
// JSON must be byte-identical (TestReportSampleGolden compares runs of
// separate processes).
func TestReportSampleDeterministic(t *testing.T) {
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	if themes.RaceOn {
		rs = rs[:1500] // discovery is ~10x slower under the race detector
	}
	run := func(procs int) []byte {
		prev := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(prev)
		rep, err := themes.Analyze(context.Background(), rs)
		require.NoError(t, err)
		return reportJSON(t, rep)
	}
	one, two := run(1), run(2)
	assert.True(t, bytes.Equal(one, two), "GOMAXPROCS 1 and 2 give different reports")
}

// TestReportSampleSegments checks the per-segment search on the sample:
// channel, region and tier are analysed (byte order) and each drop names
// its periods.
func TestReportSampleSegments(t *testing.T) {
	rep := reportSample(t, themes.AnalyzeIndustry(nps.Telecom), themes.AnalyzeCauseThemes())
	assert.Equal(t, []string{"channel", "region", "tier"}, rep.Settings.Segments)
	// 5 channels + 4 regions + 3 tiers, 3 quarter-to-quarter changes each.
	for _, c := range rep.Changes {
		if c.Column != "" {
			assert.Equal(t, 36, c.Tests)
		}
		assert.Less(t, c.Points, 0.0)
		assert.True(t, c.Change.Difference.Significant)
	}
	require.NotNil(t, rep.Diagnosis.Benchmark)
	assert.Equal(t, "Telecom", rep.Diagnosis.Benchmark.Benchmark.Name)
}
