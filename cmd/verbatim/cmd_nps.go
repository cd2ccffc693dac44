package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/verbatim-go/verbatim/nps"
)

// npsFlags are the nps command's own flags.
type npsFlags struct {
	by       listFlag
	period   string
	industry string
	tz       string
}

var industries = map[string]nps.Industry{
	"saas": nps.SaaS, "ecommerce": nps.ECommerce, "healthcare": nps.Healthcare,
	"banking": nps.Banking, "telecom": nps.Telecom, "insurance": nps.Insurance,
}

var periods = map[string]nps.Period{"week": nps.Week, "month": nps.Month, "quarter": nps.Quarter, "year": nps.Year}

func npsCommand() command {
	return command{
		name:    "nps",
		summary: "NPS with its 95% interval, by segment and period, the trend and a diagnosis",
		usage:   "[flags] [FILE]",
		examples: []string{
			"verbatim nps",
			"verbatim nps -by channel,tier -period month -industry telecom survey.csv",
			"verbatim nps -format json -o nps.json survey.csv",
		},
		flags:   flagInput | flagColumns | flagOutput,
		formats: []string{"md", "json", "csv"},
		setup: func(fs *flag.FlagSet) func(context.Context, *env) error {
			var f npsFlags
			fs.Var(&f.by, "by", "segment `COLUMNS` to break the score down by (default: the -segments columns)")
			fs.StringVar(&f.period, "period", "quarter", "period of the trend: week, month, quarter or year")
			fs.StringVar(&f.industry, "industry", "", "benchmark industry: saas, ecommerce, healthcare, banking, telecom or insurance")
			fs.StringVar(&f.tz, "tz", "UTC", "IANA time zone in which periods are cut, e.g. Europe/London")
			return func(ctx context.Context, e *env) error { return runNPS(ctx, e, f) }
		},
	}
}

// npsReport is the nps command's result, as written in JSON.
type npsReport struct {
	Source    string          `json:"source"`
	Rejected  int             `json:"rejected_rows"`
	Diagnosis nps.Diagnosis   `json:"diagnosis"`
	Segments  []nps.Breakdown `json:"segments"`
	Trend     nps.Trend       `json:"trend"`
}

func (f npsFlags) options() (nps.Period, *time.Location, []nps.Option, error) {
	p, ok := periods[f.period]
	if !ok {
		return 0, nil, nil, usagef("-period %q: want week, month, quarter or year", f.period)
	}
	loc, err := time.LoadLocation(f.tz)
	if err != nil {
		return 0, nil, nil, usagef("-tz %q: %v", f.tz, err)
	}
	var opts []nps.Option
	if f.industry != "" {
		ind, ok := industries[strings.ToLower(f.industry)]
		if !ok {
			return 0, nil, nil, usagef("-industry %q: want saas, ecommerce, healthcare, banking, telecom or insurance", f.industry)
		}
		opts = append(opts, nps.WithIndustry(ind))
	}
	return p, loc, opts, nil
}

func buildNPSReport(ds *dataset, f npsFlags) (*npsReport, error) {
	period, loc, opts, err := f.options()
	if err != nil {
		return nil, err
	}
	by := []string(f.by)
	if len(by) == 0 {
		by = ds.mapping.Segments
	}
	rep := &npsReport{Source: ds.src.name, Rejected: len(ds.rejected)}
	overall, err := nps.Summarize(ds.responses, opts...)
	if err != nil {
		return nil, dataError{err}
	}
	for _, col := range by {
		b, err := nps.BySegment(ds.responses, col, opts...)
		if err != nil {
			return nil, dataError{err}
		}
		rep.Segments = append(rep.Segments, b)
	}
	if rep.Trend, err = nps.TrendBy(ds.responses, period, loc, opts...); err != nil {
		return nil, dataError{err}
	}
	dopts := append(opts, nps.WithBreakdowns(rep.Segments...), nps.WithTrend(rep.Trend))
	rep.Diagnosis = nps.Diagnose(overall, dopts...)
	return rep, nil
}

func runNPS(ctx context.Context, e *env, f npsFlags) error {
	if _, _, _, err := f.options(); err != nil {
		return err // flag mistakes before reading any data
	}
	e.opts.readSegments(f.by...)
	ds, err := e.load(ctx, scoreRequired)
	if err != nil {
		return err
	}
	rep, err := buildNPSReport(ds, f)
	if err != nil {
		return err
	}
	return e.write(func(w io.Writer) error {
		switch e.opts.format {
		case "json":
			return writeJSON(w, rep)
		case "csv":
			return npsTable(rep).csv(w)
		}
		return writeNPSMarkdown(w, rep)
	})
}

// write opens the output, runs fn on it and closes it.
func (e *env) write(fn func(io.Writer) error) error {
	w, closeOut, err := e.openOutput()
	if err != nil {
		return err
	}
	if err := fn(w); err != nil {
		closeOut()
		return ioError{err}
	}
	return closeOut()
}

// npsTable is every group of the report as one table: the overall score,
// each segment group and each period.
func npsTable(rep *npsReport) *table {
	t := &table{header: []string{"by", "group", "n", "promoters", "passives", "detractors", "nps", "low", "high", "detractor_share", "position", "band"}}
	row := func(by, group string, s nps.Summary, pos string, band nps.Band) {
		t.add(by, group, fmt.Sprint(s.N), fmt.Sprint(s.Promoters), fmt.Sprint(s.Passives), fmt.Sprint(s.Detractors),
			fmt.Sprintf("%.2f", s.NPS), fmt.Sprintf("%.2f", s.Low), fmt.Sprintf("%.2f", s.High),
			fmt.Sprintf("%.4f", s.DetractorShare), pos, band.String())
	}
	row("overall", "", rep.Diagnosis.Overall, "", rep.Diagnosis.Band)
	for _, b := range rep.Segments {
		for _, g := range b.Groups {
			row(b.By, g.Key, g.Summary, g.Position.String(), g.Band)
		}
	}
	for _, p := range rep.Trend.Points {
		row(rep.Trend.Period.String(), p.Label, p.Summary, "", nps.BandOf(p.Summary.NPS))
	}
	return t
}
