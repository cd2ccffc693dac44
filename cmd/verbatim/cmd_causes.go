package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

func causesCommand() command {
	return command{
		name:    "causes",
		summary: "root causes of the comments (service, product, expectations, feedback loop, methodology, timing, misalignment) with the evidence",
		usage:   "[flags] [FILE]",
		examples: []string{
			"verbatim causes survey.csv",
			"verbatim causes -assign -format csv survey.csv > causes.csv",
			"verbatim causes -taxonomy my-causes.json -format json survey.csv",
		},
		flags:   flagInput | flagColumns | flagOutput,
		formats: []string{"md", "json", "csv"},
		setup: func(fs *flag.FlagSet) func(context.Context, *env) error {
			var assign bool
			var taxonomy string
			fs.BoolVar(&assign, "assign", false, "one row per comment instead of the summary")
			fs.StringVar(&taxonomy, "taxonomy", "", "a taxonomy JSON `FILE` to use instead of the built-in one")
			return func(ctx context.Context, e *env) error { return runCauses(ctx, e, assign, taxonomy) }
		},
	}
}

// causeRow is one comment's causes, as written by -assign.
type causeRow struct {
	ID     string             `json:"id"`
	Causes []themes.Cause     `json:"causes"`
	Result themes.CauseResult `json:"result"`
}

func loadTaxonomy(path string) (*themes.Taxonomy, error) {
	if path == "" {
		return themes.TaxonomyDefault(), nil
	}
	t, err := themes.TaxonomyLoad(path)
	if err != nil {
		return nil, dataError{err}
	}
	return t, nil
}

func runCauses(ctx context.Context, e *env, assign bool, taxPath string) error {
	tax, err := loadTaxonomy(taxPath)
	if err != nil {
		return err
	}
	ds, err := e.load(ctx, scoreOptional)
	if err != nil {
		return err
	}
	rows := make([]causeRow, len(ds.responses))
	for i, r := range ds.responses {
		if i%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		var opts []themes.CauseOption
		if r.Score != nps.NoScore {
			opts = append(opts, themes.CauseWithScore(r.Score))
		}
		res := tax.Score(r.Comment, opts...)
		row := causeRow{ID: r.ID, Result: res}
		for _, c := range res.Ranked {
			row.Causes = append(row.Causes, c.Cause)
		}
		rows[i] = row
	}
	if assign {
		return e.writeAssign(rows, causeAssignTable(rows))
	}
	sum := summarizeCauses(tax, ds.responses, rows)
	return e.write(func(w io.Writer) error {
		switch e.opts.format {
		case "json":
			return writeJSON(w, sum)
		case "csv":
			return causeSummaryTable(sum).csv(w)
		}
		return writeCausesMarkdown(w, ds.src.name, sum)
	})
}

// causeAssignTable is the -assign contract: id,causes,evidence, causes
// ranked and joined by ';', evidence as "cause: text" items joined by " | ":
// the matches of the ranked causes in text order, negated ones left out.
func causeAssignTable(rows []causeRow) *table {
	t := &table{header: []string{"id", "causes", "evidence"}}
	for _, r := range rows {
		keys := make([]string, len(r.Causes))
		for i, c := range r.Causes {
			keys[i] = string(c)
		}
		var ev []string
		seen := map[string]bool{}
		for _, x := range r.Result.Evidence {
			item := fmt.Sprintf("%s: %s", x.Cause, x.Text)
			if x.Negated || x.Weight <= 0 || !r.Result.Has(x.Cause) || seen[item] {
				continue
			}
			seen[item] = true
			ev = append(ev, item)
		}
		t.add(r.ID, strings.Join(keys, ";"), strings.Join(ev, " | "))
	}
	return t
}
