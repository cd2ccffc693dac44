package themes

import (
	"fmt"
)

// link links the themes and the causes to the score and fills the themes,
// causes and alignment of the report.
func (r *analyzeRun) link() error {
	const steps = 3
	r.progress(StageLink, 0, steps)
	lo := r.cfg.linkOpts()
	var err error
	if r.themeLink, err = Link(r.rs, r.keys.mentions, lo...); err != nil {
		return fmt.Errorf("themes: analyze: themes: %w", err)
	}
	r.progress(StageLink, 1, steps)
	r.causeLink = r.themeLink
	if r.keys.source != ReportSourceCauses {
		if r.causeLink, err = Link(r.rs, r.causeMentions, lo...); err != nil {
			return fmt.Errorf("themes: analyze: causes: %w", err)
		}
	}
	if err := r.ctx.Err(); err != nil {
		return err
	}
	r.progress(StageLink, 2, steps)
	rep := r.rep
	rep.Themes = ReportThemes{Source: r.keys.source, Note: r.keys.note, Items: r.themeItems(), NoTheme: r.themeLink.NoMention}
	if rep.Trend != nil {
		tr, err := LinkByPeriod(r.rs, r.keys.mentions, r.cfg.period, r.cfg.location, lo...)
		if err != nil {
			return fmt.Errorf("themes: analyze: themes by period: %w", err)
		}
		rep.Themes.Moves = tr.Moves
	}
	rep.Causes = ReportCauses{Items: r.causeItems(), NoCause: r.causeLink.NoMention, Alignment: r.causeLink.Alignment}
	rep.Alignment = r.themeLink.Alignment
	r.progress(StageLink, steps, steps)
	return nil
}

// members lists, per key, the responses that mention it, in input order.
func analyzeMembers(mentions [][]Mention) map[string][]int {
	out := map[string][]int{}
	for i, ms := range mentions {
		for _, m := range ms {
			if l := out[m.Key]; len(l) == 0 || l[len(l)-1] != i {
				out[m.Key] = append(l, i)
			}
		}
	}
	return out
}

// themeItems describes every linked theme, in the order of the linkage.
func (r *analyzeRun) themeItems() []ReportTheme {
	members := analyzeMembers(r.keys.mentions)
	examples := analyzeExamples(r, r.cfg.examples)
	for k, ex := range r.keys.examples {
		examples[k] = ex[:min(len(ex), r.cfg.examples)]
	}
	items := make([]ReportTheme, 0, len(r.themeLink.Keys))
	for _, lk := range r.themeLink.Keys {
		t := ReportTheme{Key: lk.Key, Label: r.label(lk.Key), Terms: r.keys.terms[lk.Key], Link: lk, Examples: []ReportExample{}}
		for _, i := range examples[lk.Key] {
			t.Examples = append(t.Examples, r.example(i, lk.Key))
		}
		idx := members[lk.Key]
		res := make([]CauseResult, len(idx))
		for j, i := range idx {
			res[j] = r.causes[i]
		}
		t.Causes = r.cfg.taxonomy.Distribution(res)
		t.Sentiment = r.sentimentGroup(idx)
		items = append(items, t)
	}
	return items
}

// label is a theme's label, or its key when it has none.
func (r *analyzeRun) label(key string) string {
	if l := r.keys.labels[key]; l != "" {
		return l
	}
	return key
}

// causeItems describes every linked cause with its fix.
func (r *analyzeRun) causeItems() []ReportCause {
	items := make([]ReportCause, 0, len(r.causeLink.Keys))
	for _, lk := range r.causeLink.Keys {
		c := ReportCause{Cause: Cause(lk.Key), Label: lk.Key, Link: lk}
		if d, ok := r.cfg.taxonomy.Cause(Cause(lk.Key)); ok {
			c.Label, c.Fix, c.Recovery = d.Label, d.Fix, d.Recovery
		}
		items = append(items, c)
	}
	return items
}

// causeLabel is the label of a cause in the taxonomy, or its key.
func (r *analyzeRun) causeLabel(c Cause) string {
	if d, ok := r.cfg.taxonomy.Cause(c); ok && d.Label != "" {
		return d.Label
	}
	return string(c)
}
