package sentiment

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/verbatim-go/verbatim/internal/token"
)

//go:embed data/stopwords.txt
var stopwordsTxt []byte

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(stopwordsTxt))
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") {
			for _, w := range strings.Fields(line) {
				m[w] = true
			}
		}
	}
	return m
}()

// LearnedTerm is one word or two-word phrase whose polarity was learned.
type LearnedTerm struct {
	Term string `json:"term"`
	// Valence is the smoothed log-odds ratio of the term in positive versus
	// negative comments, clamped to [-MaxValence, MaxValence].
	Valence float64 `json:"valence"`
	// Z is Valence before clamping divided by its estimated standard error.
	Z float64 `json:"z"`
	// Positive and Negative count the comments of each weak label holding it.
	Positive int `json:"positive"`
	Negative int `json:"negative"`
}

// LearnedLexicon is a lexicon learned from scored comments; see Learn.
type LearnedLexicon struct {
	Version int `json:"version"`
	// Comments per weak label in the training data.
	Positive int `json:"positive"`
	Neutral  int `json:"neutral"`
	Negative int `json:"negative"`
	// The settings it was learned with.
	Prior    float64 `json:"prior"`
	MinCount int     `json:"min_count"`
	MinZ     float64 `json:"min_z"`
	// Terms sorted by term.
	Terms []LearnedTerm `json:"terms"`
}

type learnOptions struct {
	prior    float64
	minCount int
	minZ     float64
}

// LearnOption configures Learn.
type LearnOption func(*learnOptions)

// WithPrior sets α0, the total weight of the Dirichlet prior (default 100):
// larger values pull rare terms harder toward no polarity. It panics unless
// positive.
func WithPrior(alpha0 float64) LearnOption {
	if !(alpha0 > 0) || math.IsInf(alpha0, 0) {
		panic(fmt.Sprintf("sentiment: prior %v must be positive", alpha0))
	}
	return func(o *learnOptions) { o.prior = alpha0 }
}

// WithMinCount sets how many positive plus negative comments must hold a
// term before it is learned (default 5); it panics below 1.
func WithMinCount(n int) LearnOption {
	if n < 1 {
		panic(fmt.Sprintf("sentiment: min count %d < 1", n))
	}
	return func(o *learnOptions) { o.minCount = n }
}

// WithMinZ sets the |z| a term needs to be kept (default 1.96, a two-sided
// 5% test); it panics when negative.
func WithMinZ(z float64) LearnOption {
	if !(z >= 0) {
		panic(fmt.Sprintf("sentiment: min z %v must be >= 0", z))
	}
	return func(o *learnOptions) { o.minZ = z }
}

// learnedVersion is the format version written by Save and read by Load.
const learnedVersion = 1

// Learn learns word and two-word-phrase polarities from comments and their
// 0-10 scores, taken as weak labels (see WeakLabel). For each term w it
// counts the positive and negative comments holding it (y_p, y_n; n_p and
// n_n are the totals over all terms) and estimates, with an informative
// Dirichlet prior α_w = α0·f_w from the term's share f_w of all comments
// (passives included), the log-odds ratio
//
//	δ_w = ln((y_p+α_w)/(n_p+α0-y_p-α_w)) - ln((y_n+α_w)/(n_n+α0-y_n-α_w))
//
// with variance 1/(y_p+α_w) + 1/(y_n+α_w) (Monroe, Colaresi and Quinn 2008,
// "Fightin' Words"). Terms seen in at least MinCount comments with |z| at
// least MinZ are kept, with valence δ_w clamped to ±MaxValence. Words right
// after a negator are not counted alone (their polarity is reversed there);
// the pair with the negator is counted as a phrase ("not working").
func Learn(texts []string, scores []int, opts ...LearnOption) (*LearnedLexicon, error) {
	if len(texts) != len(scores) {
		return nil, fmt.Errorf("sentiment: learn: %d comments but %d scores", len(texts), len(scores))
	}
	o := learnOptions{prior: 100, minCount: 5, minZ: 1.96}
	for _, opt := range opts {
		opt(&o)
	}
	c := newCounter()
	out := &LearnedLexicon{Version: learnedVersion, Prior: o.prior, MinCount: o.minCount, MinZ: o.minZ}
	for i, text := range texts {
		l, err := WeakLabel(scores[i])
		if err != nil {
			return nil, fmt.Errorf("sentiment: learn: comment %d: %w", i, err)
		}
		switch l {
		case Positive:
			out.Positive++
		case Negative:
			out.Negative++
		default:
			out.Neutral++
		}
		c.add(text, l)
	}
	out.Terms = c.terms(o)
	return out, nil
}

// counter holds per-term comment counts by label.
type counter struct {
	counts map[string]*[3]int // by Label.index()
	totals [3]int
	seen   map[string]bool
	toks   []token.Token
	keys   []string
}

func newCounter() *counter {
	return &counter{counts: map[string]*[3]int{}, seen: map[string]bool{}}
}

// add counts the distinct terms of one comment.
func (c *counter) add(text string, l Label) {
	clear(c.seen)
	c.toks = token.Append(c.toks[:0], text)
	negLeft := 0
	prev := ""
	for _, t := range c.toks {
		if t.Kind != token.Word {
			prev, negLeft = "", 0
			continue
		}
		k := string(appendKey(nil, t.Text))
		if prev != "" && !(stopwords[prev] && stopwords[k]) {
			c.seen[prev+" "+k] = true
		}
		if negLeft > 0 {
			negLeft--
		} else if !stopwords[k] && !t.Has(token.Negator) {
			c.seen[k] = true
		}
		if t.Has(token.Negator) {
			negLeft = DefaultNegationScope
		}
		prev = k
	}
	for k := range c.seen {
		n := c.counts[k]
		if n == nil {
			n = new([3]int)
			c.counts[k] = n
		}
		n[l.index()]++
		c.totals[l.index()]++
	}
}

// terms applies the log-odds estimate documented on Learn.
func (c *counter) terms(o learnOptions) []LearnedTerm {
	all := float64(c.totals[0] + c.totals[1] + c.totals[2])
	np, nn := float64(c.totals[2]), float64(c.totals[0])
	var out []LearnedTerm
	for k, n := range c.counts {
		yp, yn := float64(n[2]), float64(n[0])
		if n[2]+n[0] < o.minCount || all == 0 {
			continue
		}
		aw := o.prior * float64(n[0]+n[1]+n[2]) / all
		d := math.Log((yp+aw)/(np+o.prior-yp-aw)) - math.Log((yn+aw)/(nn+o.prior-yn-aw))
		z := d / math.Sqrt(1/(yp+aw)+1/(yn+aw))
		if math.Abs(z) < o.minZ || math.IsNaN(z) {
			continue
		}
		v := math.Max(-MaxValence, math.Min(MaxValence, d))
		out = append(out, LearnedTerm{Term: k, Valence: round4(v), Z: round4(z), Positive: n[2], Negative: n[0]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Term < out[j].Term })
	return out
}

// round4 keeps saved lexicons readable and byte-stable across platforms.
func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
