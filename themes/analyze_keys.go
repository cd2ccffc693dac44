package themes

import (
	"cmp"
	"slices"
)

// analyzeKeys is what the theme step hands to the rest of Analyze: one
// mention list per response, and how to present each key. Any source of
// keys (discovered themes, or the causes standing in for them) fills it.
type analyzeKeys struct {
	source   string
	mentions [][]Mention
	labels   map[string]string
	terms    map[string][]string
	// examples lists, per key, the indices of its representative
	// responses, most representative first; keys without an entry get the
	// strongest mentioners (see analyzeExamples).
	examples map[string][]int
	// note explains a theme step's choice, such as falling back to causes.
	note string
}

// analyzeThemeStep finds the themes of the comments. It is the one place
// theme discovery plugs into Analyze.
type analyzeThemeStep func(r *analyzeRun) (analyzeKeys, error)

// themeStep is the theme step the settings call for.
func (c *analyzeConfig) themeStep() analyzeThemeStep {
	if c.causeThemes {
		return analyzeCauseThemes
	}
	return analyzeDiscoverThemes
}

// scoreCauses reads the root causes of every comment. A comment's ranked
// causes other than none become its cause mentions, with the cause score
// as strength.
func (r *analyzeRun) scoreCauses() error {
	tax := r.cfg.taxonomy
	r.causes = make([]CauseResult, len(r.rs))
	r.causeMentions = make([][]Mention, len(r.rs))
	return r.each(StageCauses, func(i int) error {
		if r.blank[i] {
			r.causes[i] = CauseResult{Ranked: []CauseScore{{Cause: CauseNone}}}
			return nil
		}
		// Only the ranking is reported: rank copies nothing else out
		// (the scores of every cause and the evidence would cost over 300
		// bytes a comment).
		res := CauseResult{Ranked: tax.rank(r.rs[i].Comment, tax.options(CauseWithScore(r.rs[i].Score)))}
		r.causes[i] = res
		for _, s := range res.Ranked {
			if s.Cause != CauseNone {
				r.causeMentions[i] = append(r.causeMentions[i], Mention{Key: string(s.Cause), Strength: s.Score})
			}
		}
		return nil
	})
}

// themes runs the theme step.
func (r *analyzeRun) themes() error {
	r.progress(StageThemes, 0, 1)
	k, err := r.cfg.themeStep()(r)
	if err != nil {
		return err
	}
	r.keys = k
	r.progress(StageThemes, 1, 1)
	return nil
}

// analyzeCauseThemes is the theme step that uses the root causes as
// themes: each cause is a theme, labelled with the cause's label.
func analyzeCauseThemes(r *analyzeRun) (analyzeKeys, error) {
	k := analyzeKeys{source: ReportSourceCauses, mentions: r.causeMentions, labels: map[string]string{}}
	for _, d := range r.cfg.taxonomy.Causes() {
		k.labels[string(d.Key)] = d.Label
	}
	return k, nil
}

// analyzeExamples picks up to n representative comments of every key: its
// mentioners with a comment, by strength, strongest first, ties by
// position in the input.
func analyzeExamples(r *analyzeRun, n int) map[string][]int {
	type cand struct {
		i int
		s float64
	}
	by := map[string][]cand{}
	for i, ms := range r.keys.mentions {
		if r.blank[i] {
			continue
		}
		for _, m := range ms {
			by[m.Key] = append(by[m.Key], cand{i, m.Strength})
		}
	}
	out := make(map[string][]int, len(by))
	for key, cs := range by {
		slices.SortFunc(cs, func(a, b cand) int {
			return cmp.Or(cmp.Compare(b.s, a.s), cmp.Compare(a.i, b.i))
		})
		for _, c := range cs[:min(n, len(cs))] {
			out[key] = append(out[key], c.i)
		}
	}
	return out
}

// example quotes response i, with the strength it raises key with.
func (r *analyzeRun) example(i int, key string) ReportExample {
	e := ReportExample{ID: r.rs[i].ID, Score: r.rs[i].Score, Comment: r.rs[i].Comment}
	for _, m := range r.keys.mentions[i] {
		if m.Key == key {
			e.Strength = m.Strength
		}
	}
	return e
}
