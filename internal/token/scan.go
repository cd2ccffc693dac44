package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// byte classes for the ASCII fast path
const (
	cOther uint8 = iota
	cSpace
	cLetter
	cDigit
	cPunct    // . ! ? , ; :
	cAt       // @
	cHash     // #
	cDollar   // $
	cEmoStart // = < (may open an emoticon; ':' and ';' are cPunct and checked too)
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = cLetter
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case strings.IndexByte(".!?,;:", byte(c)) >= 0:
			t[c] = cPunct
		case c == '@':
			t[c] = cAt
		case c == '#':
			t[c] = cHash
		case c == '$':
			t[c] = cDollar
		case c == '=' || c == '<':
			t[c] = cEmoStart
		}
	}
	return t
}()

type scanner struct {
	s   string
	i   int
	out []Token
}

func (sc *scanner) emit(start, end int, k Kind, f Flags) {
	sc.out = append(sc.out, Token{Text: sc.s[start:end], Start: start, End: end, Kind: k, Flags: f})
	sc.i = end
}

func (sc *scanner) run() {
	for sc.i < len(sc.s) {
		c := sc.s[sc.i]
		if c < utf8.RuneSelf {
			sc.ascii(c)
			continue
		}
		sc.nonASCII()
	}
}

func (sc *scanner) ascii(c byte) {
	switch asciiClass[c] {
	case cLetter:
		sc.wordOrLink()
	case cDigit:
		sc.number(sc.i, Number)
	case cPunct:
		if (c == ':' || c == ';') && sc.emoticon() {
			return
		}
		sc.punct()
	case cAt:
		sc.tagged(Handle)
	case cHash:
		sc.tagged(Hashtag)
	case cDollar:
		sc.currency(sc.i + 1)
	case cEmoStart:
		if !sc.emoticon() {
			sc.i++
		}
	default:
		sc.i++
	}
}

func (sc *scanner) nonASCII() {
	r, size := utf8.DecodeRuneInString(sc.s[sc.i:])
	switch {
	case r == utf8.RuneError && size == 1:
		sc.i++ // invalid byte: a separator
	case r == utf8.RuneError || isCurrencySign(r):
		// A well-formed U+FFFD before digits is almost always a currency sign
		// lost in an encoding conversion ("£30" arriving as "\uFFFD30").
		sc.currency(sc.i + size)
	case unicode.IsLetter(r):
		sc.wordOrLink()
	case r == '…':
		sc.punct()
	case isEmoji(r):
		sc.emoji(size)
	default:
		sc.i += size
	}
}

// runEnd returns the end of the whitespace-free run starting at i.
func (sc *scanner) runEnd(i int) int {
	for i < len(sc.s) {
		c := sc.s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] == cSpace {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(sc.s[i:])
		if unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// wordOrLink scans the word or link starting at sc.i, a letter. The run of
// ASCII letters and digits at its start is read once: where it ends
// decides whether a link may start here (see mayBeLink), and when none
// does the word goes on from there, so a plain word is not read twice.
func (sc *scanner) wordOrLink() {
	start := sc.i
	i, upper, lower := sc.alnumRun(start)
	if i > start && sc.mayBeLinkAt(i) {
		run := sc.s[start:sc.runEnd(start)]
		if end := linkEnd(run); end > 0 {
			k := URL
			if strings.IndexByte(run[:end], '@') >= 0 && !strings.Contains(run[:end], "/") {
				k = Email
			}
			sc.emit(start, start+end, k, 0)
			return
		}
	}
	var f Flags
	if c := sc.s[start]; c >= 'A' && c <= 'Z' {
		f = Capitalized
	}
	sc.word(start, i, upper, lower, f)
}

// alnumRun returns the end of the run of ASCII letters and digits starting
// at i, with the number of upper- and lower-case letters in it.
func (sc *scanner) alnumRun(i int) (end, upper, lower int) {
	s := sc.s
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= '0' && c <= '9':
		default:
			return i, upper, lower
		}
		i++
	}
	return i, upper, lower
}

// mayBeLinkAt reports whether a word whose first run of ASCII letters and
// digits ends at i could be a link. Every link begins with letters or
// digits followed by one of . @ : - _ % + (www. http: a.b@ name-x.com), so
// a word whose run ends otherwise is a plain word and skips the costlier
// checks.
func (sc *scanner) mayBeLinkAt(i int) bool {
	return i < len(sc.s) && sc.s[i] < utf8.RuneSelf && linkContinues[sc.s[i]]
}

// linkContinues marks the bytes after which a run of letters and digits
// may continue as a link.
var linkContinues = func() (t [utf8.RuneSelf]bool) {
	for _, c := range []byte(".@:-_%+") {
		t[c] = true
	}
	return t
}()

// word scans the rest of the word that starts at start, from i, the end of
// its leading run of ASCII letters and digits (upper and lower count its
// letters, f holds Capitalized when its first letter is a capital): more
// letters, marks and digits, with inner apostrophes and hyphens that are
// followed by a letter.
func (sc *scanner) word(start, i, upper, lower int, f Flags) {
	for i < len(sc.s) {
		first := i == start
		r, size := rune(sc.s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(sc.s[i:])
		}
		switch {
		case r >= 'a' && r <= 'z':
			lower++
		case r >= 'A' && r <= 'Z':
			upper++
			if first {
				f |= Capitalized
			}
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)):
			if unicode.IsUpper(r) {
				upper++
				if first {
					f |= Capitalized
				}
			} else if unicode.IsLower(r) {
				lower++
			}
		case r >= '0' && r <= '9':
		case (r == '\'' || r == '’') && sc.letterAt(i+size):
			f |= Contraction
		case r == '-' && !first && sc.letterAt(i+size):
		default:
			sc.finishWord(start, i, upper, lower, f)
			return
		}
		i += size
	}
	sc.finishWord(start, i, upper, lower, f)
}

func (sc *scanner) finishWord(start, end, upper, lower int, f Flags) {
	if upper >= 2 && lower == 0 {
		f |= AllCaps
	}
	if isNegator(sc.s[start:end]) {
		f |= Negator
	}
	sc.emit(start, end, Word, f)
}

func (sc *scanner) letterAt(i int) bool {
	if i >= len(sc.s) {
		return false
	}
	if c := sc.s[i]; c < utf8.RuneSelf {
		return asciiClass[c] == cLetter
	}
	r, _ := utf8.DecodeRuneInString(sc.s[i:])
	return unicode.IsLetter(r)
}

func (sc *scanner) digitAt(i int) bool {
	return i < len(sc.s) && sc.s[i] >= '0' && sc.s[i] <= '9'
}

func isLetterASCII(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// number scans digits with inner separators (1,000.50, 10:30), a trailing percent
// sign or unit letters (24h, 3rd, 10am), and a trailing currency sign (30€).
func (sc *scanner) number(start int, k Kind) {
	i := start
	for i < len(sc.s) {
		c := sc.s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == '.' || c == ',' || c == ':') && sc.digitAt(i+1) && i > start:
			i++
		default:
			goto suffix
		}
	}
suffix:
	if i < len(sc.s) && sc.s[i] == '%' {
		i++
	} else {
		for i < len(sc.s) && asciiClass[sc.s[i]&0x7f] == cLetter && sc.s[i] < utf8.RuneSelf {
			i++
		}
		if i < len(sc.s) && sc.s[i] >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(sc.s[i:]); isCurrencySign(r) {
				i += size
				k = Currency
			}
		}
	}
	sc.emit(start, i, k, 0)
}

// currency handles a currency sign at sc.i whose amount would start at
// after (an optional single space is allowed: "£ 30").
func (sc *scanner) currency(after int) {
	j := after
	if j < len(sc.s) && sc.s[j] == ' ' {
		j++
	}
	if !sc.digitAt(j) {
		sc.i = after // a lone sign is not a token
		return
	}
	start := sc.i
	sc.number(j, Currency)
	sc.out[len(sc.out)-1].Start = start
	sc.out[len(sc.out)-1].Text = sc.s[start:sc.i]
}

func (sc *scanner) punct() {
	start, i := sc.i, sc.i
	var f Flags
	for i < len(sc.s) {
		c := sc.s[i]
		switch {
		case c == '.' || c == '!' || c == '?':
			f |= SentenceEnd
			i++
			continue
		case strings.HasPrefix(sc.s[i:], "…"):
			f |= SentenceEnd
			i += len("…")
			continue
		case (c == ',' || c == ';' || c == ':') && i == start:
			i++
		}
		break
	}
	if i == start {
		i++
	}
	sc.emit(start, i, Punct, f)
}

// tagged scans @handles and #tags: the sign then letters, digits and '_'.
func (sc *scanner) tagged(k Kind) {
	start := sc.i
	i := start + 1
	for i < len(sc.s) {
		c := sc.s[i]
		if c < utf8.RuneSelf && (asciiClass[c] == cLetter || asciiClass[c] == cDigit || c == '_') {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(sc.s[i:]); unicode.IsLetter(r) {
				i += size
				continue
			}
		}
		break
	}
	if i == start+1 || (k == Handle && start > 0 && isWordByte(sc.s[start-1])) {
		sc.i = start + 1
		return
	}
	sc.emit(start, i, k, 0)
}

func isWordByte(c byte) bool {
	return c < utf8.RuneSelf && asciiClass[c] == cLetter || c >= '0' && c <= '9'
}
