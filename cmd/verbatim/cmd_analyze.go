package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// analyzeFlags are the analyze command's own flags.
type analyzeFlags struct {
	by          listFlag
	period      string
	industry    string
	tz          string
	minSample   int
	causeThemes bool
}

func analyzeCommand() command {
	return command{
		name: "analyze",
		summary: "the full report: NPS with its interval by segment and period, what changed, themes and root causes\n" +
			"linked to the score, sentiment, findings ranked by cost and a 90-day action plan",
		usage: "[flags] [FILE]",
		examples: []string{
			"verbatim analyze",
			"verbatim analyze -format html -o report.html survey.csv",
			"verbatim analyze -by channel,tier -period month -industry telecom survey.csv",
			"verbatim analyze -format json -q survey.csv > report.json",
		},
		flags:   flagsAll,
		formats: []string{"md", "json", "html"},
		setup: func(fs *flag.FlagSet) func(context.Context, *env) error {
			var f analyzeFlags
			fs.Var(&f.by, "by", "segment `COLUMNS` to break the score down by and search for drops (default: the -segments columns)")
			fs.StringVar(&f.period, "period", "quarter", "period of the trend and of the search for drops: week, month, quarter or year")
			fs.StringVar(&f.industry, "industry", "", "benchmark industry: saas, ecommerce, healthcare, banking, telecom or insurance")
			fs.StringVar(&f.tz, "tz", "UTC", "IANA time zone in which periods are cut, e.g. Europe/London")
			fs.IntVar(&f.minSample, "min-sample", themes.LinkDefaultMinSample, "responses a group needs before a figure is reported for it")
			fs.BoolVar(&f.causeThemes, "cause-themes", false, "use the root causes as the themes instead of discovering themes (faster)")
			return func(ctx context.Context, e *env) error { return runAnalyze(ctx, e, f) }
		},
	}
}

// options turns the flags into Analyze's options; every mistake is a
// usage error, found before any data is read.
func (f analyzeFlags) options(o common) ([]themes.AnalyzeOption, error) {
	p, ok := periods[f.period]
	if !ok {
		return nil, usagef("-period %q: want week, month, quarter or year", f.period)
	}
	loc, err := time.LoadLocation(f.tz)
	if err != nil {
		return nil, usagef("-tz %q: %v", f.tz, err)
	}
	if f.minSample < 0 {
		return nil, usagef("-min-sample %d: want 0 or more", f.minSample)
	}
	lang, err := themes.ParseLanguage(o.lang)
	if err != nil {
		return nil, usagef("-lang %q: %v", o.lang, err)
	}
	opts := []themes.AnalyzeOption{
		themes.AnalyzePeriod(p, loc), themes.AnalyzeMinSample(f.minSample),
		themes.AnalyzeSeed(o.seed), themes.AnalyzeK(o.k), themes.AnalyzeLanguage(lang),
	}
	if f.industry != "" {
		ind, ok := industries[strings.ToLower(f.industry)]
		if !ok {
			return nil, usagef("-industry %q: want saas, ecommerce, healthcare, banking, telecom or insurance", f.industry)
		}
		opts = append(opts, themes.AnalyzeIndustry(ind))
	}
	if f.causeThemes {
		opts = append(opts, themes.AnalyzeCauseThemes())
	}
	return opts, nil
}

// analysis is what the renderers get: the report and what they need
// besides it (where the data came from, the rows left out, the responses
// for the evidence of example comments and the trends of changed
// segments).
type analysis struct {
	Source    string
	Rejected  int
	Report    *themes.Report
	responses []nps.Response
}

func runAnalyze(ctx context.Context, e *env, f analyzeFlags) error {
	opts, err := f.options(e.opts)
	if err != nil {
		return err
	}
	e.opts.readSegments(f.by...)
	ds, err := e.load(ctx, scoreRequired)
	if err != nil {
		return err
	}
	by := []string(f.by)
	if len(by) == 0 {
		by = ds.mapping.Segments
	}
	prog := newProgress(e.io.err, e.opts.quiet)
	opts = append(opts, themes.AnalyzeSegments(by...), themes.AnalyzeProgress(stageProgress(prog, !f.causeThemes)))
	rep, err := themes.Analyze(ctx, ds.responses, opts...)
	prog.done()
	if err != nil {
		return analyzeError(err)
	}
	a := &analysis{Source: ds.src.name, Rejected: len(ds.rejected), Report: rep, responses: ds.responses}
	return e.write(func(w io.Writer) error {
		switch e.opts.format {
		case "json":
			return writeJSON(w, rep)
		case "html":
			return writeReportHTML(w, a)
		}
		return writeReportMarkdown(w, a)
	})
}

// stageLabels name Analyze's stages on the progress bar.
var stageLabels = map[themes.Stage]string{
	themes.StageScore: "scoring", themes.StageCauses: "root causes", themes.StageSentiment: "sentiment",
	themes.StageThemes: "finding themes", themes.StageLink: "linking to the score", themes.StageChanges: "searching for drops",
	themes.StageReport: "findings and plan",
}

// stageProgress turns Analyze's per-stage progress into one bar over all
// stages, each stage weighted by its share of the run time. The weights
// were measured on the embedded sample (5000 responses): theme discovery
// took 94% of 3.4 s, root causes and sentiment about 2% each, the rest
// under 1%; with the causes as themes, discovery's share is nil. They are
// a guide for the bar, not a promise.
func stageProgress(p *progress, discover bool) themes.ProgressFunc {
	weights := map[themes.Stage]float64{themes.StageScore: 1, themes.StageCauses: 3, themes.StageSentiment: 3,
		themes.StageThemes: 0, themes.StageLink: 1, themes.StageChanges: 1, themes.StageReport: 1}
	if discover {
		weights[themes.StageThemes] = 90
	}
	var total float64
	before := map[themes.Stage]float64{} // the weight of the stages before each one
	for _, s := range themes.AnalyzeStages() {
		before[s] = total
		total += weights[s]
	}
	return func(s themes.Stage, done, n int) {
		frac := 0.0
		if n > 0 {
			frac = float64(done) / float64(n)
		}
		p.update(stageLabels[s], (before[s]+frac*weights[s])/total)
	}
}

// analyzeError classifies Analyze's errors: cancellation stays as it is, a
// bad option (a -by column no response has) is a usage error, the rest is
// the data's.
func analyzeError(err error) error {
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.Is(err, themes.ErrAnalyzeOption):
		return usagef("%v", err)
	}
	return dataError{fmt.Errorf("analyze: %w", err)}
}
