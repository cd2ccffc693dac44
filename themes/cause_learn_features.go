package themes

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/verbatim-go/verbatim/internal/token"
)

// learnFeats are the candidate cues TaxonomyLearn fits weights to, and how
// strongly each fired in each example, column by column.
type learnFeats struct {
	defs  []Cue          // the cue of each feature, weight 1
	canon []string       // its canonical form: cues with the same form match the same words
	index map[string]int // feature by canonical form
	n     int            // examples
	// The example x feature matrix in compressed columns: feature j fired
	// in examples rows[start[j]:start[j+1]] with the values alongside
	// (1, ContrastBefore before a contrast word; negated matches are 0
	// and not stored).
	start []int
	rows  []int32
	vals  []float64
}

// col returns the examples and values of feature j.
func (f *learnFeats) col(j int) ([]int32, []float64) {
	return f.rows[f.start[j]:f.start[j+1]], f.vals[f.start[j]:f.start[j+1]]
}

// learnFeatureSet collects the candidate cues and matches them against
// every example with the base taxonomy's matcher settings.
func learnFeatureSet(base *Taxonomy, examples []CauseExample, o learnOptions) (*learnFeats, error) {
	f := &learnFeats{n: len(examples), index: map[string]int{}}
	add := func(c Cue) {
		c.Weight = 1
		canon, err := cueCheck(c)
		if _, dup := f.index[canon]; err != nil || dup { // a candidate word the cue grammar refuses is no candidate
			return
		}
		f.index[canon] = len(f.defs)
		f.defs = append(f.defs, c)
		f.canon = append(f.canon, canon)
	}
	if o.features&LearnBaseCues != 0 {
		for _, d := range base.spec.Causes {
			for _, c := range d.Cues {
				add(c)
			}
		}
	}
	if o.features&LearnWords != 0 {
		for _, c := range learnCandidates(examples, o.minDF) {
			add(c)
		}
	}
	if len(f.defs) == 0 {
		return nil, fmt.Errorf("no candidate cues (no base cues, and no word in %d or more examples): %w", o.minDF, ErrLearnEmpty)
	}
	ft, err := taxonomyCompile(TaxonomySpec{
		Format: TaxonomyFormat, Version: TaxonomyVersion, Name: "learn-features",
		NegationWindow: base.spec.NegationWindow, PatternGap: base.spec.PatternGap,
		ContrastBefore: base.spec.ContrastBefore,
		Causes:         []CauseDef{{Key: "features", Label: "features", Cues: f.defs}},
	})
	if err != nil { // every cue passed cueCheck and none repeats a form
		return nil, fmt.Errorf("candidate cues do not compile: %w", err)
	}
	f.fill(ft, examples)
	return f, nil
}

// fill matches every example and stores the matrix by columns.
func (f *learnFeats) fill(ft *Taxonomy, examples []CauseExample) {
	type cell struct {
		row int32
		col int32
		val float64
	}
	var cells []cell
	counts := make([]int, len(f.defs)+1)
	for i, ex := range examples {
		sc := ft.scratch()
		sc.prepare(ft, ex.Comment)
		sc.keep(ft.match(sc, ex.Comment, ex.Score))
		for _, c := range sc.scored {
			cells = append(cells, cell{int32(i), c, sc.best[c]})
			counts[c+1]++
		}
		ft.pool.Put(sc)
	}
	f.start = counts
	for j := 1; j < len(f.start); j++ {
		f.start[j] += f.start[j-1]
	}
	f.rows = make([]int32, len(cells))
	f.vals = make([]float64, len(cells))
	next := slices.Clone(f.start[:len(f.defs)])
	for _, c := range cells { // cells come in example order, so each column is sorted
		f.rows[next[c.col]] = c.row
		f.vals[next[c.col]] = c.val
		next[c.col]++
	}
}

// learnCand counts one candidate word or two-word phrase.
type learnCand struct {
	df    int
	last  int            // the last example counted, so each counts once
	forms map[string]int // the lower-case forms seen, with their counts
}

// learnCandidates returns the word and two-word phrase cues found in at
// least minDF examples, sorted by their stems. Words are compared as the
// matcher compares them (lower-case, spelling-mapped, stemmed); a word is
// a candidate unless it is an English stop word, a phrase unless both its
// words are. Each cue is written in its most frequent form, ties in byte order.
func learnCandidates(examples []CauseExample, minDF int) []Cue {
	stop := learnStopWords()
	cands := map[string]*learnCand{}
	count := func(key, form string, i int) {
		c := cands[key]
		if c == nil {
			c = &learnCand{last: -1, forms: map[string]int{}}
			cands[key] = c
		}
		if c.last != i {
			c.df++
			c.last = i
		}
		c.forms[form]++
	}
	for i, ex := range examples {
		for _, run := range learnWordRuns(ex.Comment) {
			for k, w := range run {
				if !stop.has(w) {
					count(cueStem(w), w, i)
				}
				if k > 0 && !(stop.has(run[k-1]) && stop.has(w)) {
					count(cueStem(run[k-1])+" "+cueStem(w), run[k-1]+" "+w, i)
				}
			}
		}
	}
	keys := make([]string, 0, len(cands))
	for k, c := range cands {
		// A form that is not valid UTF-8 would not survive the JSON a
		// taxonomy is saved in.
		if c.df >= minDF && utf8.ValidString(k) && utf8.ValidString(mostFrequent(c.forms)) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	out := make([]Cue, 0, len(keys))
	for _, k := range keys {
		kind := CueWord
		if strings.Contains(k, " ") {
			kind = CuePhrase
		}
		out = append(out, Cue{Kind: kind, Text: mostFrequent(cands[k].forms), Weight: 1})
	}
	return out
}

// learnWordRuns splits a comment into runs of adjacent words, lower-case,
// broken wherever the matcher sees anything but a word (punctuation, a
// number, an emoji), so a phrase taken from a run can match where it was
// found. Contractions whose apostrophe arrived as U+FFFD are joined back
// as the matcher joins them.
func learnWordRuns(comment string) [][]string {
	toks := token.Tokenize(comment)
	var runs [][]string
	var run []string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != token.Word {
			if len(run) > 0 {
				runs, run = append(runs, run), nil
			}
			continue
		}
		w := token.Lower(t.Text)
		if i+1 < len(toks) && causeJoinsLost(comment, t, toks[i+1]) {
			w += "'" + token.Lower(toks[i+1].Text)
			i++
		}
		run = append(run, w)
	}
	if len(run) > 0 {
		runs = append(runs, run)
	}
	return runs
}

// learnStopWords are the words that are never candidates on their own:
// English function words, survey filler and negators.
func learnStopWords() wordSet {
	w := wordLists[English]
	return setOf(w.general, w.survey, w.negators)
}

// learnSortedUnique sorts vs and drops repeats.
func learnSortedUnique(vs []float64) []float64 {
	slices.Sort(vs)
	return slices.Compact(vs)
}
