package report

import (
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name.golden, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create the golden file")
	assert.Equal(t, string(want), got, "output differs from %s (rerun with -update if the change is intended)", path)
}

// element is one parsed XML start tag.
type element struct {
	Name  string
	Attrs map[string]string
	Text  string // character data directly inside, for <text> and <title>
}

// parseSVG checks that svg is well-formed XML and returns its elements in
// document order.
func parseSVG(t *testing.T, svg string) []element {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	var out []element
	var stack []int
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "SVG is not well-formed XML")
		switch tk := tok.(type) {
		case xml.StartElement:
			e := element{Name: tk.Name.Local, Attrs: map[string]string{}}
			for _, a := range tk.Attr {
				e.Attrs[a.Name.Local] = a.Value
			}
			out = append(out, e)
			stack = append(stack, len(out)-1)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				out[stack[len(stack)-1]].Text += string(tk)
			}
		}
	}
	require.NotEmpty(t, out)
	require.Equal(t, "svg", out[0].Name)
	return out
}

// named returns the elements called name.
func named(es []element, name string) []element {
	var out []element
	for _, e := range es {
		if e.Name == name {
			out = append(out, e)
		}
	}
	return out
}

// texts returns the character data of every <text>.
func texts(es []element) []string {
	var out []string
	for _, e := range named(es, "text") {
		out = append(out, e.Text)
	}
	return out
}

var nonFinite = regexp.MustCompile(`NaN|[-+]?Inf\b|\bInf`)

// checkClean asserts that the output holds no non-finite number and no
// reference to the network.
func checkClean(t *testing.T, out string) {
	t.Helper()
	assert.NotRegexp(t, nonFinite, out)
	assert.NotContains(t, out, "http://")
	assert.NotContains(t, out, "https://")
}

func render(c Chart) string { return string(SVG(c)) }
