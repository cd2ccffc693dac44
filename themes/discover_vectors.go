package themes

import (
	"context"
	"math"
	"strings"

	"github.com/verbatim-go/verbatim/cluster"
)

// themeSpace is the clustering vocabulary: one column per term key, sorted by
// key, with its document frequency, display form and inverse document
// frequency. Rows are TF-IDF vectors over it:
//
//	w(t, d) = (1 + ln count(t, d)) · (ln((1 + n) / (1 + df(t))) + 1)
//
// normalised to unit length (scikit-learn's TfidfVectorizer with
// sublinear_tf and smooth_idf).
type themeSpace struct {
	docs    int
	keys    []string
	display []string
	df      []int
	idf     []float64
	index   map[string]int32
}

// newThemeSpace keeps the vocabulary's terms that exclude does not reject.
func newThemeSpace(v *Vocabulary, exclude func(key string) bool) *themeSpace {
	s := &themeSpace{docs: v.Docs(), index: map[string]int32{}}
	for c := 0; c < v.Len(); c++ {
		k := v.Key(c)
		if exclude != nil && exclude(k) {
			continue
		}
		s.add(k, v.Display(c), v.DocFreq(c))
	}
	return s
}

func (s *themeSpace) add(key, display string, df int) {
	s.index[key] = int32(len(s.keys))
	s.keys = append(s.keys, key)
	s.display = append(s.display, display)
	s.df = append(s.df, df)
	s.idf = append(s.idf, math.Log(float64(1+s.docs)/float64(1+df))+1)
}

func (s *themeSpace) col(key string) (int32, bool) {
	c, ok := s.index[key]
	return c, ok
}

// themeRow is one comment's unit TF-IDF vector.
type themeRow struct {
	cols []int32
	vals []float32
}

// row fills r with the TF-IDF vector of terms, reusing its slices.
func (s *themeSpace) row(r themeRow, terms []Term) themeRow {
	r.cols, r.vals, _ = countTerms(s.index, r.cols, r.vals, terms)
	var ss float64
	for i, c := range r.cols {
		w := (1 + math.Log(float64(r.vals[i]))) * s.idf[c]
		r.vals[i] = float32(w)
		ss += w * w
	}
	if ss > 0 {
		inv := 1 / math.Sqrt(ss)
		for i := range r.vals {
			r.vals[i] = float32(float64(r.vals[i]) * inv)
		}
	}
	return r
}

// discoverVectors analyses every comment again and returns the TF-IDF matrix
// (one row per comment, empty for comments without a vocabulary term).
func discoverVectors(ctx context.Context, a *Analyzer, sp *themeSpace, comments []string, workers int) (*cluster.CSR, error) {
	type part struct {
		ptr  []int
		cols []int32
		vals []float32
	}
	parts := make([]part, (len(comments)+discoverChunk-1)/discoverChunk)
	err := discoverChunks(ctx, len(comments), workers, func(c, lo, hi int) {
		var terms []Term
		var r themeRow
		p := part{ptr: make([]int, 0, hi-lo+1)}
		p.ptr = append(p.ptr, 0)
		for _, s := range comments[lo:hi] {
			terms = a.AppendTerms(terms[:0], s)
			r = sp.row(r, terms)
			p.cols = append(p.cols, r.cols...)
			p.vals = append(p.vals, r.vals...)
			p.ptr = append(p.ptr, len(p.cols))
		}
		parts[c] = p
	})
	if err != nil {
		return nil, err
	}
	b := cluster.NewBuilder(max(1, len(sp.keys)))
	var entries []cluster.Entry
	for _, p := range parts {
		for i := 0; i+1 < len(p.ptr); i++ {
			entries = entries[:0]
			for q := p.ptr[i]; q < p.ptr[i+1]; q++ {
				entries = append(entries, cluster.Entry{Col: int(p.cols[q]), Val: float64(p.vals[q])})
			}
			if err := b.AddRow(entries); err != nil {
				return nil, err // columns and weights are built above: not reachable with valid spaces
			}
		}
	}
	return b.Build(), nil
}

// discoverEvaluative are words that say how good or bad something is and
// nothing of what it is. They are left out of the clustering vocabulary
// by default (DiscoverKeepSentiment keeps them): otherwise "great" and
// "terrible" pull praise of billing and praise of delivery into one
// "great" theme. Words that name a problem ("rude", "slow", "broken",
// "expensive", "outage") are topics, not just appraisals, and stay.
const discoverEvaluative = `good great nice fine ok okay alright excellent amazing awesome
fantastic brilliant superb wonderful perfect perfectly outstanding exceptional incredible
lovely love loved loves loving like liked likes best better worse worst bad terrible awful
horrible dreadful poor poorly happy unhappy pleased glad satisfied dissatisfied disappointed
disappointing disappointment delighted thrilled impressed impressive fabulous terrific
decent mediocre average really very much so extremely absolutely definitely totally
highly pretty quite super cool wow overall thanks thank` + " " + discoverFiller

// discoverFiller are the words of non-answers ("no comment", "STOP",
// "nothing to add", "n/a"): on their own they carry no theme, so a comment
// made only of them goes to the no-theme group.
const discoverFiller = `comment comments stop unsubscribe none nothing nil nope yes idk dunno test
add else anything everything`

// discoverExcluder returns a function that reports whether a key is an
// evaluative word or a phrase containing one.
func discoverExcluder(a *Analyzer) func(string) bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(discoverEvaluative) {
		if k := a.Key(w); k != "" {
			set[k] = true
		}
	}
	return func(key string) bool {
		if set[key] {
			return true
		}
		if !strings.Contains(key, " ") {
			return false
		}
		for _, w := range strings.Fields(key) {
			if set[w] {
				return true
			}
		}
		return false
	}
}
