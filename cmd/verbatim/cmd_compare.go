package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// compareFlags select the two groups to compare: two periods (-from, -to)
// or two values of a segment column (-segment, -a, -b), optionally within a
// filter (-where col=value).
type compareFlags struct {
	period, tz, from, to string
	segment, a, b        string
	where                listFlag
}

func compareCommand() command {
	return command{
		name:    "compare",
		summary: "compare two periods or two segments: the NPS change, its significance and the causes behind it",
		usage:   "[flags] [FILE]",
		examples: []string{
			"verbatim compare                       # the last two quarters of the sample",
			"verbatim compare -from 2025-Q2 -to 2025-Q3 -where region=north",
			"verbatim compare -segment channel -a phone -b chat survey.csv",
		},
		flags:   flagInput | flagColumns | flagOutput,
		formats: []string{"md", "json", "csv"},
		setup: func(fs *flag.FlagSet) func(context.Context, *env) error {
			var f compareFlags
			fs.StringVar(&f.period, "period", "quarter", "period for -from/-to: week, month, quarter or year")
			fs.StringVar(&f.tz, "tz", "UTC", "IANA time zone in which periods are cut")
			fs.StringVar(&f.from, "from", "", "the earlier period `LABEL`, e.g. 2025-Q2, 2025-04, 2025-W14 (default: the second-last period with data)")
			fs.StringVar(&f.to, "to", "", "the later period `LABEL` (default: the last period with data)")
			fs.StringVar(&f.segment, "segment", "", "compare two values of this segment `COLUMN` instead of two periods")
			fs.StringVar(&f.a, "a", "", "the first segment `VALUE` (the baseline)")
			fs.StringVar(&f.b, "b", "", "the second segment `VALUE`")
			fs.Var(&f.where, "where", "keep only responses with `COL=VALUE` (repeatable, comma-separated)")
			return func(ctx context.Context, e *env) error { return runCompare(ctx, e, f) }
		},
	}
}

// compareReport is the compare command's result.
type compareReport struct {
	Source string       `json:"source"`
	Where  []string     `json:"where,omitempty"`
	Causes themes.Shift `json:"causes"`
}

type filter struct{ col, val string }

func (f compareFlags) filters() ([]filter, error) {
	var out []filter
	for _, w := range f.where {
		col, val, ok := strings.Cut(w, "=")
		if !ok || col == "" {
			return nil, usagef("-where %q: want COL=VALUE", w)
		}
		out = append(out, filter{col, val})
	}
	return out, nil
}

func (f compareFlags) check() error {
	if f.segment != "" && (f.a == "" || f.b == "") {
		return usagef("-segment %s needs -a VALUE and -b VALUE", f.segment)
	}
	if f.segment == "" && (f.a != "" || f.b != "") {
		return usagef("-a and -b need -segment COLUMN")
	}
	if _, ok := periods[f.period]; !ok {
		return usagef("-period %q: want week, month, quarter or year", f.period)
	}
	if _, err := time.LoadLocation(f.tz); err != nil {
		return usagef("-tz %q: %v", f.tz, err)
	}
	_, err := f.filters()
	return err
}

func runCompare(ctx context.Context, e *env, f compareFlags) error {
	if err := f.check(); err != nil {
		return err
	}
	fs, _ := f.filters()
	if f.segment != "" {
		e.opts.readSegments(f.segment)
	}
	for _, c := range fs {
		e.opts.readSegments(c.col)
	}
	ds, err := e.load(ctx, scoreRequired)
	if err != nil {
		return err
	}
	rs := applyFilters(ds.responses, fs)
	before, after, fromLabel, toLabel, err := f.split(rs)
	if err != nil {
		return err
	}
	tax := themes.TaxonomyDefault()
	shift, err := themes.LinkShift(causeMentions(tax, before), causeMentions(tax, after))
	if err != nil {
		return dataError{err}
	}
	shift.From, shift.To = fromLabel, toLabel
	rep := compareReport{Source: ds.src.name, Where: f.where, Causes: shift}
	return e.write(func(w io.Writer) error {
		switch e.opts.format {
		case "json":
			return writeJSON(w, rep)
		case "csv":
			return shiftTable(shift).csv(w)
		}
		return writeCompareMarkdown(w, rep)
	})
}

func applyFilters(rs []nps.Response, fs []filter) []nps.Response {
	if len(fs) == 0 {
		return rs
	}
	var out []nps.Response
	for _, r := range rs {
		keep := true
		for _, f := range fs {
			keep = keep && r.Segments[f.col] == f.val
		}
		if keep {
			out = append(out, r)
		}
	}
	return out
}

// split returns the two groups and their labels.
func (f compareFlags) split(rs []nps.Response) (before, after []nps.Response, from, to string, err error) {
	if f.segment != "" {
		for _, r := range rs {
			switch r.Segments[f.segment] {
			case f.a:
				before = append(before, r)
			case f.b:
				after = append(after, r)
			}
		}
		if len(before) == 0 || len(after) == 0 {
			return nil, nil, "", "", dataError{fmt.Errorf("no responses with %s=%q or %s=%q", f.segment, f.a, f.segment, f.b)}
		}
		return before, after, f.segment + "=" + f.a, f.segment + "=" + f.b, nil
	}
	p := periods[f.period]
	loc, _ := time.LoadLocation(f.tz)
	byLabel := map[string][]nps.Response{}
	for _, r := range rs {
		if !r.Time.IsZero() {
			l := p.Label(p.Start(r.Time, loc))
			byLabel[l] = append(byLabel[l], r)
		}
	}
	labels := make([]string, 0, len(byLabel))
	for l := range byLabel {
		labels = append(labels, l)
	}
	sort.Strings(labels) // period labels sort chronologically
	from, to = f.from, f.to
	if to == "" && len(labels) > 0 {
		to = labels[len(labels)-1]
	}
	if from == "" {
		for i := len(labels) - 1; i >= 0; i-- {
			if labels[i] < to {
				from = labels[i]
				break
			}
		}
	}
	before, after = byLabel[from], byLabel[to]
	if len(before) == 0 || len(after) == 0 {
		return nil, nil, "", "", dataError{fmt.Errorf("no dated responses in %s %q or %q (periods with data: %s)", f.period, from, to, strings.Join(labels, ", "))}
	}
	return before, after, from, to, nil
}

// causeMentions scores each response's comment against the taxonomy and
// returns its ranked causes (none included) as mentions.
func causeMentions(tax *themes.Taxonomy, rs []nps.Response) themes.MentionSet {
	set := themes.MentionSet{Responses: rs, Mentions: make([][]themes.Mention, len(rs))}
	for i, r := range rs {
		res := tax.Score(r.Comment, themes.CauseWithScore(r.Score))
		for _, c := range res.Ranked {
			if c.Cause != themes.CauseNone {
				set.Mentions[i] = append(set.Mentions[i], themes.Mention{Key: string(c.Cause), Strength: c.Score})
			}
		}
	}
	return set
}
