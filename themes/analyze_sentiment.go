package themes

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/sentiment"
)

// analyzeSentiment is the sentiment of one comment; ok is false for a
// blank comment, which has none.
type analyzeSentiment struct {
	compound float64
	label    sentiment.Label
	mismatch sentiment.Mismatch
	ok       bool
}

// scoreSentiment scores every comment and checks it against its score.
func (r *analyzeRun) scoreSentiment() error {
	a := r.cfg.sentiment
	r.senti = make([]analyzeSentiment, len(r.rs))
	if err := r.each(StageSentiment, func(i int) error {
		if r.blank[i] {
			return nil
		}
		// Score, not Analyze: the report needs no per-word explanation
		// of a million comments, and Score does not allocate.
		c, l := a.Score(r.rs[i].Comment)
		m, err := sentiment.MismatchOf(r.rs[i].Score, c)
		if err != nil {
			return fmt.Errorf("themes: analyze: response %q: %w", r.rs[i].ID, err)
		}
		r.senti[i] = analyzeSentiment{compound: c, label: l, mismatch: m, ok: true}
		return nil
	}); err != nil {
		return err
	}
	r.rep.Sentiment = r.sentimentReport()
	return nil
}

// sentimentGroup summarises the sentiment of the responses in idx (all
// responses when idx is nil).
func (r *analyzeRun) sentimentGroup(idx []int) ReportSentimentGroup {
	var g ReportSentimentGroup
	sum := 0.0
	add := func(i int) {
		s := r.senti[i]
		if !s.ok {
			return
		}
		g.Comments++
		sum += s.compound
		switch s.label {
		case sentiment.Negative:
			g.Negative++
		case sentiment.Positive:
			g.Positive++
		default:
			g.Neutral++
		}
	}
	if idx == nil {
		for i := range r.senti {
			add(i)
		}
	} else {
		for _, i := range idx {
			add(i)
		}
	}
	if g.Comments > 0 {
		g.Mean = sum / float64(g.Comments)
	}
	return g
}

// sentimentReport builds the overall, per-category and mismatch figures.
func (r *analyzeRun) sentimentReport() ReportSentiment {
	s := ReportSentiment{ReportSentimentGroup: r.sentimentGroup(nil)}
	byCat := map[nps.Category][]int{}
	var promNeg, detPos []int
	for i := range r.rs {
		if !r.senti[i].ok {
			continue
		}
		c, _ := r.rs[i].Category() // scores were checked by Summarize
		byCat[c] = append(byCat[c], i)
		switch r.senti[i].mismatch {
		case sentiment.PromoterNegative:
			promNeg = append(promNeg, i)
		case sentiment.DetractorPositive:
			detPos = append(detPos, i)
		}
	}
	s.ByCategory = []ReportSentimentCategory{}
	for _, c := range []nps.Category{nps.Detractor, nps.Passive, nps.Promoter} {
		if len(byCat[c]) > 0 {
			s.ByCategory = append(s.ByCategory, ReportSentimentCategory{Category: c.String(), ReportSentimentGroup: r.sentimentGroup(byCat[c])})
		}
	}
	s.PromoterNegative, s.DetractorPositive = len(promNeg), len(detPos)
	s.PromoterNegativeExamples = r.mismatchExamples(promNeg, 1)
	s.DetractorPositiveExamples = r.mismatchExamples(detPos, -1)
	return s
}

// mismatchExamples quotes the clearest contradictions: by compound score,
// ascending for sign 1 (most negative first) and descending for -1, ties
// by position.
func (r *analyzeRun) mismatchExamples(idx []int, sign float64) []ReportExample {
	idx = slices.Clone(idx)
	slices.SortFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(sign*r.senti[a].compound, sign*r.senti[b].compound), cmp.Compare(a, b))
	})
	out := []ReportExample{}
	for _, i := range idx[:min(r.cfg.examples, len(idx))] {
		out = append(out, ReportExample{ID: r.rs[i].ID, Score: r.rs[i].Score, Comment: r.rs[i].Comment, Strength: r.senti[i].compound})
	}
	return out
}
