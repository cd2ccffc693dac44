package themes

import (
	"errors"
	"fmt"
)

// analyzeDiscoverThemes is the theme step that discovers themes in the
// comments (Discover): each theme is a key, with the theme's label, top
// terms and representative comments; a comment close to several themes
// mentions each, with its similarity as strength. When too few comments
// carry content to form themes (ErrNoContent), the causes stand in for
// them and ReportThemes.Note says so; it also notes when discovery finds
// no theme at all.
func analyzeDiscoverThemes(r *analyzeRun) (analyzeKeys, error) {
	comments := make([]string, len(r.rs))
	for i := range r.rs {
		comments[i] = r.rs[i].Comment
	}
	c := &r.cfg
	opts := []DiscoverOption{DiscoverSeed(c.seed), DiscoverAnalyzer(WithLanguage(c.language))}
	if c.k > 0 {
		opts = append(opts, DiscoverK(c.k))
	}
	m, err := Discover(r.ctx, comments, append(opts, c.discover...)...)
	if errors.Is(err, ErrNoContent) {
		k, _ := analyzeCauseThemes(r)
		k.note = fmt.Sprintf("too few comments with content to discover themes (%v); the root causes stand in for them", err)
		return k, nil
	}
	if err != nil {
		if e := r.ctx.Err(); e != nil {
			return analyzeKeys{}, e
		}
		return analyzeKeys{}, fmt.Errorf("themes: analyze: %w", err)
	}
	k := analyzeKeys{source: ReportSourceDiscovered, mentions: make([][]Mention, len(r.rs)),
		labels: map[string]string{}, terms: map[string][]string{}, examples: map[string][]int{}}
	if len(m.Themes()) == 0 {
		k.note = "discovery found no themes in the comments"
	}
	for _, th := range m.Themes() {
		k.labels[th.ID] = th.Label
		for _, t := range th.Terms {
			k.terms[th.ID] = append(k.terms[th.ID], t.Display)
		}
		for _, rep := range th.Representatives {
			k.examples[th.ID] = append(k.examples[th.ID], rep.Comment)
		}
	}
	for i := range r.rs {
		for _, mb := range m.Memberships(i) {
			k.mentions[i] = append(k.mentions[i], Mention{Key: mb.ID, Strength: mb.Strength})
		}
	}
	return k, nil
}
