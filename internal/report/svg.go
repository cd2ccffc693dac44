package report

import (
	"bytes"
	"encoding/xml"
	"html/template"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Chart is anything that draws itself as one <svg> element.
type Chart interface {
	WriteSVG(w io.Writer) error
}

// SVG returns the chart's markup for use in a page (see Section.Body).
func SVG(c Chart) template.HTML {
	var b bytes.Buffer
	_ = c.WriteSVG(&b) // a bytes.Buffer never fails
	return template.HTML(b.String())
}

// Drawing constants shared by the charts, in viewBox units (CSS pixels at
// the natural size).
const (
	chartWidth = 760.0
	fontSize   = 13.0
	smallFont  = 11.0
	// charWidth is a generous average advance of a sans-serif glyph as a
	// fraction of the font size, used to decide when to truncate a label.
	// It errs wide so that labels are cut rather than overlap.
	charWidth = 0.56
	// boldWidth is the same for the bold chart title.
	boldWidth  = 0.64
	titleSpace = 30.0
	fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
)

// Colours: text and lines meet WCAG AA contrast on white; the data palette
// is Okabe and Ito's, chosen to stay distinguishable with colour-vision
// deficiencies.
const (
	colText     = "#1f2328"
	colMuted    = "#57606a"
	colGrid     = "#d8dee4"
	colAxis     = "#57606a"
	colLine     = "#0b5cad"
	colBand     = "#9cc3ea"
	colFlag     = "#b3261e"
	colPositive = "#0072B2"
	colNegative = "#D55E00"
	colShare    = "#b35900"
)

var palette = []string{"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999"}

var hexColour = regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}){1,2}$`)

// svgw accumulates one SVG document.
type svgw struct{ b bytes.Buffer }

func (s *svgw) printf(parts ...string) {
	for _, p := range parts {
		s.b.WriteString(p)
	}
}

// open writes the root element with its accessible name and description.
func (s *svgw) open(w, h float64, title, desc string) {
	label := title
	if desc != "" {
		label = strings.TrimSpace(title + ". " + desc)
	}
	s.printf(`<svg viewBox="0 0 `, num(w), " ", num(h), `" width="`, num(w), `" height="`, num(h),
		`" role="img" aria-label="`, esc(label), `" font-family="`, esc(fontFamily),
		`" font-size="`, num(fontSize), `" fill="`, colText, `">`)
	s.printf("<title>", esc(title), "</title>")
	if desc != "" {
		s.printf("<desc>", esc(desc), "</desc>")
	}
	if title != "" {
		s.text(8, 20, "start", `font-weight="600" font-size="15"`, title, (w-16)*charWidth/boldWidth, 15)
	}
}

func (s *svgw) close() { s.printf("</svg>\n") }

// text writes a label at (x, y), truncated with an ellipsis to maxPx and
// then carrying the full text in a <title> so it is still available.
func (s *svgw) text(x, y float64, anchor, attrs, label string, maxPx, size float64) {
	shown, cut := fit(label, maxPx, size)
	s.printf(`<text x="`, num(x), `" y="`, num(y), `"`)
	if anchor != "start" {
		s.printf(` text-anchor="`, anchor, `"`)
	}
	if attrs != "" {
		s.printf(" ", attrs)
	}
	s.printf(">")
	if cut {
		s.printf("<title>", esc(clean(label)), "</title>")
	}
	s.printf(esc(shown), "</text>")
}

func (s *svgw) line(x1, y1, x2, y2 float64, attrs string) {
	s.printf(`<line x1="`, num(x1), `" y1="`, num(y1), `" x2="`, num(x2), `" y2="`, num(y2), `" `, attrs, "/>")
}

func (s *svgw) rect(x, y, w, h float64, attrs string) {
	s.printf(`<rect x="`, num(x), `" y="`, num(y), `" width="`, num(math.Max(w, 0)), `" height="`, num(math.Max(h, 0)), `" `, attrs, "/>")
}

func (s *svgw) writeTo(w io.Writer) error {
	_, err := w.Write(s.b.Bytes())
	return err
}

// num formats a coordinate with at most two decimals and no exponent, so
// output is stable across platforms; a non-finite value (which the charts
// never pass on purpose) is written as 0 rather than as NaN or Inf.
func num(x float64) string {
	if !finite(x) {
		return "0"
	}
	s := strconv.FormatFloat(x, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

// fixed formats a value for people: d decimals, a true minus sign.
func fixed(x float64, d int) string {
	if !finite(x) {
		return "n/a"
	}
	s := strconv.FormatFloat(x, 'f', d, 64)
	if strings.Trim(s, "-0.") == "" {
		s = strings.TrimPrefix(s, "-")
	}
	return strings.Replace(s, "-", "\u2212", 1)
}

// signed is fixed with an explicit plus sign on positive values.
func signed(x float64, d int) string {
	s := fixed(x, d)
	if finite(x) && s != "n/a" && !strings.HasPrefix(s, "\u2212") && strings.Trim(s, "0.") != "" {
		return "+" + s
	}
	return s
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// esc escapes text for XML and HTML alike; invalid UTF-8 and characters
// XML forbids become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}

// clean makes a label single-line and valid UTF-8.
func clean(s string) string {
	s = validUTF8(s)
	return strings.Join(strings.Fields(s), " ")
}

// fit truncates a label so it takes at most maxPx at the given font size.
func fit(s string, maxPx, size float64) (string, bool) {
	s = clean(s)
	limit := int(maxPx / (size * charWidth))
	if utf8.RuneCountInString(s) <= limit {
		return s, false
	}
	if limit < 2 {
		return "\u2026", s != ""
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:limit-1]), " ") + "\u2026", true
}

// colour returns c if it is a hex colour, else the palette's i-th colour.
func colour(c string, i int) string {
	if hexColour.MatchString(c) {
		return c
	}
	return palette[i%len(palette)]
}

// onColour picks dark or white text for legibility on a fill colour, from
// the fill's relative luminance (WCAG 2 definition): white when its
// contrast with the fill is the higher of the two.
func onColour(fill string) string {
	h := strings.TrimPrefix(fill, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil || len(h) != 6 {
		return colText
	}
	lum := 0.0
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		c := float64((v>>(16-8*i))&0xff) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		lum += w * c
	}
	// Contrast with white is 1.05/(L+0.05), with near-black about (L+0.05)/0.065.
	if 1.05/(lum+0.05) > (lum+0.05)/0.065 {
		return "#ffffff"
	}
	return colText
}
