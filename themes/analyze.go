package themes

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/verbatim-go/verbatim/nps"
)

// Sentinel errors of Analyze, wrapped with the detail.
var (
	// ErrAnalyzeEmpty: there are no responses to analyse.
	ErrAnalyzeEmpty = errors.New("no responses to analyse")
	// ErrAnalyzeOption: an option value is out of range, or names a
	// segment column that no response has.
	ErrAnalyzeOption = errors.New("bad analyze option")
)

// Stage names a stage of Analyze, as reported to a ProgressFunc.
type Stage string

// The stages of Analyze, in the order they run.
const (
	// StageScore: the overall score, the segment breakdowns, the trend
	// and the diagnosis.
	StageScore Stage = "score"
	// StageCauses: the root causes of every comment (per comment).
	StageCauses Stage = "causes"
	// StageSentiment: the sentiment of every comment (per comment).
	StageSentiment Stage = "sentiment"
	// StageThemes: the themes of the comments.
	StageThemes Stage = "themes"
	// StageLink: themes and causes linked to the score.
	StageLink Stage = "link"
	// StageChanges: the search for drops and what changed (per segment
	// value, plus one for the overall trend).
	StageChanges Stage = "changes"
	// StageReport: findings and the action plan.
	StageReport Stage = "report"
)

// AnalyzeStages returns the stages of Analyze in the order they run.
func AnalyzeStages() []Stage {
	return []Stage{StageScore, StageCauses, StageSentiment, StageThemes, StageLink, StageChanges, StageReport}
}

// analyzeEvery is how many comments a per-comment stage handles between
// two looks at the context and two progress calls.
const analyzeEvery = 256

// analyzeRun is the state of one call of Analyze, filled stage by stage.
type analyzeRun struct {
	ctx context.Context
	cfg analyzeConfig
	rs  []nps.Response
	// blank[i] is true when response i has no comment text.
	blank         []bool
	causes        []CauseResult
	causeMentions [][]Mention
	senti         []analyzeSentiment
	keys          analyzeKeys
	themeLink     Linkage
	causeLink     Linkage
	rep           *Report
}

// Analyze runs the whole analysis of a survey: the score with its
// uncertainty, by segment and period, and its diagnosis; the root causes
// and sentiment of every comment; the themes of the comments linked to the
// score (impact, lift, attribution, alignment); the biggest significant
// drops between periods, overall and within every segment value, with the
// themes behind them; findings ranked by what they cost; and a 90-day
// action plan. See Report for what each part holds.
//
// Themes are discovered in the comments (Discover, with the seed, k and
// language of the options and any AnalyzeDiscover options); a comment close
// to several themes counts for each, weighted by its similarity. With
// AnalyzeCauseThemes, or when too few comments carry content to form
// themes, the root causes of the taxonomy stand in for themes
// (ReportThemes.Source and Note say so).
//
// Analyze checks ctx between stages and every few hundred comments within
// them, and returns ctx.Err() when it is done. Responses are not modified.
// A score outside 0-10, a bad weight or metric returns an error naming the
// response; bad option values wrap ErrAnalyzeOption, no responses
// ErrAnalyzeEmpty. The same responses and options give byte-identical JSON.
func Analyze(ctx context.Context, rs []nps.Response, opts ...AnalyzeOption) (*Report, error) {
	cfg := analyzeConfigOf(opts)
	if cfg.err != nil {
		return nil, cfg.err
	}
	if len(rs) == 0 {
		return nil, fmt.Errorf("themes: analyze: %w", ErrAnalyzeEmpty)
	}
	run := &analyzeRun{ctx: ctx, cfg: cfg, rs: rs, rep: &Report{Version: ReportVersion}}
	steps := []struct {
		stage Stage
		do    func() error
	}{
		{StageScore, run.score},
		{StageCauses, run.scoreCauses},
		{StageSentiment, run.scoreSentiment},
		{StageThemes, run.themes},
		{StageLink, run.link},
		{StageChanges, run.changes},
		{StageReport, run.report},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := s.do(); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return run.rep, nil
}

// progress reports a stage's progress when the caller asked for it.
func (r *analyzeRun) progress(s Stage, done, total int) {
	if r.cfg.progress != nil {
		r.cfg.progress(s, done, total)
	}
}

// each runs f on every response index for a per-comment stage, spread over
// GOMAXPROCS workers in fixed blocks of analyzeEvery responses. f writes
// only to index i of its outputs, so the result does not depend on the
// number of workers; the error returned is the one of the lowest block, so
// it does not either. Workers look at the context before each block, and
// progress is reported as blocks complete.
func (r *analyzeRun) each(s Stage, f func(i int) error) error {
	n := len(r.rs)
	r.progress(s, 0, n)
	blocks := (n + analyzeEvery - 1) / analyzeEvery
	errs := make([]error, blocks)
	var (
		next atomic.Int64
		mu   sync.Mutex // serialises progress calls and the done count
		done int
		wg   sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), blocks) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := int(next.Add(1) - 1); b < blocks; b = int(next.Add(1) - 1) {
				if err := r.ctx.Err(); err != nil {
					errs[b] = err
					return
				}
				lo, hi := b*analyzeEvery, min(n, (b+1)*analyzeEvery)
				for i := lo; i < hi && errs[b] == nil; i++ {
					errs[b] = f(i)
				}
				mu.Lock()
				done += hi - lo
				if done < n {
					r.progress(s, done, n)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	r.progress(s, n, n)
	return nil
}

// score fills the summary, breakdowns, trend, metrics and diagnosis.
func (r *analyzeRun) score() error {
	r.progress(StageScore, 0, 1)
	rep, c := r.rep, &r.cfg
	sum, err := nps.Summarize(r.rs, nps.WithConfidence(c.confidence))
	if err != nil {
		return fmt.Errorf("themes: analyze: %w", err)
	}
	rep.Responses, rep.Summary = len(r.rs), sum
	r.blank = make([]bool, len(r.rs))
	for i := range r.rs {
		r.blank[i] = strings.TrimSpace(r.rs[i].Comment) == ""
		if !r.blank[i] {
			rep.Commented++
		}
	}
	cols, err := r.segmentColumns()
	if err != nil {
		return err
	}
	rep.Settings = c.settings(cols)
	diag := c.npsOpts()
	for _, col := range cols {
		b, err := nps.BySegment(r.rs, col, c.npsOpts()...)
		if err != nil {
			return fmt.Errorf("themes: analyze: %w", err)
		}
		rep.Segments = append(rep.Segments, b)
	}
	rep.Segments = slices.Clip(rep.Segments)
	if len(rep.Segments) > 0 {
		diag = append(diag, nps.WithBreakdowns(rep.Segments...))
	}
	if analyzeDated(r.rs) {
		t, err := nps.TrendBy(r.rs, c.period, c.location, c.npsOpts()...)
		if err != nil {
			return fmt.Errorf("themes: analyze: %w", err)
		}
		rep.Trend = &t
		diag = append(diag, nps.WithTrend(t))
	}
	if analyzeHasMetrics(r.rs) {
		if rep.Metrics, err = nps.MetricsByCategory(r.rs); err != nil {
			return fmt.Errorf("themes: analyze: %w", err)
		}
	}
	rep.Diagnosis = nps.Diagnose(sum, diag...)
	r.progress(StageScore, 1, 1)
	return nil
}

// settings records the configuration in the report.
func (c *analyzeConfig) settings(cols []string) ReportSettings {
	return ReportSettings{
		Seed: c.seed, K: c.k, Language: c.language, Benchmark: c.benchmark,
		Segments: cols, Period: c.period, Location: c.location.String(),
		MinSample: c.minSample, Confidence: c.confidence, DropPoints: c.dropPoints,
		Taxonomy: c.taxonomy.Name(),
	}
}

// segmentColumns returns the columns to break down by: the caller's, each
// checked to exist, or every column present in byte order.
func (r *analyzeRun) segmentColumns() ([]string, error) {
	present := map[string]bool{}
	for i := range r.rs {
		for k := range r.rs[i].Segments {
			present[k] = true
		}
	}
	if r.cfg.segments == nil {
		cols := make([]string, 0, len(present))
		for k := range present {
			cols = append(cols, k)
		}
		slices.Sort(cols)
		return cols, nil
	}
	for _, col := range r.cfg.segments {
		if !present[col] {
			return nil, fmt.Errorf("themes: analyze: segment column %q is in no response: %w", col, ErrAnalyzeOption)
		}
	}
	return r.cfg.segments, nil
}

func analyzeDated(rs []nps.Response) bool {
	return slices.ContainsFunc(rs, func(r nps.Response) bool { return !r.Time.IsZero() })
}

func analyzeHasMetrics(rs []nps.Response) bool {
	return slices.ContainsFunc(rs, func(r nps.Response) bool { return len(r.Metrics) > 0 })
}

// periodLabel is the label of the period holding t.
func (c *analyzeConfig) periodLabel(t time.Time) string {
	return c.period.Label(c.period.Start(t, c.location))
}
