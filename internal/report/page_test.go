package report

import (
	"bytes"
	"html/template"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var svgElement = regexp.MustCompile(`(?s)<svg .*?</svg>`)

func TestDemoDocument(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, demoDocument().WriteHTML(&b))
	out := b.String()
	checkClean(t, out)
	for _, banned := range []string{"<script", "<link", "<img", "@import", "url(", "src="} {
		assert.NotContains(t, out, banned, "the page must need nothing from outside")
	}
	svgs := svgElement.FindAllString(out, -1)
	assert.Equal(t, 5, len(svgs), "trend, impact, shares, tier mix, causes")
	for _, s := range svgs {
		parseSVG(t, s)
	}
	// The raw HTML in a comment is shown, not interpreted.
	assert.Contains(t, out, "&lt;b&gt;on my phone&lt;/b&gt;")
	assert.Equal(t, 6, strings.Count(out, "<section "))
	assert.Contains(t, out, `<nav aria-label="Contents">`)
	golden(t, "demo_page", out)
}

func TestDocumentEscapes(t *testing.T) {
	d := Document{
		Title: `<script>alert(1)</script>`, Subtitle: `a & b`, Footer: `"quoted"`,
		Sections: []Section{{Heading: `<h1>`, Intro: `x < y`, Body: []template.HTML{Paragraph(`<b>bold</b>`)}}},
	}
	var b bytes.Buffer
	require.NoError(t, d.WriteHTML(&b))
	out := b.String()
	assert.NotContains(t, out, "<script>")
	assert.Contains(t, out, "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>")
	assert.Contains(t, out, "<p class=\"sub\">a &amp; b</p>")
	assert.Contains(t, out, "<h2 id=\"s1-h\">&lt;h1&gt;</h2>")
	assert.Contains(t, out, "<p>&lt;b&gt;bold&lt;/b&gt;</p>")
	assert.NotContains(t, out, "<nav", "no contents list for a single section")
	golden(t, "escapes_page", out)
}

func TestTable(t *testing.T) {
	tests := []struct {
		name  string
		table Table
		want  string
	}{
		{"numeric columns right-aligned", Table{Caption: "T", Columns: []Column{{Header: "Tier"}, {Header: "NPS", Numeric: true}},
			Rows: [][]string{{"SMB", "+9"}}},
			`<div class="table-wrap"><table><caption>T</caption><thead><tr><th scope="col">Tier</th><th scope="col" class="num">NPS</th></tr></thead>` +
				`<tbody><tr><td>SMB</td><td class="num">+9</td></tr></tbody></table></div>` + "\n"},
		{"short rows padded, long rows kept", Table{Columns: []Column{{Header: "a"}}, Rows: [][]string{{}, {"1", "<2>"}}},
			`<div class="table-wrap"><table><thead><tr><th scope="col">a</th><th scope="col"></th></tr></thead>` +
				`<tbody><tr><td></td><td></td></tr><tr><td>1</td><td>&lt;2&gt;</td></tr></tbody></table></div>` + "\n"},
		{"empty", Table{}, `<div class="table-wrap"><table><thead><tr></tr></thead><tbody></tbody></table></div>` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, string(tt.table.HTML())) })
	}
}

func TestBlocks(t *testing.T) {
	assert.Equal(t, `<dl class="stats"><div><dt>NPS</dt><dd>+25<small>n=612</small></dd></div><div><dt>&lt;x&gt;</dt><dd>1</dd></div></dl>`+"\n",
		string(Stats(Stat{"NPS", "+25", "n=612"}, Stat{"<x>", "1", ""})))
	assert.Equal(t, `<blockquote class="quote"><p>so <mark title="neg">slow</mark></p><footer><span>score 2</span></footer></blockquote>`+"\n",
		string(Quotes(Quote{Text: "so slow", Spans: []Span{{3, 7, "neg"}}, Meta: []string{"score 2"}})))
	fig := string(Figure(ShareChart{Title: "S"}, "note & more"))
	assert.True(t, strings.HasPrefix(fig, "<figure><svg "))
	assert.True(t, strings.HasSuffix(fig, "</svg>\n<figcaption>note &amp; more</figcaption></figure>\n"))
}
