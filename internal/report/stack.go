package report

import (
	"io"
	"strconv"
)

// Category is one part of a stacked bar: its legend name and fill colour
// ("#rgb" or "#rrggbb"; anything else takes the next palette colour).
type Category struct {
	Name   string
	Colour string
}

// NPSCategories are promoters, passives and detractors in the usual order
// and in colours that stay distinct with colour-vision deficiencies.
func NPSCategories() []Category {
	return []Category{{"Promoters", "#009E73"}, {"Passives", "#B8C0C8"}, {"Detractors", "#D55E00"}}
}

// StackRow is one bar: amounts per category (counts or shares; each row
// is scaled to 100%). Negative and non-finite amounts cannot be drawn and
// are counted in the row's note instead.
type StackRow struct {
	Label  string
	Values []float64
	Note   string // optional text at the right, such as "n=412"
}

// StackChart draws one 100% stacked bar per row with a legend, percentages
// written inside the segments that have room, and a tooltip per segment.
type StackChart struct {
	Title      string
	Desc       string
	Categories []Category
	Rows       []StackRow
}

const stackLegendRow = 22.0

// WriteSVG draws the chart; the only error is the writer's.
func (c StackChart) WriteSVG(w io.Writer) error {
	const valueW = 145.0
	cats := c.categories()
	legend := c.legendLayout(cats)
	legendH := float64(len(legend)) * stackLegendRow
	h := titleSpace + legendH + 8 + float64(len(c.Rows))*barRow + 12
	if len(c.Rows) == 0 {
		h = titleSpace + 60
	}
	var s svgw
	s.open(chartWidth, h, c.Title, c.Desc)
	if len(c.Rows) == 0 {
		s.noData(chartWidth, h)
		s.close()
		return s.writeTo(w)
	}
	for li, line := range legend {
		y := titleSpace + float64(li)*stackLegendRow
		for _, it := range line {
			s.rect(it.x, y+2, 14, 14, `fill="`+it.colour+`" stroke="`+colText+`" stroke-width="0.5"`)
			s.text(it.x+19, y+14, "start", "", it.name, it.w-22, fontSize)
		}
	}
	top := titleSpace + legendH + 8
	x0, x1 := barLabelW, chartWidth-valueW
	for i, r := range c.Rows {
		s.stackRow(r, cats, top+float64(i)*barRow, x0, x1, chartWidth-valueW+10, valueW-14)
	}
	s.close()
	return s.writeTo(w)
}

// categories pads the declared categories to the widest row, so that no
// value goes undrawn for want of a name.
func (c StackChart) categories() []Category {
	n := len(c.Categories)
	for _, r := range c.Rows {
		n = max(n, len(r.Values))
	}
	out := make([]Category, n)
	for i := range out {
		if i < len(c.Categories) {
			out[i] = c.Categories[i]
		}
		if out[i].Name == "" {
			out[i].Name = "Category " + strconv.Itoa(i+1)
		}
		out[i].Colour = colour(out[i].Colour, i)
	}
	return out
}

type legendItem struct {
	x, w         float64
	name, colour string
}

// legendLayout flows the legend entries into lines across the chart.
func (c StackChart) legendLayout(cats []Category) [][]legendItem {
	var lines [][]legendItem
	var line []legendItem
	x := 8.0
	for _, cat := range cats {
		w := 22 + fontSize*charWidth*float64(len([]rune(clean(cat.Name)))) + 18
		w = min(w, chartWidth-16)
		if x+w > chartWidth-8 && len(line) > 0 {
			lines, line, x = append(lines, line), nil, 8
		}
		line = append(line, legendItem{x: x, w: w, name: cat.Name, colour: cat.Colour})
		x += w
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

func (s *svgw) stackRow(r StackRow, cats []Category, y, x0, x1, vx, vw float64) {
	s.rowLabel(r.Label, y)
	total, skipped := 0.0, 0
	for _, v := range r.Values {
		if finite(v) && v >= 0 {
			total += v
		} else {
			skipped++
		}
	}
	note := r.Note
	if skipped > 0 {
		note = joinNonEmpty(note, "("+strconv.Itoa(skipped)+" skipped)")
	}
	if total <= 0 || !finite(total) {
		s.rowValue(joinNonEmpty("n/a", note), r.Label, vx, y, vw)
		return
	}
	pos := x0
	by := y + (barRow-barHeight)/2
	for i, v := range r.Values {
		if !finite(v) || v <= 0 {
			continue
		}
		share := v / total
		w := share * (x1 - x0)
		fill := cats[i].Colour
		s.printf("<g><title>", esc(clean(r.Label)+" \u2014 "+clean(cats[i].Name)+": "+percent(share, 1)), "</title>")
		s.rect(pos, by, w, barHeight, `fill="`+fill+`" stroke="#ffffff" stroke-width="1"`)
		label := percent(share, 0)
		if w >= fontSize*charWidth*float64(len(label))+8 {
			s.text(pos+w/2, by+barHeight/2+4.5, "middle", `fill="`+onColour(fill)+`" font-size="`+num(smallFont+1)+`"`, label, w, smallFont+1)
		}
		s.printf("</g>")
		pos += w
	}
	if note != "" {
		s.rowValue(note, r.Label, vx, y, vw)
	}
}

// joinNonEmpty joins the non-empty parts with a space.
func joinNonEmpty(parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += " "
		}
		out += p
	}
	return out
}
