package token

import (
	"strings"
	"unicode/utf8"
)

// maxNegatorLen is the length of the longest word isNegatorWord accepts.
const maxNegatorLen = len("shouldnt")

// isNegator reports whether the word w negates: one of the words of
// isNegatorWord in any case, or any word ending in n't (straight or curly
// apostrophe). It runs on every word the tokenizer emits, so it first
// rejects, without comparing strings, the words that cannot be negators:
// every negator without an apostrophe starts with "n", ends with "nt", or
// is "cannot" or "without".
func isNegator(w string) bool {
	if endsNT(w) {
		return true
	}
	n := len(w)
	if n < 2 || n > maxNegatorLen {
		return false
	}
	first := w[0] | 0x20
	startsN := first == 'n'
	endsNt := w[n-2]|0x20 == 'n' && w[n-1]|0x20 == 't'
	special := n == len("cannot") && first == 'c' || n == len("without") && first == 'w'
	if !startsN && !endsNt && !special {
		return false
	}
	var buf [maxNegatorLen]byte
	for i := 0; i < n; i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c < 'a' || c > 'z':
			return false // every negator is plain ASCII letters
		}
		buf[i] = c
	}
	return isNegatorWord(string(buf[:n]))
}

// isNegatorWord reports whether the lower-case word w is one of the words
// that negate what follows. The forms without an apostrophe are common in
// typed survey answers ("didnt"). A switch rather than a map: the compiler
// turns it into comparisons by length and content, cheaper than hashing
// every word that passed isNegator's filter.
func isNegatorWord(w string) bool {
	switch w {
	case "not", "no", "never", "none", "nobody", "nothing",
		"neither", "nor", "nowhere", "cannot", "without",
		"dont", "didnt", "doesnt", "cant", "wont", "isnt",
		"wasnt", "arent", "werent", "havent", "hasnt",
		"hadnt", "couldnt", "wouldnt", "shouldnt", "aint",
		"neednt", "mustnt":
		return true
	}
	return false
}

// endsNT reports whether w ends in n't or n’t, in any case.
func endsNT(w string) bool {
	n := len(w)
	if n >= 3 && w[n-2] == '\'' && (w[n-1]|0x20) == 't' && (w[n-3]|0x20) == 'n' {
		return true
	}
	const curly = "’" // three bytes
	return n >= 5 && w[n-4:n-1] == curly && (w[n-1]|0x20) == 't' && (w[n-5]|0x20) == 'n'
}

// Lower returns s in lower case with curly apostrophes made straight, the
// form every stage compares words in. It returns s itself, without
// allocating, when s is already in that form.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return string(AppendLower(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// AppendLower appends the lower-case form of s (see Lower) to dst.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			rest := strings.ReplaceAll(strings.ToLower(s[i:]), "’", "'")
			return append(dst, rest...)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// Sentences splits toks into sentences and returns, for each, the index of
// its first token and one past its last. A sentence ends after punctuation
// flagged SentenceEnd, or where a line break separates two tokens in s.
func Sentences(s string, toks []Token) [][2]int {
	var out [][2]int
	start := 0
	for i, t := range toks {
		end := t.Has(SentenceEnd)
		if !end && i+1 < len(toks) && strings.IndexByte(s[t.End:toks[i+1].Start], '\n') >= 0 {
			end = true
		}
		if end {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}
