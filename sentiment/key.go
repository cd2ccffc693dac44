package sentiment

import (
	"unicode/utf8"

	"github.com/verbatim-go/verbatim/internal/token"
)

// appendKey appends the matching form of a word to dst: lower case (as
// token.AppendLower) without apostrophes, so "Didn't", "didnt" and "didn’t"
// share one key.
func appendKey(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			start := len(dst)
			dst = token.AppendLower(dst, w[i:])
			return dropApostrophes(dst, start)
		}
		switch {
		case c >= 'A' && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case c != '\'':
			dst = append(dst, c)
		}
	}
	return dst
}

// dropApostrophes removes straight apostrophes from dst[from:] in place.
func dropApostrophes(dst []byte, from int) []byte {
	j := from
	for i := from; i < len(dst); i++ {
		if dst[i] != '\'' {
			dst[j] = dst[i]
			j++
		}
	}
	return dst[:j]
}
