package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/sentiment"
)

func sentimentCommand() command {
	return command{
		name:    "sentiment",
		summary: "sentiment of every comment: a compound score in [-1, 1], a pos/neu/neg label and the words behind it",
		usage:   "[flags] [FILE]",
		examples: []string{
			"verbatim sentiment -format csv survey.csv > sentiment.csv",
			"verbatim sentiment -text comment -format json survey.jsonl",
		},
		flags:   flagInput | flagColumns | flagOutput,
		formats: []string{"csv", "md", "json"},
		setup: func(fs *flag.FlagSet) func(context.Context, *env) error {
			return runSentiment
		},
	}
}

// sentimentRow is one comment's sentiment as written in JSON. Mismatch is
// set when the score contradicts the comment (a promoter with a clearly
// negative comment, or the reverse).
type sentimentRow struct {
	ID       string              `json:"id"`
	Compound float64             `json:"compound"`
	Label    string              `json:"label"`
	Mismatch string              `json:"mismatch,omitempty"`
	Evidence []sentimentEvidence `json:"evidence,omitempty"`
}

type sentimentEvidence struct {
	Text         string  `json:"text"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Contribution float64 `json:"contribution"`
}

func scoreSentiment(a *sentiment.Analyzer, r nps.Response) sentimentRow {
	res := a.Analyze(r.Comment)
	row := sentimentRow{ID: r.ID, Compound: res.Compound, Label: res.Label.String()}
	if r.Score != nps.NoScore {
		if m, _, err := a.Mismatch(r.Score, r.Comment); err == nil && m != sentiment.NoMismatch {
			row.Mismatch = m.String()
		}
	}
	for _, ev := range res.Evidence {
		row.Evidence = append(row.Evidence, sentimentEvidence{ev.Text, ev.Start, ev.End, ev.Contribution})
	}
	return row
}

func runSentiment(ctx context.Context, e *env) error {
	ds, err := e.load(ctx, scoreOptional)
	if err != nil {
		return err
	}
	a := sentiment.New()
	rows := make([]sentimentRow, len(ds.responses))
	for i, r := range ds.responses {
		if i%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		rows[i] = scoreSentiment(a, r)
	}
	return e.write(func(w io.Writer) error {
		switch e.opts.format {
		case "json":
			return writeJSON(w, rows)
		case "md":
			return sentimentTable(rows, true).markdown(w)
		}
		return sentimentTable(rows, false).csv(w)
	})
}

// sentimentTable is the per-comment table. The CSV form is a contract
// (id,compound,label) that downstream tools rely on; Markdown adds the
// mismatch flag and the evidence.
func sentimentTable(rows []sentimentRow, wide bool) *table {
	t := &table{header: []string{"id", "compound", "label"}}
	if wide {
		t.header = append(t.header, "mismatch", "evidence")
	}
	for _, r := range rows {
		cells := []string{r.ID, strconv.FormatFloat(r.Compound, 'f', 4, 64), r.Label}
		if wide {
			ev := ""
			for i, x := range r.Evidence {
				if i > 0 {
					ev += "; "
				}
				ev += fmt.Sprintf("%s (%+.2f)", x.Text, x.Contribution)
			}
			cells = append(cells, r.Mismatch, ev)
		}
		t.add(cells...)
	}
	return t
}
