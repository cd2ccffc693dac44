package synth

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// voice is how one customer writes: spelling, length, register, case,
// typos and emoji. It is drawn per comment.
type voice struct {
	us       bool // American spelling and dollars
	length   int  // 0 terse, 1 plain, 2 verbose
	formal   bool
	informal bool
	caseMode int // 0 as written, 1 lower case, 2 shouting, 3 one word in caps
	typos    int
	emoji    bool
	newlines bool // sentences on separate lines
}

const (
	caseAsIs = iota
	caseLower
	caseShout
	caseWord
)

func drawVoice(rng *rand.Rand, k Kind) voice {
	v := voice{us: rng.Float64() < 0.4, length: pick(rng, []float64{0.3, 0.5, 0.2})}
	switch r := rng.Float64(); {
	case r < 0.10 && v.length > 0:
		v.formal = true
	case r < 0.35:
		v.informal = true
	}
	angry := k == KindSevere || k == KindDouble
	shout := 0.01
	if angry {
		shout = 0.08
	}
	lower := 0.12
	if v.informal {
		lower = 0.35
	}
	if !v.formal {
		v.caseMode = pick(rng, []float64{1 - lower - shout - 0.06, lower, shout, 0.06})
		if angry && v.caseMode == caseAsIs && rng.Float64() < 0.12 {
			v.caseMode = caseWord
		}
		v.typos = pick(rng, []float64{0.85, 0.10, 0.04, 0.01})
		emoji := 0.06
		if v.informal {
			emoji = 0.2
		}
		v.emoji = rng.Float64() < emoji
	}
	v.newlines = v.length == 2 && rng.Float64() < 0.12
	return v
}

// usWords maps the British words of the templates to American ones.
var usWords = map[string]string{
	"cancelled": "canceled", "cancelling": "canceling", "recognise": "recognize",
	"itemised": "itemized", "fibre": "fiber", "mum": "mom", "flatmate": "roommate",
	"rubbish": "garbage", "fortnight": "two weeks", "engineer": "technician",
	"lovely": "nice", "brilliant": "awesome", "sorted": "fixed", "whilst": "while",
	"advisor": "rep", "shop": "store",
	"colour": "color", "apologise": "apologize", "realise": "realize", "Cheers": "Thanks",
	"Fuming": "Furious", "Shocking": "Terrible", "knackered": "exhausted", "holiday": "vacation",
}

// informalWords are the abbreviations of a hurried writer.
var informalWords = map[string]string{
	"you": "u", "your": "ur", "because": "cos", "please": "pls", "thanks": "thx",
	"people": "ppl", "I'm": "im", "don't": "dont", "it's": "its", "can't": "cant",
	"really": "rly", "before": "b4", "with": "w/", "about": "abt", "that's": "thats",
}

// misspellings are typos people actually make.
var misspellings = map[string]string{
	"definitely": "definately", "receive": "recieve", "separate": "seperate",
	"because": "becuase", "appointment": "appointmnet", "business": "buisness",
	"engineer": "enginer", "absolutely": "absolutly", "ridiculous": "rediculous",
	"disappointing": "dissapointing", "unbelievable": "unbeleivable", "internet": "interent",
	"waiting": "wating", "service": "servcie", "customer": "cusomer",
	"connection": "conection", "which": "wich", "their": "there", "your": "you're",
	"installation": "instalation", "transferred": "transfered", "cancelled": "canceled",
	"until": "untill", "nobody": "noboby", "minutes": "minuets", "explained": "explaned",
}

// mapWords calls f on every run of letters and apostrophes and keeps the
// rest of s unchanged.
func mapWords(s string, f func(w string) string) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start >= 0 {
			b.WriteString(f(s[start:end]))
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || r == '\'' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	return b.String()
}

// replaceKeepCase looks up w (or its lower-case form) and keeps w's
// initial capital.
func replaceKeepCase(m map[string]string, w string) (string, bool) {
	if r, ok := m[w]; ok {
		return r, true
	}
	lw := strings.ToLower(w)
	r, ok := m[lw]
	if !ok || lw == w {
		return w, false
	}
	first, n := utf8.DecodeRuneInString(r)
	return string(unicode.ToUpper(first)) + r[n:], true
}

// apply turns composed text into the customer's written text.
func (v voice) apply(rng *rand.Rand, s string, tone int) string {
	if v.us {
		s = mapWords(s, func(w string) string { r, _ := replaceKeepCase(usWords, w); return r })
		s = strings.ReplaceAll(s, "per cent", "percent")
	}
	if v.informal {
		s = mapWords(s, func(w string) string {
			if r, ok := replaceKeepCase(informalWords, w); ok && rng.Float64() < 0.6 {
				return r
			}
			return w
		})
	}
	for range v.typos {
		s = typo(rng, s)
	}
	s = v.applyCase(rng, s)
	if v.informal && rng.Float64() < 0.5 {
		s = strings.TrimSuffix(s, ".")
	}
	if tone < 0 && !v.formal && rng.Float64() < 0.12 && strings.HasSuffix(s, ".") {
		s = strings.TrimSuffix(s, ".") + strings.Repeat("!", 2+rng.IntN(3))
	}
	if v.emoji {
		s += " " + pickEmoji(rng, tone)
	}
	return s
}

func (v voice) applyCase(rng *rand.Rand, s string) string {
	switch v.caseMode {
	case caseLower:
		return strings.ToLower(s)
	case caseShout:
		return strings.ToUpper(s)
	case caseWord:
		done := false
		return mapWords(s, func(w string) string {
			if !done && len(w) >= 4 && rng.IntN(4) == 0 {
				done = true
				return strings.ToUpper(w)
			}
			return w
		})
	}
	return s
}

// typo misspells one word: a known misspelling when there is one, else a
// swapped, dropped or doubled letter in a word of five or more letters.
func typo(rng *rand.Rand, s string) string {
	var cands []string
	mapWords(s, func(w string) string {
		if len(w) >= 5 && isASCIILetters(w) {
			cands = append(cands, w)
		}
		return w
	})
	if len(cands) == 0 {
		return s
	}
	w := cands[rng.IntN(len(cands))]
	bad, ok := replaceKeepCase(misspellings, w)
	if !ok {
		i := 1 + rng.IntN(len(w)-2)
		switch rng.IntN(3) {
		case 0:
			bad = w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:]
		case 1:
			bad = w[:i] + w[i+1:]
		}
		// Otherwise, or when a swap of two equal letters changed nothing,
		// double a letter.
		if bad == w {
			bad = w[:i] + string(w[i]) + w[i:]
		}
	}
	return strings.Replace(s, w, bad, 1)
}

func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

var (
	emojiNeg  = []string{"😡", "🤬", "😤", "👎", "😠", "😡😡"}
	emojiMild = []string{"🙄", "😕", "😒", "🤷"}
	emojiPos  = []string{"😊", "👍", "🙏", "⭐⭐⭐⭐⭐", "😀", "❤️", "💯"}
)

func pickEmoji(rng *rand.Rand, tone int) string {
	switch {
	case tone < 0:
		return emojiNeg[rng.IntN(len(emojiNeg))]
	case tone == 0:
		return emojiMild[rng.IntN(len(emojiMild))]
	}
	return emojiPos[rng.IntN(len(emojiPos))]
}
