package report

import (
	"io"
	"strings"
)

// Layout of the bar charts: a label column, the plot, a value column.
const (
	barRow    = 30.0
	barHeight = 18.0
	barLabelW = 240.0
	barAxisH  = 22.0 // tick labels above the plot
	barFootH  = 30.0 // unit label below the plot
	refLineH  = 15.0 // one line per reference label under the plot
)

// ImpactRow is one signed value with its interval, such as a theme's
// impact on NPS in points (negative: the theme pulls the score down).
type ImpactRow struct {
	Label  string
	Value  float64 // NaN or ±Inf: no bar, "n/a"
	Lo, Hi float64 // interval bounds; whisker drawn when both are finite
}

// ImpactChart draws signed horizontal bars from a zero line, negative to
// the left, with interval whiskers, in the order given. The value and
// interval are written out at the right of each row.
type ImpactChart struct {
	Title string
	Desc  string
	Unit  string // axis label, such as "NPS points"
	Rows  []ImpactRow
}

// WriteSVG draws the chart; the only error is the writer's.
func (c ImpactChart) WriteSVG(w io.Writer) error {
	const valueW = 185.0
	var s svgw
	h := barHeightFor(len(c.Rows))
	s.open(chartWidth, h, c.Title, c.Desc)
	if len(c.Rows) == 0 {
		s.noData(chartWidth, h)
		s.close()
		return s.writeTo(w)
	}
	vs := []float64{0}
	for _, r := range c.Rows {
		if finite(r.Value) {
			vs = append(vs, r.Value)
			if finite(r.Lo) && finite(r.Hi) {
				vs = append(vs, r.Lo, r.Hi)
			}
		}
	}
	x := niceScale(vs, 6, barLabelW, chartWidth-valueW)
	top := titleSpace + barAxisH
	s.xAxis(x, top, h-barFootH, c.Unit, func(t float64) string { return signed(t, x.decimals()) })
	for i, r := range c.Rows {
		y := top + float64(i)*barRow
		s.rowLabel(r.Label, y)
		text := "n/a"
		if finite(r.Value) {
			fill := colPositive
			if r.Value < 0 {
				fill = colNegative
			}
			x0, x1 := x.at(0), x.at(r.Value)
			if x1 < x0 {
				x0, x1 = x1, x0
			}
			s.rect(x0, y+(barRow-barHeight)/2, x1-x0, barHeight, `fill="`+fill+`"`)
			text = signed(r.Value, 1)
			if finite(r.Lo) && finite(r.Hi) {
				s.whisker(x.at(r.Lo), x.at(r.Hi), y+barRow/2)
				text += " [" + signed(r.Lo, 1) + ", " + signed(r.Hi, 1) + "]"
			}
		}
		s.rowValue(text, r.Label, chartWidth-valueW+10, y, valueW-14)
	}
	s.close()
	return s.writeTo(w)
}

// ShareRow is one share in [0, 1], such as a theme's detractor share.
type ShareRow struct {
	Label string
	Share float64 // NaN or ±Inf: no bar, "n/a"
	Note  string  // optional text after the value, such as "n=140"
}

// RefLine is a labelled vertical reference line, such as an alert
// threshold.
type RefLine struct {
	Value float64
	Label string
}

// ShareChart draws horizontal bars of shares with their percentages, in
// the order given, with optional reference lines.
type ShareChart struct {
	Title string
	Desc  string
	Unit  string // axis label, such as "share of detractors"
	Rows  []ShareRow
	Refs  []RefLine
}

// WriteSVG draws the chart; the only error is the writer's.
func (c ShareChart) WriteSVG(w io.Writer) error {
	const valueW = 130.0
	var s svgw
	h := barHeightFor(len(c.Rows))
	if len(c.Rows) > 0 {
		h += refLineH * float64(len(c.Refs))
	}
	s.open(chartWidth, h, c.Title, c.Desc)
	if len(c.Rows) == 0 {
		s.noData(chartWidth, h)
		s.close()
		return s.writeTo(w)
	}
	vs := []float64{0}
	for _, r := range c.Rows {
		vs = append(vs, r.Share)
	}
	for _, r := range c.Refs {
		vs = append(vs, r.Value)
	}
	if allZero(vs) { // shares cannot be negative: show 0 to 100%, not ±100%
		vs = append(vs, 1)
	}
	x := niceScale(vs, 5, barLabelW, chartWidth-valueW)
	top := titleSpace + barAxisH
	bottom := top + float64(len(c.Rows))*barRow
	s.xAxis(x, top, bottom+refLineH*float64(len(c.Refs)), c.Unit, func(t float64) string { return percent(t, x.decimals()-2) })
	for i, r := range c.Rows {
		y := top + float64(i)*barRow
		s.rowLabel(r.Label, y)
		text := "n/a"
		if finite(r.Share) {
			x0, x1 := x.at(0), x.at(r.Share)
			if x1 < x0 {
				x0, x1 = x1, x0
			}
			s.rect(x0, y+(barRow-barHeight)/2, x1-x0, barHeight, `fill="`+colShare+`"`)
			text = percent(r.Share, 1)
		}
		if r.Note != "" {
			text += " " + r.Note
		}
		s.rowValue(text, r.Label, chartWidth-valueW+10, y, valueW-14)
	}
	s.refLines(c.Refs, x, top, bottom)
	s.close()
	return s.writeTo(w)
}

func barHeightFor(rows int) float64 {
	if rows == 0 {
		return titleSpace + 60
	}
	return titleSpace + barAxisH + float64(rows)*barRow + barFootH
}

// xAxis draws vertical grid lines with tick labels above the plot, a
// stronger zero line and the unit label below it.
func (s *svgw) xAxis(x scale, top, bottom float64, unit string, label func(float64) string) {
	ticks := x.ticks()
	room := (x.p1 - x.p0) / float64(len(ticks))
	for _, t := range ticks {
		px := x.at(t)
		attrs := `stroke="` + colGrid + `" stroke-width="1"`
		if t == 0 {
			attrs = `stroke="` + colAxis + `" stroke-width="1.5"`
		}
		s.line(px, top-4, px, bottom, attrs)
		s.text(px, top-8, "middle", `fill="`+colMuted+`" font-size="`+num(smallFont)+`"`, label(t), room, smallFont)
	}
	if unit != "" {
		s.text((x.p0+x.p1)/2, bottom+18, "middle", `fill="`+colMuted+`"`, unit, x.p1-x.p0, fontSize)
	}
}

func (s *svgw) rowLabel(label string, y float64) {
	s.text(barLabelW-10, y+barRow/2+4.5, "end", "", label, barLabelW-18, fontSize)
}

// rowValue writes the value column; its <title> repeats the row label so a
// pointer or screen reader gets the pair.
func (s *svgw) rowValue(text, label string, x, y, maxPx float64) {
	s.printf("<g><title>", esc(clean(label)+": "+text), "</title>")
	s.text(x, y+barRow/2+4.5, "start", `font-variant-numeric="tabular-nums"`, text, maxPx, fontSize)
	s.printf("</g>")
}

// whisker draws an interval as a line with end caps.
func (s *svgw) whisker(x0, x1, y float64) {
	attrs := `stroke="` + colText + `" stroke-width="1.5"`
	s.line(x0, y, x1, y, attrs)
	s.line(x0, y-6, x0, y+6, attrs)
	s.line(x1, y-6, x1, y+6, attrs)
}

// percent formats a share as a percentage with d decimals (at least 0).
func percent(v float64, d int) string {
	if d < 0 {
		d = 0
	}
	s := fixed(v*100, d)
	if s == "n/a" {
		return s
	}
	return strings.TrimSpace(s) + "%"
}

// refLines draws dashed reference lines, each labelled on its own line
// under the plot so that labels of close values cannot overlap.
func (s *svgw) refLines(refs []RefLine, x scale, top, bottom float64) {
	for i, r := range refs {
		if !finite(r.Value) {
			continue
		}
		px := x.at(r.Value)
		y := bottom + refLineH*float64(i+1)
		s.line(px, top-4, px, y-3, `stroke="`+colText+`" stroke-width="1.5" stroke-dasharray="5 3"`)
		s.text(px+4, y, "start", `font-size="`+num(smallFont)+`"`, r.Label, chartWidth-px-8, smallFont)
	}
}

// allZero reports whether every finite value is zero.
func allZero(vs []float64) bool {
	for _, v := range vs {
		if finite(v) && v != 0 {
			return false
		}
	}
	return true
}
