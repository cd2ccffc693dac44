package report

import (
	"html/template"
	"strings"
)

// Column is a table column; numeric columns are right-aligned with
// tabular figures so that digits line up.
type Column struct {
	Header  string
	Numeric bool
}

// Table is a simple data table. Rows shorter than the columns are padded
// with empty cells; cells beyond the columns get a column with no header.
type Table struct {
	Caption string
	Columns []Column
	Rows    [][]string
}

// HTML returns the table, wrapped so that it scrolls sideways on narrow
// screens instead of overflowing the page.
func (t Table) HTML() template.HTML {
	cols := t.Columns
	for _, r := range t.Rows {
		for len(cols) < len(r) {
			cols = append(cols, Column{})
		}
	}
	var b strings.Builder
	b.WriteString(`<div class="table-wrap"><table>`)
	if t.Caption != "" {
		b.WriteString("<caption>" + escHTML(t.Caption) + "</caption>")
	}
	b.WriteString("<thead><tr>")
	for _, c := range cols {
		b.WriteString(`<th scope="col"` + numClass(c) + ">" + escHTML(c.Header) + "</th>")
	}
	b.WriteString("</tr></thead><tbody>")
	for _, r := range t.Rows {
		b.WriteString("<tr>")
		for i, c := range cols {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			b.WriteString("<td" + numClass(c) + ">" + escHTML(cell) + "</td>")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</tbody></table></div>\n")
	return template.HTML(b.String())
}

func numClass(c Column) string {
	if c.Numeric {
		return ` class="num"`
	}
	return ""
}
