package report

import (
	"io"
	"math"
)

// LinePoint is one period of a series: its value and, when known, the
// bounds of its confidence interval (NaN when unknown).
type LinePoint struct {
	Label  string  // the x category, such as "2024-Q3"
	Value  float64 // NaN or ±Inf: the point is skipped and shown as "n/a"
	Lo, Hi float64 // interval bounds; drawn only when both are finite
	// Flag, when not empty, marks the point (for example "−12 vs Q2") with
	// a distinct marker and this text under the axis.
	Flag string
}

// LineChart is a series over labelled categories (periods) with a shaded
// confidence band, point markers, value labels, flagged points and a zero
// line when zero is in range.
type LineChart struct {
	Title  string // shown at the top and used as the accessible name
	Desc   string // a sentence for screen readers: what the chart shows
	YLabel string // the y axis' unit, such as "NPS"
	Points []LinePoint
}

// Layout of the line chart.
const (
	lineHeight = 320.0
	lineLeft   = 56.0
	lineRight  = 16.0
	lineBottom = 64.0 // x labels and flag notes
)

// WriteSVG draws the chart; the only error is the writer's.
func (c LineChart) WriteSVG(w io.Writer) error {
	var s svgw
	top, bottom := titleSpace+12, lineHeight-lineBottom
	var vs []float64
	for _, p := range c.Points {
		if finite(p.Value) {
			vs = append(vs, p.Value)
			if finite(p.Lo) && finite(p.Hi) {
				vs = append(vs, p.Lo, p.Hi)
			}
		}
	}
	if len(vs) == 0 {
		h := barHeightFor(0)
		s.open(chartWidth, h, c.Title, c.Desc)
		s.noData(chartWidth, h)
		s.close()
		return s.writeTo(w)
	}
	s.open(chartWidth, lineHeight, c.Title, c.Desc)
	y := niceScale(vs, 5, bottom, top)
	s.yAxis(y, lineLeft, chartWidth-lineRight, c.YLabel)
	n := float64(len(c.Points))
	slot := (chartWidth - lineLeft - lineRight) / n
	x := func(i int) float64 { return lineLeft + (float64(i)+0.5)*slot }
	c.band(&s, x, y)
	c.path(&s, x, y)
	c.markers(&s, x, y, slot, bottom)
	s.close()
	return s.writeTo(w)
}

// yAxis draws horizontal grid lines with tick labels, a stronger zero line
// and the unit label.
func (s *svgw) yAxis(y scale, left, right float64, unit string) {
	d := y.decimals()
	for _, t := range y.ticks() {
		py := y.at(t)
		attrs := `stroke="` + colGrid + `" stroke-width="1"`
		if t == 0 {
			attrs = `stroke="` + colAxis + `" stroke-width="1.5"`
		}
		s.line(left, py, right, py, attrs)
		s.text(left-6, py+4, "end", `fill="`+colMuted+`"`, fixed(t, d), left-8, fontSize)
	}
	if unit != "" {
		s.printf(`<g transform="translate(14 `, num((y.p0+y.p1)/2), `) rotate(-90)">`)
		s.text(0, 0, "middle", `fill="`+colMuted+`"`, unit, y.p0-y.p1, fontSize)
		s.printf("</g>")
	}
}

// runs calls f with each maximal run of consecutive indexes for which ok
// holds, so that a missing point breaks the line or band instead of
// being bridged silently.
func runs(n int, ok func(int) bool, f func(from, to int)) {
	start := -1
	for i := 0; i <= n; i++ {
		if i < n && ok(i) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f(start, i)
			start = -1
		}
	}
}

func (c LineChart) band(s *svgw, x func(int) float64, y scale) {
	ok := func(i int) bool {
		p := c.Points[i]
		return finite(p.Value) && finite(p.Lo) && finite(p.Hi)
	}
	runs(len(c.Points), ok, func(from, to int) {
		if to-from == 1 { // a lone interval: a whisker, since a band needs width
			p := c.Points[from]
			s.line(x(from), y.at(p.Lo), x(from), y.at(p.Hi), `stroke="`+colBand+`" stroke-width="6"`)
			return
		}
		s.printf(`<polygon fill="`, colBand, `" fill-opacity="0.55" points="`)
		for i := from; i < to; i++ {
			s.printf(num(x(i)), ",", num(y.at(c.Points[i].Hi)), " ")
		}
		for i := to - 1; i >= from; i-- {
			s.printf(num(x(i)), ",", num(y.at(c.Points[i].Lo)))
			if i > from {
				s.printf(" ")
			}
		}
		s.printf(`"><title>confidence interval</title></polygon>`)
	})
}

func (c LineChart) path(s *svgw, x func(int) float64, y scale) {
	ok := func(i int) bool { return finite(c.Points[i].Value) }
	runs(len(c.Points), ok, func(from, to int) {
		if to-from < 2 {
			return
		}
		s.printf(`<polyline fill="none" stroke="`, colLine, `" stroke-width="2.5" stroke-linejoin="round" points="`)
		for i := from; i < to; i++ {
			if i > from {
				s.printf(" ")
			}
			s.printf(num(x(i)), ",", num(y.at(c.Points[i].Value)))
		}
		s.printf(`"/>`)
	})
}

// markers draws each point with its value, the x labels (thinned when they
// would collide), "n/a" for skipped points and the flags.
func (c LineChart) markers(s *svgw, x func(int) float64, y scale, slot, bottom float64) {
	every := int(math.Ceil(fontSize * charWidth * 4 / slot)) // room for about 4 characters
	if every < 1 {
		every = 1
	}
	labelW := slot*float64(every) - 4
	showValues := slot >= fontSize*charWidth*5
	flags := 0
	for i, p := range c.Points {
		px := x(i)
		if i%every == 0 {
			s.text(px, bottom+18, "middle", "", p.Label, labelW, fontSize)
		}
		if !finite(p.Value) {
			s.text(px, bottom-8, "middle", `fill="`+colMuted+`" font-style="italic"`, "n/a", slot, smallFont)
			continue
		}
		py := y.at(p.Value)
		tip := p.Label + ": " + fixed(p.Value, 1)
		if finite(p.Lo) && finite(p.Hi) {
			tip += " (" + fixed(p.Lo, 1) + " to " + fixed(p.Hi, 1) + ")"
		}
		if p.Flag != "" {
			tip += " \u2014 " + p.Flag
			s.printf(`<path d="M`, num(px), " ", num(py-8), " L", num(px+7), " ", num(py+5), " L", num(px-7), " ", num(py+5),
				`Z" fill="`, colFlag, `" stroke="#ffffff" stroke-width="1.5"><title>`, esc(clean(tip)), `</title></path>`)
			// Flags alternate between two lines so neighbours' notes
			// may each take up to two slots without overlapping.
			fy := bottom + 36 + 14*float64(flags%2)
			s.text(px, fy, "middle", `fill="`+colFlag+`" font-size="`+num(smallFont)+`"`, "\u25b2 "+p.Flag, 2*slot-4, smallFont)
			flags++
		} else {
			s.printf(`<circle cx="`, num(px), `" cy="`, num(py), `" r="4.5" fill="`, colLine,
				`" stroke="#ffffff" stroke-width="1.5"><title>`, esc(clean(tip)), `</title></circle>`)
		}
		if showValues {
			s.text(px+8, py-8, "start", `font-weight="600" font-size="`+num(smallFont)+`" stroke="#ffffff" stroke-width="3" paint-order="stroke"`,
				fixed(p.Value, 1), slot/2+8, smallFont)
		}
	}
}

// noData writes a centred notice for a chart with nothing to draw.
func (s *svgw) noData(w, h float64) {
	s.text(w/2, h/2, "middle", `fill="`+colMuted+`" font-style="italic"`, "No data to show", w, fontSize)
}
