package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-go/verbatim/cluster"
	"github.com/verbatim-go/verbatim/nps"
)

func evalCommand() command {
	return command{
		name:    "eval",
		summary: "compare discovered themes with a gold label column (an analyst's manual coding): NMI, ARI and purity",
		usage:   "-gold COL [flags] [FILE]",
		examples: []string{
			"verbatim eval -gold gold_themes              # the sample's gold themes",
			"verbatim eval -gold topic -k 12 coded.csv",
		},
		flags:   flagsAll,
		formats: []string{"md", "json"},
		setup: func(fs *flag.FlagSet) func(context.Context, *env) error {
			var gold string
			fs.StringVar(&gold, "gold", "", "the gold label `COLUMN`; a value holding several labels joined by ';' counts by its first")
			return func(ctx context.Context, e *env) error { return runEval(ctx, e, gold) }
		},
	}
}

// evalReport holds the agreement between discovered themes and gold labels
// over the comments that have a gold label.
type evalReport struct {
	Gold      string  `json:"gold"`
	Evaluated int     `json:"evaluated"`
	Unlabeled int     `json:"unlabeled"` // comments with an empty gold label, left out
	GoldK     int     `json:"gold_k"`
	K         int     `json:"k"`
	NMI       float64 `json:"nmi"`
	ARI       float64 `json:"ari"`
	Purity    float64 `json:"purity"`
}

// noThemeLabel is the predicted label of comments in the no-theme group,
// so they count (as one cluster) instead of being dropped.
const noThemeLabel = "(no theme)"

func runEval(ctx context.Context, e *env, gold string) error {
	if gold == "" {
		return usagef("eval needs -gold COLUMN")
	}
	e.opts.readSegments(gold)
	ds, err := e.load(ctx, scoreOptional)
	if err != nil {
		return err
	}
	var labeled []nps.Response
	var truth []string
	for _, r := range ds.responses {
		g, _, _ := strings.Cut(r.Segments[gold], ";")
		if g = strings.TrimSpace(g); g == "" {
			continue
		}
		labeled = append(labeled, r)
		truth = append(truth, g)
	}
	rep := evalReport{Gold: gold, Evaluated: len(labeled), Unlabeled: len(ds.responses) - len(labeled)}
	if len(labeled) < 2 {
		return dataError{fmt.Errorf("-gold %s: fewer than 2 comments have a label", gold)}
	}
	distinct := map[string]bool{}
	for _, g := range truth {
		distinct[g] = true
	}
	rep.GoldK = len(distinct)
	if e.opts.k == 0 {
		e.opts.k = rep.GoldK // compare at the gold number of themes
	}
	prog := newProgress(e.io.err, e.opts.quiet)
	defer prog.done()
	m, mem, err := e.fitOrLoad(ctx, labeled, themesFlags{}, prog)
	if err != nil {
		return err
	}
	rep.K = len(m.Themes())
	pred := make([]string, len(mem))
	for i, ms := range mem {
		pred[i] = noThemeLabel
		if len(ms) > 0 {
			pred[i] = ms[0].ID
		}
	}
	c, err := cluster.NewContingency(truth, pred)
	if err != nil {
		return dataError{err}
	}
	rep.NMI, rep.ARI, rep.Purity = c.NMI(), c.ARI(), c.Purity()
	return e.write(func(w io.Writer) error {
		if e.opts.format == "json" {
			return writeJSON(w, rep)
		}
		t := &table{header: []string{"gold", "comments", "gold k", "themes", "NMI", "ARI", "purity"}}
		t.add(rep.Gold, fmt.Sprint(rep.Evaluated), fmt.Sprint(rep.GoldK), fmt.Sprint(rep.K),
			fmt.Sprintf("%.3f", rep.NMI), fmt.Sprintf("%.3f", rep.ARI), fmt.Sprintf("%.3f", rep.Purity))
		fmt.Fprintf(w, "# Themes against %s\n\n%d comments with a gold label (%d without, left out); comments in the no-theme group count as one cluster.\n\n", gold, rep.Evaluated, rep.Unlabeled)
		return t.markdown(w)
	})
}
