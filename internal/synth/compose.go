package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// gen builds the rows' contents and remembers every themed comment so none
// repeats.
type gen struct {
	rng  *rand.Rand
	seen map[string]bool
}

func newGen(rng *rand.Rand) *gen { return &gen{rng: rng, seen: map[string]bool{}} }

// maxRedraws bounds the attempts at a fresh comment before a reference
// number is appended to make it unique.
const maxRedraws = 30

// fill completes a row whose frame, kind and band are set.
func (g *gen) fill(r *Row, b band) {
	chooseThemes(g.rng, r, b)
	drawMetrics(g.rng, r)
	r.Score = drawScore(g.rng, r.Kind, b)
	switch r.Kind {
	case KindEmpty:
		r.Causes = []Cause{CauseNone}
		return
	case KindGeneric:
		r.Comment = g.generic(b)
		r.Causes = []Cause{CauseNone}
		return
	}
	var text string
	var cue Cause
	for try := 0; ; try++ {
		v := drawVoice(g.rng, r.Kind)
		var tone int
		text, cue, tone = g.compose(r, v, b)
		text = v.apply(g.rng, text, tone)
		if try >= maxRedraws {
			text += fmt.Sprintf(" (ref %05d)", g.rng.IntN(100000))
		}
		if !g.seen[text] {
			break
		}
	}
	g.seen[text] = true
	r.Comment = text
	r.Causes = causesOf(r, cue)
}

// causesOf lists the causes of the row's themes in theme order, then the
// cue's cause, without repeats; CauseNone alone when there is none.
func causesOf(r *Row, cue Cause) []Cause {
	var out []Cause
	add := func(c Cause) {
		if c == "" || c == CauseNone {
			return
		}
		for _, x := range out {
			if x == c {
				return
			}
		}
		out = append(out, c)
	}
	for _, t := range r.Themes {
		th, _ := ThemeByKey(t)
		add(th.Cause)
	}
	if r.Kind == KindSurvey {
		out = nil // the survey theme's cause is the cue, set in compose
	}
	add(cue)
	if len(out) == 0 {
		return []Cause{CauseNone}
	}
	return out
}

func (g *gen) generic(b band) string {
	xs := genericByBand[b]
	s := xs[g.rng.IntN(len(xs))]
	if g.rng.Float64() < 0.15 {
		s = strings.ToLower(s)
	}
	return s
}

func (g *gen) one(xs []string) string { return xs[g.rng.IntN(len(xs))] }

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

// compose writes the comment before the voice is applied. It returns the
// text, the cause of an added cue (or ""), and the tone (-1 angry, 0 mild,
// +1 positive) for emoji and punctuation.
func (g *gen) compose(r *Row, v voice, b band) (string, Cause, int) {
	f := filler{rng: g.rng, row: r, us: v.us}
	var s sentences
	var cue Cause
	tone := 0
	main := r.Themes[0]
	switch r.Kind {
	case KindPraise:
		tone = 1
		strong := b == bandPromoter && g.chance(0.75) || g.chance(0.3)
		s.add(f, g.opener(v, openersPos), g.themeSentence(main, strong, false))
		if len(r.Themes) > 1 {
			s.addf(f, g.one(joinPraise), g.one(praisePools[r.Themes[1]].short))
		}
		g.extras(f, &s, v, praisePools[main].detail, closersPraise, 0.3)
	case KindMild, KindSevere:
		severe := r.Kind == KindSevere
		tone = map[bool]int{true: -1, false: 0}[severe]
		if v.length == 0 && g.chance(0.4) {
			s.add(f, "", capitalize(g.one(poolOf(main).short)))
			break
		}
		sent := g.themeSentence(main, severe, r.Story)
		s.add(f, g.opener(v, map[bool][]string{true: openersNeg, false: openersMild}[severe]), sent)
		cue = g.cue(f, &s, v, map[bool]float64{true: 0.2, false: 0.1}[severe])
		g.extras(f, &s, v, poolOf(main).detail,
			map[bool][]string{true: closersSevere, false: closersMild}[severe], 0.45)
	case KindMixed:
		second := r.Themes[1]
		if praisePools[main].severe != nil {
			tone = 1
			s.add(f, g.opener(v, openersPos), g.themeSentence(main, g.chance(0.5), false))
			s.addf(f, g.one(joinButNeg), g.one(poolOf(second).short))
			g.extras(f, &s, v, nil, closersPraise, 0)
		} else {
			tone = 0
			s.add(f, g.opener(v, openersMild), g.themeSentence(main, b == bandDetractor, false))
			s.addf(f, g.one(joinButPos), g.one(praisePools[second].short))
			g.extras(f, &s, v, nil, closersMild, 0)
		}
	case KindDouble:
		tone = -1
		s.add(f, g.opener(v, openersNeg), g.themeSentence(main, b == bandDetractor, false))
		s.addf(f, g.one(joinMore), g.one(poolOf(r.Themes[1]).short))
		cue = g.cue(f, &s, v, 0.12)
		g.extras(f, &s, v, nil, closersSevere, 0)
	case KindSurvey:
		tone = 0
		cue = CauseTiming
		if g.chance(0.5) {
			cue = CauseMethodology
		}
		s.add(f, g.opener(v, nil), g.one(surveyPools[cue]))
		g.extras(f, &s, v, nil, closersSurvey, 0)
	}
	sep := " "
	if v.newlines {
		sep = "\n"
	}
	return strings.Join(s, sep), cue, tone
}

func poolOf(theme string) pool {
	if p, ok := servicePools[theme]; ok {
		return p
	}
	return productPools[theme]
}

// themeSentence picks a full sentence for the theme: strong or mild
// wording, or the planted story's billing wording for story rows.
func (g *gen) themeSentence(theme string, strong, story bool) string {
	if story && g.chance(0.65) {
		return g.one(storyPool)
	}
	p, ok := praisePools[theme]
	if !ok {
		p = poolOf(theme)
	}
	if strong {
		return g.one(p.severe)
	}
	return g.one(p.mild)
}

// opener returns a lead-in for plain and verbose voices, formal ones for a
// formal voice, or "".
func (g *gen) opener(v voice, xs []string) string {
	switch {
	case v.length == 0:
		return ""
	case v.formal && g.chance(0.6):
		return g.one(openersForm)
	case xs != nil && g.chance(map[int]float64{1: 0.2, 2: 0.5}[v.length]):
		return g.one(xs)
	}
	return ""
}

// cue maybe appends a clause that adds a second root cause.
func (g *gen) cue(f filler, s *sentences, v voice, p float64) Cause {
	if v.length == 0 || !g.chance(p) {
		return ""
	}
	c := cueCauses[pick(g.rng, cueWeights)]
	s.add(f, "", g.one(cuePools[c]))
	return c
}

// extras adds a detail sentence (with probability detail, more for verbose
// voices) and a closing remark, as the voice's length allows.
func (g *gen) extras(f filler, s *sentences, v voice, details, closers []string, detail float64) {
	if v.length == 0 {
		return
	}
	if details != nil && g.chance(detail*float64(v.length)) {
		s.add(f, "", g.one(details))
	}
	switch {
	case v.formal:
		s.add(f, "", g.one(closersFormal))
	case g.chance(0.3 * float64(v.length)):
		s.add(f, "", g.one(closers))
	}
}

// sentences collects the expanded sentences of a comment.
type sentences []string

// add expands tmpl, capitalises it, and prefixes the opener (lower-casing
// the sentence start when the opener runs on into it).
func (s *sentences) add(f filler, opener, tmpl string) {
	t := capitalize(f.expand(tmpl))
	if opener != "" && !strings.HasSuffix(opener, ". ") && !strings.HasSuffix(opener, "! ") &&
		!strings.HasSuffix(opener, ": ") {
		t = lowerStart(t)
	}
	*s = append(*s, opener+t)
}

// addf expands the short clause and puts it into the connector format.
func (s *sentences) addf(f filler, format, clause string) {
	*s = append(*s, capitalize(fmt.Sprintf(format, f.expand(clause))))
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerStart lower-cases the first letter unless the first word is "I",
// a name or an acronym.
func lowerStart(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if w == "I" || strings.HasPrefix(w, "I'") || w == strings.ToUpper(w) || isName(w) ||
		strings.HasPrefix(s, "My Account") {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

func isName(w string) bool {
	w = strings.TrimRight(w, ",.")
	for _, n := range names {
		if n == w {
			return true
		}
	}
	return w == "WhatsApp"
}
