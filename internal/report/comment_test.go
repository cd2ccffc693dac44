package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestHighlight(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []Span
		want  string
	}{
		{"none", "plain <b>", nil, "plain &lt;b&gt;"},
		{"one", "slow support", []Span{{0, 4, "service"}}, `<mark title="service">slow</mark> support`},
		{"no label", "slow support", []Span{{5, 12, ""}}, `slow <mark>support</mark>`},
		{"unsorted", "abcdef", []Span{{4, 5, "y"}, {0, 1, "x"}}, `<mark title="x">a</mark>bcd<mark title="y">e</mark>f`},
		{"overlap merges labels", "abcdef", []Span{{0, 3, "x"}, {2, 5, "y"}, {1, 2, "x"}}, `<mark title="x; y">abcde</mark>f`},
		{"touching merge", "abcdef", []Span{{0, 2, "x"}, {2, 4, "y"}}, `<mark title="x; y">abcd</mark>ef`},
		{"out of bounds clamps", "abc", []Span{{-5, 2, "x"}, {2, 99, "y"}}, `<mark title="x; y">abc</mark>`},
		{"empty and reversed dropped", "abc", []Span{{1, 1, "x"}, {2, 1, "y"}, {5, 9, "z"}}, `abc`},
		// "é" is bytes 1-2 of "aéb": a span [2, 3) starts inside it and
		// widens to [1, 3); a span [0, 2) ends inside it and widens to [0, 3).
		{"split rune start", "aéb", []Span{{2, 4, "x"}}, `a<mark title="x">éb</mark>`},
		{"split rune end", "aéb", []Span{{0, 2, "x"}}, `<mark title="x">aé</mark>b`},
		// "€" is 3 bytes (1-3); [2, 3) is wholly inside and widens to all of it.
		{"inside rune", "a€b", []Span{{2, 3, "x"}}, `a<mark title="x">€</mark>b`},
		{"invalid utf8", "a\xffb", []Span{{1, 2, "x"}}, "a<mark title=\"x\">\uFFFD</mark>b"},
		{"escapes text and label", `<i>"x" & 'y'</i>`, []Span{{3, 6, `<b>&"`}},
			`&lt;i&gt;<mark title="&lt;b&gt;&amp;&#34;">&#34;x&#34;</mark> &amp; &#39;y&#39;&lt;/i&gt;`},
		{"label newlines", "abc", []Span{{0, 1, "a\nb"}}, `<mark title="a b">a</mark>bc`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(Highlight(tt.text, tt.spans)))
		})
	}
}

// FuzzHighlight checks that any text and spans give balanced marks around
// valid UTF-8, and that removing the markup gives back the escaped text.
func FuzzHighlight(f *testing.F) {
	f.Add("aé€b\xff", 1, 3, 2, 9)
	f.Add("", -1, 1, 0, 0)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		out := string(Highlight(text, []Span{{s1, e1, "a"}, {s2, e2, "b"}}))
		assert.True(t, utf8.ValidString(out))
		assert.Equal(t, strings.Count(out, "<mark"), strings.Count(out, "</mark>"))
		plain := out
		for _, m := range []string{`<mark title="a">`, `<mark title="b">`, `<mark title="a; b">`, `<mark title="b; a">`, "</mark>"} {
			plain = strings.ReplaceAll(plain, m, "")
		}
		assert.Equal(t, escHTML(text), plain)
	})
}
