package main

import (
	"context"
	"encoding/json"
	"time"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// report is the JSON the job writes. Every figure comes from the library's
// own JSON-ready types.
type report struct {
	Source    string          `json:"source"`
	Rows      rowCounts       `json:"rows"`
	Rejected  []rejectedRow   `json:"rejected"`
	Diagnosis nps.Diagnosis   `json:"diagnosis"`
	Segments  []nps.Breakdown `json:"segments"`
	// Trend is absent when the data has no dates.
	Trend  *nps.Trend               `json:"trend,omitempty"`
	Themes []theme                  `json:"themes"`
	Causes themes.CauseDistribution `json:"causes"`
}

type rowCounts struct {
	Read     int `json:"read"`
	Accepted int `json:"accepted"`
	Rejected int `json:"rejected"`
}

// rejectedRow is one row left out, and why.
type rejectedRow struct {
	Line   int    `json:"line"`
	Column string `json:"column,omitempty"`
	Value  string `json:"value,omitempty"`
	Reason string `json:"reason"`
}

// theme is one discovered theme with its link to the score: NPS among its
// mentioners, detractor lift and leave-one-out impact with intervals.
type theme struct {
	ID       string          `json:"id"`
	Label    string          `json:"label"`
	Size     int             `json:"size"`
	Terms    []string        `json:"terms"`
	Examples []string        `json:"examples"`
	Link     *themes.LinkKey `json:"link,omitempty"`
}

// build runs the analyses one by one: NPS with segments and trend, themes
// linked to the score, root causes.
func build(ctx context.Context, rs []nps.Response, segments []string, seed uint64) (*report, error) {
	rep := &report{}
	overall, err := nps.Summarize(rs)
	if err != nil {
		return nil, err
	}
	opts := []nps.Option{}
	for _, col := range segments {
		b, err := nps.BySegment(rs, col)
		if err != nil {
			return nil, err
		}
		rep.Segments = append(rep.Segments, b)
	}
	opts = append(opts, nps.WithBreakdowns(rep.Segments...))
	if dated(rs) {
		trend, err := nps.TrendBy(rs, nps.Quarter, time.UTC)
		if err != nil {
			return nil, err
		}
		rep.Trend = &trend
		opts = append(opts, nps.WithTrend(trend))
	}
	rep.Diagnosis = nps.Diagnose(overall, opts...)
	if rep.Themes, err = discover(ctx, rs, seed); err != nil {
		return nil, err
	}
	rep.Causes = causes(rs)
	return rep, nil
}

// discover finds the themes and links each to the score, in the model's
// order (largest first).
func discover(ctx context.Context, rs []nps.Response, seed uint64) ([]theme, error) {
	comments := make([]string, len(rs))
	for i, r := range rs {
		comments[i] = r.Comment
	}
	model, err := themes.Discover(ctx, comments, themes.DiscoverSeed(seed))
	if err != nil {
		return nil, err
	}
	mentions := make([][]themes.Mention, len(rs))
	for i := range rs {
		for _, m := range model.Memberships(i) {
			mentions[i] = append(mentions[i], themes.Mention{Key: m.ID, Strength: m.Strength})
		}
	}
	link, err := themes.Link(rs, mentions)
	if err != nil {
		return nil, err
	}
	byKey := map[string]*themes.LinkKey{}
	for i := range link.Keys {
		byKey[link.Keys[i].Key] = &link.Keys[i]
	}
	var out []theme
	for _, t := range model.Themes() {
		th := theme{ID: t.ID, Label: t.Label, Size: t.Size, Terms: []string{}, Examples: []string{}, Link: byKey[t.ID]}
		for _, term := range t.Terms[:min(6, len(t.Terms))] {
			th.Terms = append(th.Terms, term.Display)
		}
		for _, r := range t.Representatives {
			th.Examples = append(th.Examples, r.Text)
		}
		out = append(out, th)
	}
	return out, nil
}

// causes reads the root causes of every comment, with its score.
func causes(rs []nps.Response) themes.CauseDistribution {
	tax := themes.TaxonomyDefault()
	results := make([]themes.CauseResult, len(rs))
	for i, r := range rs {
		results[i] = tax.Score(r.Comment, themes.CauseWithScore(r.Score))
	}
	return tax.Distribution(results)
}

func dated(rs []nps.Response) bool {
	for _, r := range rs {
		if !r.Time.IsZero() {
			return true
		}
	}
	return false
}

func marshal(rep *report) ([]byte, error) {
	b, err := json.MarshalIndent(rep, "", "  ")
	return append(b, '\n'), err
}
