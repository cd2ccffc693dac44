package themes

import (
	"sort"

	prose "github.com/jdkato/prose/v2"
	"strings"
	"unicode/utf8"
)

// LabelTerm is one of a theme's top terms as a Labeler reads it.
type LabelTerm struct {
	Key     string  // term key (a stem or a phrase key)
	Display string  // how people write it; the key when empty
	Weight  float64 // importance in the theme; 0 for all terms means by rank
}

// Limits of label building: a label reads at most labelComments comments,
// each cut to labelCommentBytes, and has at most labelMaxWords words.
const (
	labelComments     = 20
	labelCommentBytes = 2000
	labelMaxWords     = 3
)

// Labeler names themes the way a person would: with the noun phrase
// ("installation date", "hold times", "rude agent") that best covers the
// theme's top terms across its representative comments. It is safe for
// concurrent use; all Labelers share one part-of-speech model.
type Labeler struct {
	a *Analyzer
}

// NewLabeler returns a Labeler that matches words to term keys with a (the
// analyzer that built the terms).
func NewLabeler(a *Analyzer) *Labeler { return &Labeler{a: a} }

// labelCand is a candidate label gathered over the comments.
type labelCand struct {
	stems    []string
	content  []bool // per word: a content word (stop words inside phrases are not)
	docs     int
	lastDoc  int
	surfaces map[string]int
}

// Label returns a label for a theme from a few representative comments and
// its top terms, best first. The candidates are the phrases among the top
// terms that occur in the comments ("on hold", "easy to order") and, in
// English, the noun phrases of one to three words that end in a noun,
// found with part-of-speech tags. Each candidate scores the weight of the
// top terms it contains (the phrase itself and its words) times the number
// of comments it occurs in, divided by one plus the number of its content
// words that are not top terms, with a quarter more per word beyond the
// first. The best candidate's most frequent written form is the label.
// When no candidate contains a top term, or the tagging model cannot be
// loaded and no phrase fits, the label is the display forms of the first
// three top terms joined by ", ".
func (l *Labeler) Label(comments []string, top []LabelTerm) string {
	weights := labelWeights(top)
	if len(weights) == 0 {
		return fallbackLabel(top)
	}
	var m *prose.Model
	if l.a.opts.lang == English {
		m, _ = sharedTagModel() // without a model, phrases alone name the theme
	}
	cands := map[string]*labelCand{}
	for i, c := range comments[:min(len(comments), labelComments)] {
		c = clip(c, labelCommentBytes)
		l.collectPhrases(c, i, weights, cands)
		if m == nil {
			continue
		}
		if toks, err := tag(m, c); err == nil {
			l.collect(toks, i, cands)
		}
	}
	if best := bestCandidate(cands, weights); best != "" {
		return best
	}
	return fallbackLabel(top)
}

// collectPhrases adds the phrase terms of comment that are top terms.
func (l *Labeler) collectPhrases(comment string, doc int, weights map[string]float64, cands map[string]*labelCand) {
	for _, t := range l.a.Terms(comment) {
		if t.Kind != TermPhrase || weights[t.Key] <= 0 {
			continue
		}
		stems, surface := strings.Fields(t.Key), Surface(comment, t)
		words := strings.Fields(surface)
		content := make([]bool, len(stems))
		for i := range content {
			content[i] = i < len(words) && !l.a.stop.has(words[i])
		}
		addCandidate(cands, stems, content, surface, doc)
	}
}

func labelWeights(top []LabelTerm) map[string]float64 {
	byRank := true
	for _, t := range top {
		if t.Weight > 0 {
			byRank = false
		}
	}
	w := make(map[string]float64, len(top))
	for i, t := range top {
		if byRank {
			w[t.Key] = 1 / float64(i+1)
		} else if t.Weight > 0 {
			w[t.Key] = t.Weight
		}
	}
	return w
}

// clip cuts s to at most n bytes at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func fallbackLabel(top []LabelTerm) string {
	parts := make([]string, 0, 3)
	for _, t := range top[:min(len(top), 3)] {
		d := t.Display
		if d == "" {
			d = t.Key
		}
		parts = append(parts, d)
	}
	return strings.Join(parts, ", ")
}

// collect adds the candidate noun phrases of one tagged comment.
func (l *Labeler) collect(toks []tagged, doc int, cands map[string]*labelCand) {
	w := l.a.getWorker()
	defer l.a.putWorker(w)
	infos := make([]wordInfo, len(toks))
	ok := make([]bool, len(toks))
	for i, t := range toks {
		if !isWordText(t.text) {
			continue
		}
		infos[i] = *w.cache.get(l.a, t.text)
		ok[i] = infos[i].isTerm()
	}
	for j, t := range toks {
		if !ok[j] || !strings.HasPrefix(t.tag, "NN") {
			continue
		}
		for n := 1; n <= labelMaxWords && j-n+1 >= 0; n++ {
			i := j - n + 1
			if !ok[i] || i < j && !modifierTag(toks[i].tag) {
				break
			}
			addCandidate(cands, stemsOf(infos[i:j+1]), allContent(j-i+1), lowersOf(infos[i:j+1]), doc)
		}
	}
}

// modifierTag reports whether a word with this tag can stand before the
// head noun of a noun phrase: adjectives, nouns and participles. The
// tagger often calls an adjective in a terse comment a verb ("rude/VBP
// agent"), so present-tense verbs are accepted too.
func modifierTag(tag string) bool {
	switch tag {
	case "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "VBP":
		return true
	}
	return false
}

func stemsOf(words []wordInfo) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w.stem
	}
	return out
}

func lowersOf(words []wordInfo) string {
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = w.lower
	}
	return strings.Join(parts, " ")
}

func allContent(n int) []bool {
	out := make([]bool, n)
	for i := range out {
		out[i] = true
	}
	return out
}

func isWordText(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf)
}

func addCandidate(cands map[string]*labelCand, stems []string, content []bool, surface string, doc int) {
	key := strings.Join(stems, " ")
	c, ok := cands[key]
	if !ok {
		c = &labelCand{stems: stems, content: content, lastDoc: -1, surfaces: map[string]int{}}
		cands[key] = c
	}
	if c.lastDoc != doc {
		c.docs++
		c.lastDoc = doc
	}
	c.surfaces[surface]++
}

// score returns the candidate's score (see Label) and whether it contains
// a top term at all.
func (c *labelCand) score(key string, weights map[string]float64) (float64, bool) {
	cover, missing := 0.0, 0
	if len(c.stems) > 1 {
		cover = weights[key] // a phrase that is itself a top term
	}
	seen := map[string]bool{}
	for i, s := range c.stems {
		switch wt := weights[s]; {
		case wt > 0 && !seen[s]:
			cover += wt
			seen[s] = true
		case wt == 0 && c.content[i]:
			missing++
		}
	}
	if cover <= 0 {
		return 0, false
	}
	// A specific label beats a bare noun: each extra word earns a quarter
	// more, so "hold times" in two comments outranks "hold" in three when
	// "times" is also a top term.
	return float64(c.docs) * cover / float64(1+missing) * (1 + 0.25*float64(len(c.stems)-1)), true
}

// bestCandidate returns the written form of the best-scoring candidate, or
// "" when none contains a top term.
func bestCandidate(cands map[string]*labelCand, weights map[string]float64) string {
	keys := make([]string, 0, len(cands))
	for k := range cands {
		keys = append(keys, k)
	}
	sort.Strings(keys) // ties go to the alphabetically first key
	best, bestScore := "", 0.0
	for _, k := range keys {
		if score, ok := cands[k].score(k, weights); ok && score > bestScore {
			best, bestScore = k, score
		}
	}
	if best == "" {
		return ""
	}
	return mostFrequent(cands[best].surfaces)
}

// mostFrequent returns the most counted string, ties alphabetically.
func mostFrequent(m map[string]int) string {
	best, bestN := "", 0
	for s, n := range m {
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}
