package themes_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	verbatim "github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// The tiny surveys below use the causes as themes (AnalyzeCauseThemes), so
// every figure can be checked by hand.
//
// Two comments the default taxonomy and the default sentiment analyzer
// read unambiguously (checked in TestAnalyzeTinyInputsRead):
// analyzeWait is service (cue score 2) and negative (compound -0.4643),
// analyzePraise has no cause and is positive (compound 0.7059).
const (
	analyzeWait   = "I waited three days for a response"
	analyzePraise = "helpful staff, thank you"
)

// analyzeCohort appends n responses of one score and comment, dated at
// (zero: undated), in region north.
func analyzeCohort(rs []nps.Response, n, score int, comment string, at time.Time) []nps.Response {
	for range n {
		rs = append(rs, nps.Response{ID: fmt.Sprintf("r%03d", len(rs)+1), Score: score, Comment: comment, Time: at,
			Segments: map[string]string{"region": "north"}})
	}
	return rs
}

// analyzeTiny is a survey of two quarters:
//
//	2025-Q2: 60 promoters (10, praise), 30 detractors (3, wait), 30 passives (8, blank)
//	2025-Q3: 60 promoters (10, praise), 60 detractors (2, wait), 30 passives (8, blank)
//
// undated leaves every Time zero.
func analyzeTiny(undated bool) []nps.Response {
	q2 := time.Date(2025, 5, 10, 12, 0, 0, 0, time.UTC)
	q3 := time.Date(2025, 8, 10, 12, 0, 0, 0, time.UTC)
	if undated {
		q2, q3 = time.Time{}, time.Time{}
	}
	var rs []nps.Response
	rs = analyzeCohort(rs, 60, 10, analyzePraise, q2)
	rs = analyzeCohort(rs, 30, 3, analyzeWait, q2)
	rs = analyzeCohort(rs, 30, 8, "", q2)
	rs = analyzeCohort(rs, 60, 10, analyzePraise, q3)
	rs = analyzeCohort(rs, 60, 2, analyzeWait, q3)
	rs = analyzeCohort(rs, 30, 8, "", q3)
	return rs
}

func TestAnalyzeTinyInputsRead(t *testing.T) {
	tax := themes.TaxonomyDefault()
	assert.Equal(t, []themes.CauseScore{{Cause: themes.CauseService, Score: 2}}, tax.Score(analyzeWait).Ranked)
	assert.Equal(t, themes.CauseNone, tax.Score(analyzePraise).Main())
}

func TestAnalyzeTiny(t *testing.T) {
	// Hand calculation, all responses: 120 promoters, 90 detractors, 60
	// passives, n = 270: NPS = 100·(120-90)/270 = 11.111.
	// Service (the wait comments) is raised by the 90 detractors (NPS
	// -100); the other 180 are 120 promoters and 60 passives (NPS 66.667),
	// so the leave-one-out impact is 11.111 - 66.667 = -55.556 and the
	// attribution -100·90/270 = -33.333.
	// Sentiment: 210 comments (60 blank): 120 praise at 0.70588 and 90
	// waits at -0.46429: mean (120·0.70588 - 90·0.46429)/210 = 0.20438.
	// Q2 NPS = 100·(60-30)/120 = 25; Q3 = 100·(60-60)/150 = 0; change -25.
	// Its standard error: Q2 (0.5+0.25-0.25²)/120 = 0.0057292, Q3
	// (0.4+0.4-0)/150 = 0.0053333; SE = 100·sqrt(0.0110625) = 10.518, z =
	// -2.377, two-sided p = 0.0175: significant at 5%.
	// LinkShift of the drop (see Shift): service share 0.25 -> 0.40, NPS
	// -100 both sides; no mention 0.75 -> 0.60, NPS 66.667 both sides;
	// mean NPS (25+0)/2 = 12.5. Mix(service) = 0.15·(-100-12.5) = -16.875,
	// Mix(no mention) = -0.15·(66.667-12.5) = -8.125; rates 0; sum -25.
	tests := []struct {
		name        string
		undated     bool
		wantChanges []string // subjects
		wantTop     themes.ReportFindingKind
		wantTopSev  nps.Severity
	}{
		{name: "dated", wantChanges: []string{"overall", "region=north"}, wantTop: themes.FindingChange, wantTopSev: nps.SeverityCritical},
		// 90 of 270 detractors (33%): the diagnosis's critical
		// quality-problem alert leads when nothing is dated.
		{name: "undated", undated: true, wantChanges: []string{}, wantTop: themes.FindingDiagnosis, wantTopSev: nps.SeverityCritical},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := themes.Analyze(context.Background(), analyzeTiny(tc.undated), themes.AnalyzeCauseThemes())
			require.NoError(t, err)
			assert.Equal(t, 270, rep.Responses)
			assert.Equal(t, 210, rep.Commented)
			assert.InDelta(t, 11.111, rep.Summary.NPS, 1e-3)
			assert.Equal(t, themes.ReportSourceCauses, rep.Themes.Source)
			require.Len(t, rep.Themes.Items, 1)
			th := rep.Themes.Items[0]
			assert.Equal(t, "service", th.Key)
			assert.Equal(t, "Service quality failures", th.Label)
			assert.Equal(t, int64(90), th.Link.Mentions)
			assert.InDelta(t, -55.556, th.Link.Impact.Points, 1e-3)
			assert.InDelta(t, -33.333, th.Link.Attribution.Points, 1e-3)
			assert.Equal(t, themes.CauseService, th.Causes.Dominant)
			assert.Equal(t, 90, th.Sentiment.Comments)
			assert.InDelta(t, -0.46429, th.Sentiment.Mean, 1e-4)
			assert.Len(t, th.Examples, themes.AnalyzeDefaultExamples)
			assert.Equal(t, "r061", th.Examples[0].ID, "strongest mentioners tie; the first in input order leads")
			assert.Equal(t, 210, rep.Sentiment.Comments)
			assert.Equal(t, 90, rep.Sentiment.Negative)
			assert.Equal(t, 120, rep.Sentiment.Positive)
			assert.InDelta(t, 0.20438, rep.Sentiment.Mean, 1e-5)
			assert.Zero(t, rep.Sentiment.PromoterNegative+rep.Sentiment.DetractorPositive)
			assert.Equal(t, themes.AlignmentAligned, rep.Alignment.Verdict)

			var subjects []string
			for _, c := range rep.Changes {
				subjects = append(subjects, c.Subject)
			}
			assert.ElementsMatch(t, tc.wantChanges, subjects)
			require.NotEmpty(t, rep.Findings)
			assert.Equal(t, tc.wantTop, rep.Findings[0].Kind)
			assert.Equal(t, tc.wantTopSev, rep.Findings[0].Severity)
			for i, f := range rep.Findings {
				assert.Equal(t, i+1, f.Rank)
			}
			_, err = json.Marshal(rep) // fails on NaN or an infinity
			require.NoError(t, err)
		})
	}
}

func TestAnalyzeTinyChange(t *testing.T) {
	rep, err := themes.Analyze(context.Background(), analyzeTiny(false), themes.AnalyzeCauseThemes())
	require.NoError(t, err)
	require.Len(t, rep.Changes, 2)
	for _, c := range rep.Changes { // figures in TestAnalyzeTiny
		assert.Equal(t, "2025-Q2", c.From)
		assert.Equal(t, "2025-Q3", c.To)
		assert.InDelta(t, -25, c.Points, 1e-9)
		assert.InDelta(t, 10.518, c.Change.Difference.StdErr, 1e-3)
		assert.InDelta(t, 0.0175, c.Change.Difference.PValue, 1e-4)
		assert.Equal(t, 1, c.Tests, "one period pair in each scope")
		assert.InDelta(t, c.Change.Difference.PValue, c.AdjustedP, 1e-12, "BH of a single test is the test")
		assert.InDelta(t, 1, c.Share, 1e-12, "north is every response")
		assert.InDelta(t, 25, c.Cost, 1e-9)
		assert.Equal(t, []string{"service"}, c.Drivers)
		require.Len(t, c.Themes.Rows, 2)
		assert.Equal(t, "service", c.Themes.Rows[0].Key)
		assert.InDelta(t, -16.875, c.Themes.Rows[0].Mix, 1e-9)
		assert.InDelta(t, -8.125, c.Themes.Rows[1].Mix, 1e-9)
		assert.Nil(t, c.Causes, "the themes are the causes")
	}
	// The overall drop replaces the diagnosis's drop finding and keeps its
	// critical severity (the latest change, significant); it costs 25
	// points, so it leads the other critical finding, 33% detractors
	// (no cost). North's drop is high (at least 10 points), like service
	// (55.6 points); within a severity drops come first, so north leads.
	want := []struct {
		kind    themes.ReportFindingKind
		sev     nps.Severity
		subject string
	}{
		{themes.FindingChange, nps.SeverityCritical, "overall"},
		{themes.FindingDiagnosis, nps.SeverityCritical, "overall"},
		{themes.FindingChange, nps.SeverityHigh, "region=north"},
		{themes.FindingTheme, nps.SeverityHigh, "service"},
	}
	for i, w := range want {
		f := rep.Findings[i]
		assert.Equal(t, w.kind, f.Kind, "finding %d", i)
		assert.Equal(t, w.sev, f.Severity, "finding %d", i)
		assert.Equal(t, w.subject, f.Subject, "finding %d", i)
	}
	assert.Contains(t, rep.Findings[0].Message, "behind it: Service quality failures (-16.9 points)")
	for _, f := range rep.Findings {
		assert.False(t, f.Kind == themes.FindingDiagnosis && *f.Diagnosis == nps.KindTrend && f.Severity == nps.SeverityCritical,
			"the diagnosis's drop finding is stated once, as a change: %s", f.Message)
	}
}

func TestAnalyzeTinyPlan(t *testing.T) {
	rep, err := themes.Analyze(context.Background(), analyzeTiny(false), themes.AnalyzeCauseThemes())
	require.NoError(t, err)
	p := rep.Plan
	assert.InDelta(t, 11.111, p.Start, 1e-3)
	// nps.Recovery: a start in [0, 20) targets +20 to +35 (domain brief).
	assert.True(t, p.Target.Covered)
	assert.Equal(t, 20.0, p.Target.Low)
	assert.Equal(t, 35.0, p.Target.High)
	require.Len(t, p.Phases, 3)
	assert.Equal(t, []int{0, 31, 61}, []int{p.Phases[0].FromDay, p.Phases[1].FromDay, p.Phases[2].FromDay})
	// Phase 1: the follow-up of Q3's 60 detractors, two drops to look
	// into, one recurring issue (service, 90 detractors).
	st := p.Phases[0].Actions
	require.Len(t, st, 4)
	assert.Equal(t, int64(60), st[0].Responses)
	assert.Equal(t, "service", st[3].Key)
	assert.Equal(t, int64(90), st[3].Responses)
	// Phase 2: service, with its own fix, costing 55.6 points.
	qw := p.Phases[1].Actions
	require.Len(t, qw, 1)
	def, _ := themes.TaxonomyDefault().Cause(themes.CauseService)
	assert.Equal(t, themes.CauseService, qw[0].Cause)
	assert.Equal(t, def.Fix, qw[0].Fix)
	assert.InDelta(t, 55.556, qw[0].Cost, 1e-3)
	// Phase 3: service's horizon is long (6-12 months), but the quick
	// wins already take it on; the detractors are aligned, so no survey
	// review either.
	assert.Empty(t, p.Phases[2].Actions)
}

func TestAnalyzeErrors(t *testing.T) {
	good := analyzeTiny(false)
	bad := analyzeTiny(false)
	bad[7].Score = 11
	tests := []struct {
		name string
		rs   []nps.Response
		opts []themes.AnalyzeOption
		is   error
		has  string
	}{
		{name: "no responses", is: themes.ErrAnalyzeEmpty},
		{name: "score out of range", rs: bad, is: nps.ErrScore, has: "r008"},
		{name: "negative k", rs: good, opts: []themes.AnalyzeOption{themes.AnalyzeK(-1)}, is: themes.ErrAnalyzeOption, has: "-1"},
		{name: "confidence 1", rs: good, opts: []themes.AnalyzeOption{themes.AnalyzeConfidence(1)}, is: themes.ErrAnalyzeOption, has: "confidence"},
		{name: "negative minimum sample", rs: good, opts: []themes.AnalyzeOption{themes.AnalyzeMinSample(-3)}, is: themes.ErrAnalyzeOption},
		{name: "unknown segment", rs: good, opts: []themes.AnalyzeOption{themes.AnalyzeSegments("regoin")}, is: themes.ErrAnalyzeOption, has: `"regoin"`},
		{name: "nil taxonomy", rs: good, opts: []themes.AnalyzeOption{themes.AnalyzeTaxonomy(nil)}, is: themes.ErrAnalyzeOption},
		{name: "unknown industry", rs: good, opts: []themes.AnalyzeOption{themes.AnalyzeIndustry(0)}, is: themes.ErrAnalyzeOption},
		{name: "zero drop", rs: good, opts: []themes.AnalyzeOption{themes.AnalyzeDropPoints(0)}, is: themes.ErrAnalyzeOption},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := themes.Analyze(context.Background(), tc.rs, tc.opts...)
			require.Error(t, err)
			assert.Nil(t, rep)
			assert.ErrorIs(t, err, tc.is)
			assert.Contains(t, err.Error(), tc.has)
		})
	}
}

func TestAnalyzeCancel(t *testing.T) {
	rs := analyzeTiny(false)
	t.Run("before", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := themes.Analyze(ctx, rs, themes.AnalyzeCauseThemes())
		assert.ErrorIs(t, err, context.Canceled)
	})
	for _, stage := range themes.AnalyzeStages() {
		t.Run("during "+string(stage), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var after []themes.Stage
			cancelled := false
			rep, err := themes.Analyze(ctx, rs, themes.AnalyzeCauseThemes(), themes.AnalyzeProgress(func(s themes.Stage, done, total int) {
				if cancelled && done == 0 {
					after = append(after, s)
				}
				if s == stage && done == 0 {
					cancel()
					cancelled = true
				}
			}))
			assert.ErrorIs(t, err, context.Canceled)
			assert.Nil(t, rep)
			assert.Empty(t, after, "no stage starts after the cancellation")
		})
	}
	t.Run("deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), -time.Second)
		defer cancel()
		_, err := themes.Analyze(ctx, rs, themes.AnalyzeCauseThemes())
		assert.True(t, errors.Is(err, context.DeadlineExceeded))
	})
}

func TestAnalyzeProgress(t *testing.T) {
	rs := analyzeTiny(false)
	type call struct {
		stage       themes.Stage
		done, total int
	}
	var calls []call
	_, err := themes.Analyze(context.Background(), rs, themes.AnalyzeCauseThemes(), themes.AnalyzeProgress(func(s themes.Stage, done, total int) {
		calls = append(calls, call{s, done, total})
	}))
	require.NoError(t, err)
	var stages []themes.Stage
	for i, c := range calls {
		assert.LessOrEqual(t, c.done, c.total)
		if c.done == 0 {
			stages = append(stages, c.stage)
		}
		if i > 0 && calls[i-1].stage == c.stage {
			assert.GreaterOrEqual(t, c.done, calls[i-1].done, "progress never goes back")
		}
	}
	assert.Equal(t, themes.AnalyzeStages(), stages, "every stage starts once, in order")
	// The per-comment stages count the 270 responses as blocks of 256
	// finish (in whichever order the workers finish them: 14 or 256
	// first) and at the end.
	assert.Contains(t, calls, call{themes.StageCauses, 270, 270})
	assert.Contains(t, calls, call{themes.StageSentiment, 270, 270})
	for _, c := range calls {
		if c.stage == themes.StageCauses && c.done > 0 && c.done < 270 {
			assert.Contains(t, []int{14, 256}, c.done, "a block of 256 or the last 14 done")
		}
	}
	// The changes stage counts the overall trend and north's.
	assert.Contains(t, calls, call{themes.StageChanges, 2, 2})
}

func TestAnalyzeOptions(t *testing.T) {
	rs := analyzeTiny(false)
	rep, err := themes.Analyze(context.Background(), rs, themes.AnalyzeCauseThemes(),
		themes.AnalyzeIndustry(nps.Telecom), themes.AnalyzeSegments(), themes.AnalyzePeriod(nps.Month, nil),
		themes.AnalyzeMinSample(100), themes.AnalyzeExamples(1), themes.AnalyzeQuickWins(2), themes.AnalyzeSeed(7))
	require.NoError(t, err)
	s := rep.Settings
	assert.Equal(t, uint64(7), s.Seed)
	assert.Equal(t, "Telecom", s.Benchmark.Name)
	assert.Equal(t, []string{}, s.Segments, "an empty list analyses no segment")
	assert.Empty(t, rep.Segments)
	assert.Equal(t, nps.Month, s.Period)
	assert.Equal(t, "UTC", s.Location)
	require.NotNil(t, rep.Diagnosis.Benchmark)
	// Telecom's average is +19: 11.1 - 19 = -7.9 points.
	assert.InDelta(t, -7.889, rep.Diagnosis.Benchmark.Gap, 1e-3)
	assert.Len(t, rep.Themes.Items[0].Examples, 1)
	// Months 2025-05 and 2025-08 (with empty months between) and a minimum
	// sample of 100: Q2's 120 responses are enough, the 150 of 2025-08
	// too, so the drop is still found, now between months.
	require.Len(t, rep.Changes, 1)
	assert.Equal(t, "2025-05", rep.Changes[0].From)
	assert.Equal(t, "2025-08", rep.Changes[0].To)
	// Service's 90 mentioners are below the minimum of 100: no impact.
	assert.Nil(t, rep.Themes.Items[0].Link.Impact)
	assert.Empty(t, rep.Plan.Phases[1].Actions)
}

// TestAnalyzeCancelInsideStage cancels in the middle of the per-comment
// stages of the 5000-row sample: each stops at its next look at the
// context, 256 comments later, before reporting more progress.
func TestAnalyzeCancelInsideStage(t *testing.T) {
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	for _, stage := range []themes.Stage{themes.StageCauses, themes.StageSentiment} {
		t.Run(string(stage), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var last [3]any
			_, err := themes.Analyze(ctx, rs, themes.AnalyzeCauseThemes(), themes.AnalyzeProgress(func(s themes.Stage, done, total int) {
				last = [3]any{s, done, total}
				if s == stage && done == 256 {
					cancel()
				}
			}))
			assert.ErrorIs(t, err, context.Canceled)
			// Workers finish the block they are in (256 comments each)
			// and start no other: the stage stops well before 5000.
			assert.Equal(t, stage, last[0])
			assert.LessOrEqual(t, last[1], 256*(1+runtime.GOMAXPROCS(0)))
			assert.Equal(t, 5000, last[2])
		})
	}
}

// TestAnalyzeCancelDiscovery cancels as theme discovery starts on the
// sample: Discover sees the cancelled context and Analyze returns its
// error without finishing the stage.
func TestAnalyzeCancelDiscovery(t *testing.T) {
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	finished := false
	rep, err := themes.Analyze(ctx, rs, themes.AnalyzeProgress(func(s themes.Stage, done, total int) {
		if s == themes.StageThemes && done == 0 {
			cancel()
		}
		if s == themes.StageThemes && done == total {
			finished = true
		}
	}))
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, rep)
	assert.False(t, finished)
}

func TestAnalyzeThemeSource(t *testing.T) {
	blank := analyzeCohort(nil, 40, 5, "", time.Time{})
	tests := []struct {
		name     string
		rs       []nps.Response
		opts     []themes.AnalyzeOption
		source   string
		note     string
		mentions map[string]int64 // by label
	}{
		// The tiny survey's two comments become two themes: the 90 waits
		// and the 120 praises of analyzeTiny. Labels are noun phrases
		// (Labeler): "I waited three days for a response" gives "response".
		{name: "discovered", rs: analyzeTiny(false), source: themes.ReportSourceDiscovered,
			mentions: map[string]int64{"response": 90, "helpful staff": 120}},
		{name: "causes asked for", rs: analyzeTiny(false), opts: []themes.AnalyzeOption{themes.AnalyzeCauseThemes()},
			source: themes.ReportSourceCauses, mentions: map[string]int64{"Service quality failures": 90}},
		// 210 comments with content cannot make 500 themes (ErrNoContent).
		{name: "too few comments for k", rs: analyzeTiny(false), opts: []themes.AnalyzeOption{themes.AnalyzeK(500)},
			source: themes.ReportSourceCauses, note: "too few comments with content",
			mentions: map[string]int64{"Service quality failures": 90}},
		{name: "only blank comments", rs: blank, source: themes.ReportSourceDiscovered, note: "no themes",
			mentions: map[string]int64{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := themes.Analyze(context.Background(), tc.rs, tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, tc.source, rep.Themes.Source)
			if tc.note == "" {
				assert.Empty(t, rep.Themes.Note)
			} else {
				assert.Contains(t, rep.Themes.Note, tc.note)
			}
			got := map[string]int64{}
			for _, it := range rep.Themes.Items {
				got[it.Label] = it.Link.Mentions
			}
			assert.Equal(t, tc.mentions, got)
		})
	}
}
