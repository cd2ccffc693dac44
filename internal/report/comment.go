package report

import (
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a comment to highlight, such as the
// words that triggered a theme, a cause or a sentiment score.
type Span struct {
	Start, End int
	Label      string // why it is marked, shown as the mark's tooltip
}

// Highlight returns the comment as escaped HTML with the spans wrapped in
// <mark>. Spans may come in any order, overlap, reach outside the text or
// cut a UTF-8 sequence: they are clamped to the text, widened to whole
// characters, and overlapping or touching spans are merged (their labels
// joined), so the result is always well-formed. Invalid UTF-8 in the text
// is shown as U+FFFD.
func Highlight(text string, spans []Span) template.HTML {
	var b strings.Builder
	at := 0
	for _, m := range mergeSpans(text, spans) {
		b.WriteString(escHTML(text[at:m.Start]))
		b.WriteString("<mark")
		if m.Label != "" {
			b.WriteString(` title="` + escHTML(m.Label) + `"`)
		}
		b.WriteString(">" + escHTML(text[m.Start:m.End]) + "</mark>")
		at = m.End
	}
	b.WriteString(escHTML(text[at:]))
	return template.HTML(b.String())
}

// mergeSpans clamps, widens, sorts and merges the spans; the result is
// ordered, disjoint and within the text.
func mergeSpans(text string, spans []Span) []Span {
	var ok []Span
	for _, sp := range spans {
		lo := runeStart(text, max(0, min(sp.Start, len(text))))
		hi := runeEnd(text, max(0, min(sp.End, len(text))))
		if lo < hi {
			ok = append(ok, Span{Start: lo, End: hi, Label: clean(sp.Label)})
		}
	}
	sort.SliceStable(ok, func(i, j int) bool {
		if ok[i].Start != ok[j].Start {
			return ok[i].Start < ok[j].Start
		}
		return ok[i].End < ok[j].End
	})
	var out []Span
	for _, sp := range ok {
		if n := len(out); n > 0 && sp.Start <= out[n-1].End {
			last := &out[n-1]
			last.End = max(last.End, sp.End)
			last.Label = joinLabel(last.Label, sp.Label)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// joinLabel adds a label to a merged mark's list unless already there.
func joinLabel(list, label string) string {
	if label == "" {
		return list
	}
	for _, l := range strings.Split(list, "; ") {
		if l == label {
			return list
		}
	}
	if list == "" {
		return label
	}
	return list + "; " + label
}

// charAt returns the bounds of the character holding byte i (i < len(s)):
// the whole UTF-8 sequence when i is inside a valid one, else the single
// byte, so a stray byte of invalid UTF-8 stands on its own.
func charAt(s string, i int) (start, end int) {
	for j := i; j >= 0 && j > i-utf8.UTFMax; j-- {
		if !utf8.RuneStart(s[j]) {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if (r != utf8.RuneError || size > 1) && j+size > i {
			return j, j + size
		}
		break
	}
	return i, i + 1
}

// runeStart moves i back to the start of the character it falls in.
func runeStart(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	start, _ := charAt(s, i)
	return start
}

// runeEnd moves i forward to the end of the character it falls in.
func runeEnd(s string, i int) int {
	if i == 0 || i >= len(s) {
		return i
	}
	if start, end := charAt(s, i); start != i {
		return end
	}
	return i
}

// escHTML escapes text for HTML content and attributes after making it
// valid UTF-8.
func escHTML(s string) string {
	return template.HTMLEscapeString(validUTF8(s))
}

// validUTF8 replaces each byte of invalid UTF-8 with U+FFFD (one per byte,
// unlike strings.ToValidUTF8, so the result does not depend on where a
// comment was cut into pieces).
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s { // ranging yields utf8.RuneError for each bad byte
		b.WriteRune(r)
	}
	return b.String()
}
