package themes

import (
	"math"
	"sort"
)

// Theme is one recurring topic of the comments.
type Theme struct {
	// ID names the theme in saved models, reports and Merge/Rename. It is
	// the slug of the theme's label ("installation-date") or, for a
	// seeded theme, of its name, so the same data gives the same IDs and
	// a refit on similar data gives mostly the same ones. Merge and Rename
	// keep it.
	ID string `json:"id"`
	// Label is a phrase a person would write ("installation date"),
	// frequent in the theme and rare in the others, never another theme's
	// label (see Labeler.LabelThemes), or the seed name.
	Label  string `json:"label"`
	Seeded bool   `json:"seeded,omitempty"`
	// Size is the number of comments whose main theme this is.
	Size int `json:"size"`
	// Terms are the top terms by class-based TF-IDF, best first:
	//
	//	w(t, c) = tf(t, c) / |c| · ln(1 + A / f(t))
	//
	// where tf(t, c) is the number of the theme's comments that contain
	// term t, |c| the sum of tf over the theme's terms, f(t) the sum of
	// tf(t, ·) over all themes, and A the mean |c| per theme (BERTopic's
	// c-TF-IDF, with comments counted once per term: a comment that says
	// "refund" five times is one vote). A term frequent in the theme and
	// rare elsewhere ranks first.
	Terms []ThemeTerm `json:"terms"`
	// Members are the indexes of the comments whose main theme this is,
	// ascending.
	Members []int `json:"members"`
	// Representatives are three to five comments closest to the theme's
	// centroid, without duplicates, with the top terms highlighted.
	Representatives []Representative `json:"representatives"`
	// Subthemes split the theme a second time (DiscoverSubthemes), largest
	// first; empty when the theme was not split.
	Subthemes []Theme `json:"subthemes,omitempty"`
}

// ThemeTerm is one of a theme's top terms.
type ThemeTerm struct {
	Key     string  `json:"key"`     // stem or phrase key
	Display string  `json:"display"` // as people write it
	Weight  float64 `json:"weight"`  // class-based TF-IDF (see Theme.Terms)
}

// Representative is a comment that shows what a theme is about.
type Representative struct {
	Comment    int         `json:"comment"` // index in the comments given to Discover
	Text       string      `json:"text"`
	Strength   float64     `json:"strength"` // cosine similarity to the theme's centroid
	Highlights []Highlight `json:"highlights,omitempty"`
}

// Highlight marks the words of a comment that match a theme's top terms:
// Text[Start:End] is the word or phrase as written.
type Highlight struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Key   string `json:"key"`
}

// Membership is one theme a comment carries and how strongly: the cosine
// similarity of the comment's TF-IDF vector to the theme's centroid.
type Membership struct {
	Theme    int     `json:"theme"` // index in Model.Themes
	ID       string  `json:"id"`
	Strength float64 `json:"strength"`
}

// themeCounts holds, per column, the number of a theme's members that
// contain the term.
type themeCounts map[int32]float64

// themeClassTFIDF returns the top n terms of each theme by c-TF-IDF (see
// Theme.Terms), ties by key.
func themeClassTFIDF(sp *themeSpace, counts []themeCounts, n int) [][]ThemeTerm {
	total := map[int32]float64{}
	sizes := make([]float64, len(counts))
	var all float64
	for c, tc := range counts {
		for _, col := range themeSortedCols(tc) {
			total[col] += tc[col]
			sizes[c] += tc[col]
		}
		all += sizes[c]
	}
	avg := all / float64(max(1, len(counts)))
	out := make([][]ThemeTerm, len(counts))
	for c, tc := range counts {
		terms := make([]ThemeTerm, 0, len(tc))
		for _, col := range themeSortedCols(tc) {
			w := tc[col] / sizes[c] * math.Log(1+avg/total[col])
			terms = append(terms, ThemeTerm{Key: sp.keys[col], Display: sp.display[col], Weight: modelRound(w)})
		}
		sort.SliceStable(terms, func(i, j int) bool {
			if terms[i].Weight != terms[j].Weight {
				return terms[i].Weight > terms[j].Weight
			}
			return terms[i].Key < terms[j].Key
		})
		out[c] = terms[:min(n, len(terms))]
	}
	return out
}

func themeSortedCols(tc themeCounts) []int32 {
	cols := make([]int32, 0, len(tc))
	for c := range tc {
		cols = append(cols, c)
	}
	sort.Slice(cols, func(i, j int) bool { return cols[i] < cols[j] })
	return cols
}

// modelRound keeps six decimals: weights read by people and compared in
// tests, not used in further arithmetic.
func modelRound(x float64) float64 { return math.Round(x*1e6) / 1e6 }
