package report

import (
	"html/template"
	"io"
	"strconv"
	"strings"
)

// Document is a whole report page: a title, an optional subtitle (the data
// set and date range, say), sections, and a footer line.
type Document struct {
	Title    string
	Subtitle string
	Sections []Section
	Footer   string
}

// Section is a headed part of the page. Intro is plain text; Body holds
// blocks made by this package (SVG, Figure, Table.HTML, Quotes, Stats,
// Paragraph), which are trusted markup.
type Section struct {
	Heading string
	Intro   string
	Body    []template.HTML
}

// WriteHTML writes the page as one self-contained HTML document; the only
// error is the writer's.
func (d Document) WriteHTML(w io.Writer) error {
	type sec struct {
		ID string
		Section
	}
	data := struct {
		Document
		Secs []sec
	}{Document: d}
	for i, s := range d.Sections {
		data.Secs = append(data.Secs, sec{ID: "s" + strconv.Itoa(i+1), Section: s})
	}
	return pageTemplate.Execute(w, data)
}

// Figure wraps a chart in a <figure> with an optional caption under it,
// for notes such as what the bands and whiskers mean.
func Figure(c Chart, caption string) template.HTML {
	var b strings.Builder
	b.WriteString("<figure>")
	b.WriteString(string(SVG(c)))
	if caption != "" {
		b.WriteString("<figcaption>" + escHTML(caption) + "</figcaption>")
	}
	b.WriteString("</figure>\n")
	return template.HTML(b.String())
}

// Paragraph returns escaped text as a paragraph.
func Paragraph(text string) template.HTML {
	return template.HTML("<p>" + escHTML(text) + "</p>\n")
}

// Stat is one headline figure, such as NPS "+32" with note "±4, n=1,204".
type Stat struct {
	Label, Value, Note string
}

// Stats returns a row of headline figures that wraps on narrow screens.
func Stats(stats ...Stat) template.HTML {
	var b strings.Builder
	b.WriteString(`<dl class="stats">`)
	for _, s := range stats {
		b.WriteString(`<div><dt>` + escHTML(s.Label) + `</dt><dd>` + escHTML(s.Value))
		if s.Note != "" {
			b.WriteString(`<small>` + escHTML(s.Note) + `</small>`)
		}
		b.WriteString(`</dd></div>`)
	}
	b.WriteString("</dl>\n")
	return template.HTML(b.String())
}

// Quote is a comment to show, with the spans of evidence to highlight and
// short facts about it (score, segment, theme) shown under it.
type Quote struct {
	Text  string
	Spans []Span
	Meta  []string
}

// Quotes returns the comments as block quotes with their evidence marked.
func Quotes(qs ...Quote) template.HTML {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString(`<blockquote class="quote"><p>` + string(Highlight(q.Text, q.Spans)) + `</p>`)
		if len(q.Meta) > 0 {
			b.WriteString("<footer>")
			for _, m := range q.Meta {
				b.WriteString(`<span>` + escHTML(m) + `</span>`)
			}
			b.WriteString("</footer>")
		}
		b.WriteString("</blockquote>\n")
	}
	return template.HTML(b.String())
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>` + pageCSS + `</style>
</head>
<body>
<header><h1>{{.Title}}</h1>{{if .Subtitle}}<p class="sub">{{.Subtitle}}</p>{{end}}</header>
{{if gt (len .Secs) 2}}<nav aria-label="Contents"><ol>{{range .Secs}}<li><a href="#{{.ID}}">{{.Heading}}</a></li>{{end}}</ol></nav>
{{end}}<main>
{{range .Secs}}<section id="{{.ID}}" aria-labelledby="{{.ID}}-h">
<h2 id="{{.ID}}-h">{{.Heading}}</h2>
{{if .Intro}}<p class="intro">{{.Intro}}</p>
{{end}}{{range .Body}}{{.}}{{end}}</section>
{{end}}</main>
{{if .Footer}}<footer class="page"><p>{{.Footer}}</p></footer>
{{end}}</body>
</html>
`))

// pageCSS: system fonts only, dark text on light backgrounds (contrast at
// least 4.5:1), one column that fits a phone, and print rules that keep
// figures, quotes and table rows whole. Charts keep a minimum width and
// scroll sideways on a phone, since shrunk to fit their labels would be
// too small to read.
const pageCSS = `
:root{color-scheme:light;--text:#1f2328;--muted:#57606a;--line:#d8dee4;--bg:#ffffff;--soft:#f6f8fa;--mark:#fff1a8;--markline:#9a6700}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:1.5rem 1.25rem 3rem;background:var(--bg);color:var(--text);
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .25rem}
h2{font-size:1.3rem;margin:2.25rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
.sub,.intro,figcaption,footer.page{color:var(--muted)}
nav ol{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;margin:1rem 0;list-style:none;font-size:.95rem}
nav a{color:#0b5cad}
figure{margin:1rem 0;overflow-x:auto}
figure svg,section>svg{display:block;width:100%;height:auto;min-width:600px}
figcaption{font-size:.9rem;margin-top:.25rem}
.table-wrap{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{padding:.4rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);border-bottom:2px solid #afb8c1}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody tr:nth-child(even){background:#fbfcfd}
.stats{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.stats div{flex:1 1 10rem;background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem}
.stats dt{color:var(--muted);font-size:.9rem}
.stats dd{margin:0;font-size:1.6rem;font-weight:600;font-variant-numeric:tabular-nums}
.stats small{display:block;font-size:.85rem;font-weight:400;color:var(--muted)}
.quote{margin:1rem 0;padding:.75rem 1rem;border-left:4px solid #afb8c1;background:var(--soft);overflow-wrap:anywhere}
.quote p{margin:0}
.quote footer{margin-top:.4rem;font-size:.85rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:.25rem .75rem}
mark{background:var(--mark);color:inherit;border-bottom:2px solid var(--markline);padding:0 .1em}
@media (max-width:600px){body{padding:1rem .75rem 2rem}h1{font-size:1.45rem}.stats dd{font-size:1.3rem}}
@media print{body{max-width:none;padding:0;font-size:11pt}figure{overflow:visible}figure svg{min-width:0}nav{display:none}h2{break-after:avoid}
figure,.quote,tr,.stats div{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`
