package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// table is a header and rows of cells, rendered as Markdown or CSV so that
// every tabular output has one definition.
type table struct {
	header []string
	rows   [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// markdown writes a GitHub-flavoured table; pipes in cells are escaped.
func (t *table) markdown(w io.Writer) error {
	esc := func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "\n", " ")
	}
	line := func(cells []string) string {
		out := make([]string, len(cells))
		for i, c := range cells {
			out[i] = esc(c)
		}
		return "| " + strings.Join(out, " | ") + " |\n"
	}
	var b strings.Builder
	b.WriteString(line(t.header))
	b.WriteString("|" + strings.Repeat(" --- |", len(t.header)) + "\n")
	for _, r := range t.rows {
		b.WriteString(line(r))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// csv writes the table as RFC 4180 CSV with its header.
func (t *table) csv(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header); err != nil {
		return err
	}
	if err := cw.WriteAll(t.rows); err != nil {
		return err
	}
	return cw.Error()
}

// writeJSON writes v as indented JSON with a final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// signed formats an NPS-like number with its sign and one decimal.
func signed(x float64) string { return fmt.Sprintf("%+.1f", x) }

// pct formats a share in [0, 1] as a percentage with one decimal.
func pct(x float64) string { return fmt.Sprintf("%.1f%%", 100*x) }

// writeAssign writes per-comment rows (-assign): JSON as they are,
// otherwise their table as Markdown or CSV.
func (e *env) writeAssign(rows any, t *table) error {
	return e.write(func(w io.Writer) error {
		switch e.opts.format {
		case "json":
			return writeJSON(w, rows)
		case "md":
			return t.markdown(w)
		}
		return t.csv(w)
	})
}
