package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// themesFlags are the themes command's own flags.
type themesFlags struct {
	assign    bool
	model     string // assign with a saved model instead of discovering
	save      string // save the fitted model
	subthemes bool
}

func themesCommand() command {
	return command{
		name:    "themes",
		summary: "recurring themes of the comments, with labels, top terms, examples and, when scores are present, their NPS impact",
		usage:   "[flags] [FILE]",
		examples: []string{
			"verbatim themes survey.csv",
			"verbatim themes -k 12 -seed 7 -save model.json survey.csv",
			"verbatim themes -assign -format csv survey.csv > themes.csv",
			"verbatim themes -assign -model model.json -format csv new.csv",
		},
		flags:   flagsAll,
		formats: []string{"md", "json", "csv"},
		setup: func(fs *flag.FlagSet) func(context.Context, *env) error {
			var f themesFlags
			fs.BoolVar(&f.assign, "assign", false, "one row per comment instead of the theme summary")
			fs.StringVar(&f.model, "model", "", "assign comments with this saved model `FILE` instead of discovering themes")
			fs.StringVar(&f.save, "save", "", "save the fitted model to `FILE` (JSON) for later -model use")
			fs.BoolVar(&f.subthemes, "subthemes", false, "split each theme into sub-themes")
			return func(ctx context.Context, e *env) error { return runThemes(ctx, e, f) }
		},
	}
}

// themeRow is one comment's themes, as written by -assign.
type themeRow struct {
	ID     string              `json:"id"`
	Themes []themes.Membership `json:"themes"`
	Label  string              `json:"label,omitempty"`
}

func comments(rs []nps.Response) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Comment
	}
	return out
}

// fitOrLoad discovers themes in the comments, or loads a saved model and
// assigns them; it returns the model and each comment's memberships.
func (e *env) fitOrLoad(ctx context.Context, rs []nps.Response, f themesFlags, prog *progress) (*themes.Model, [][]themes.Membership, error) {
	texts := comments(rs)
	mem := make([][]themes.Membership, len(rs))
	if f.model != "" {
		file, err := os.Open(f.model)
		if err != nil {
			return nil, nil, ioError{err}
		}
		defer file.Close()
		m, err := themes.Load(file)
		if err != nil {
			return nil, nil, dataError{fmt.Errorf("%s: %w", f.model, err)}
		}
		for i, c := range texts {
			mem[i] = m.Assign(c)
		}
		return m, mem, nil
	}
	lang, err := themes.ParseLanguage(e.opts.lang)
	if err != nil {
		return nil, nil, usagef("-lang %q: %v", e.opts.lang, err)
	}
	opts := []themes.DiscoverOption{
		themes.DiscoverSeed(e.opts.seed),
		themes.DiscoverAnalyzer(themes.WithLanguage(lang)),
	}
	if e.opts.k > 0 {
		opts = append(opts, themes.DiscoverK(e.opts.k))
	}
	if f.subthemes {
		opts = append(opts, themes.DiscoverSubthemes())
	}
	prog.update("discovering themes", 0)
	m, err := themes.Discover(ctx, texts, opts...)
	if err != nil {
		return nil, nil, dataError{err}
	}
	for i := range texts {
		mem[i] = m.Memberships(i)
	}
	if f.save != "" {
		if err := saveModel(m, f.save); err != nil {
			return nil, nil, err
		}
	}
	return m, mem, nil
}

func saveModel(m *themes.Model, path string) error {
	file, err := os.Create(path)
	if err != nil {
		return ioError{err}
	}
	if err := m.Save(file); err != nil {
		file.Close()
		return ioError{err}
	}
	if err := file.Close(); err != nil {
		return ioError{err}
	}
	return nil
}

func runThemes(ctx context.Context, e *env, f themesFlags) error {
	ds, err := e.load(ctx, scoreOptional)
	if err != nil {
		return err
	}
	prog := newProgress(e.io.err, e.opts.quiet)
	defer prog.done()
	m, mem, err := e.fitOrLoad(ctx, ds.responses, f, prog)
	if err != nil {
		return err
	}
	if f.assign {
		rows := make([]themeRow, len(ds.responses))
		for i, r := range ds.responses {
			rows[i] = themeRow{ID: r.ID, Themes: mem[i]}
			if len(mem[i]) > 0 {
				if t, ok := m.Theme(mem[i][0].ID); ok {
					rows[i].Label = t.Label
				}
			}
		}
		return e.writeAssign(rows, themeAssignTable(rows))
	}
	rep, err := summarizeThemes(ds, m, mem)
	if err != nil {
		return err
	}
	return e.write(func(w io.Writer) error {
		switch e.opts.format {
		case "json":
			return writeJSON(w, rep)
		case "csv":
			return themeSummaryTable(rep).csv(w)
		}
		return writeThemesMarkdown(w, ds.src.name, rep)
	})
}
