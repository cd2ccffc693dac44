package themes

import (
	"math"
	"slices"
	"strings"
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
	r.cols = r.cols[:0]
	for _, t := range terms {
		if c, ok := s.index[t.Key]; ok {
			r.cols = append(r.cols, c)
		}
	}
	return s.weigh(r)
}

// weigh turns r.cols, the columns of a comment's term occurrences in any
// order, into its unit TF-IDF vector: the distinct columns in increasing
// order and their weights in r.vals.
func (s *themeSpace) weigh(r themeRow) themeRow {
	slices.Sort(r.cols)
	r.vals = r.vals[:0]
	n := 0
	for i, c := range r.cols {
		if i > 0 && c == r.cols[n-1] {
			r.vals[n-1]++
			continue
		}
		r.cols[n] = c
		r.vals = append(r.vals, 1)
		n++
	}
	r.cols = r.cols[:n]
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
