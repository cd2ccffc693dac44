package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// commonTLDs are the top-level domains that make a bare "name.tld" a link.
// A short list on purpose: survey comments often lack the space after a full
// stop ("good.thanks"), and only well-known endings are safe to read as links.
var commonTLDs = map[string]bool{
	"com": true, "org": true, "net": true, "io": true, "co": true, "uk": true,
	"gov": true, "edu": true, "info": true, "biz": true, "app": true, "ly": true,
	"de": true, "fr": true, "es": true, "eu": true, "us": true, "ca": true, "au": true,
}

// linkEnd returns the length of the URL or e-mail address that starts run,
// or 0 when run does not start with one.
func linkEnd(run string) int {
	if hasPrefixFold(run, "http://") || hasPrefixFold(run, "https://") || hasPrefixFold(run, "www.") {
		return trimTrailingPunct(run)
	}
	if at := strings.IndexByte(run, '@'); at > 0 {
		if n := emailEnd(run, at); n > 0 {
			return n
		}
		return 0
	}
	if strings.IndexByte(run, '.') < 0 {
		return 0
	}
	n, labels, last := domainEnd(run)
	if labels < 2 || !commonTLDs[strings.ToLower(last)] {
		return 0
	}
	if n < len(run) && run[n] == '/' {
		return trimTrailingPunct(run)
	}
	return n
}

func emailEnd(run string, at int) int {
	for i := 0; i < at; i++ {
		c := run[i]
		if !(isLetterASCII(rune(c)) || c >= '0' && c <= '9' || strings.IndexByte("._%+-", c) >= 0) {
			return 0
		}
	}
	n, labels, last := domainEnd(run[at+1:])
	if labels < 2 || len(last) < 2 || !allLetters(last) {
		return 0
	}
	return at + 1 + n
}

// domainEnd scans dot-separated labels of letters, digits and hyphens and
// returns the length scanned (without a trailing dot), the number of labels
// and the last label.
func domainEnd(s string) (n, labels int, last string) {
	start := 0
	i := 0
	for i <= len(s) {
		if i < len(s) && (isLetterASCII(rune(s[i])) || s[i] >= '0' && s[i] <= '9' || s[i] == '-') {
			i++
			continue
		}
		if i == start {
			break
		}
		labels++
		last = s[start:i]
		n = i
		if i < len(s) && s[i] == '.' {
			i++
			start = i
			continue
		}
		break
	}
	return n, labels, last
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetterASCII(rune(s[i])) {
			return false
		}
	}
	return true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// trimTrailingPunct returns the length of run without the punctuation that
// closes the sentence around a link ("see www.x.com." or "(www.x.com)").
func trimTrailingPunct(run string) int {
	n := len(run)
	for n > 0 && strings.IndexByte(".,;:!?)]}\"'", run[n-1]) >= 0 {
		n--
	}
	return n
}

// emoticon recognises ASCII emoticons at sc.i: :) :-) :( :D ;) :P :/ =) <3.
func (sc *scanner) emoticon() bool {
	s := sc.s[sc.i:]
	if strings.HasPrefix(s, "<3") {
		sc.emit(sc.i, sc.i+2, Emoji, 0)
		return true
	}
	if len(s) < 2 || strings.IndexByte(":;=", s[0]) < 0 {
		return false
	}
	j := 1
	if s[j] == '-' || s[j] == '\'' {
		j++
	}
	if j >= len(s) || strings.IndexByte(")(DPp/|]['*", s[j]) < 0 {
		return false
	}
	// ":D" inside ":Dave" or "3:30" style times are not emoticons.
	if j+1 < len(s) && (isLetterASCII(rune(s[j+1])) || s[j+1] >= '0' && s[j+1] <= '9') {
		return false
	}
	if sc.i > 0 && (s[j] == '/' || s[j] == 'P' || s[j] == 'p') && isWordByte(sc.s[sc.i-1]) {
		return false // "note:p" or "ratio:/" glued to a word is not a face
	}
	sc.emit(sc.i, sc.i+j+1, Emoji, 0)
	return true
}

func isCurrencySign(r rune) bool {
	switch r {
	case '£', '€', '¥', '₹', '₩', '₽', '₺', '₪', '₫', '₱':
		return true
	}
	return false
}

// isEmoji reports whether r starts a pictographic emoji.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF: // pictographs, emoticons, transport, flags, supplemental
		return true
	case r >= 0x2600 && r <= 0x27BF: // miscellaneous symbols and dingbats
		return true
	case r == 0x2B50 || r == 0x2B55 || r == 0x2B06 || r == 0x2B07 || r == 0x2764:
		return true
	}
	return false
}

// emoji scans one emoji sequence: the first pictograph (or a flag's two
// regional indicators) plus variation selectors, skin-tone modifiers and
// zero-width-joined pictographs.
func (sc *scanner) emoji(size int) {
	start := sc.i
	i := start + size
	if first, _ := utf8.DecodeRuneInString(sc.s[start:]); isRegionalIndicator(first) {
		if r, n := utf8.DecodeRuneInString(sc.s[i:]); isRegionalIndicator(r) {
			i += n
		}
	}
	for i < len(sc.s) {
		r, n := utf8.DecodeRuneInString(sc.s[i:])
		switch {
		case r == 0xFE0F || r == 0xFE0E || r >= 0x1F3FB && r <= 0x1F3FF || unicode.Is(unicode.Mn, r):
			i += n
		case r == 0x200D:
			r2, n2 := utf8.DecodeRuneInString(sc.s[i+n:])
			if !isEmoji(r2) {
				sc.emit(start, i, Emoji, 0)
				return
			}
			i += n + n2
		default:
			sc.emit(start, i, Emoji, 0)
			return
		}
	}
	sc.emit(start, i, Emoji, 0)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
