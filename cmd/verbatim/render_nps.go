package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-go/verbatim/nps"
)

// writeNPSMarkdown renders the nps report for people: the score, the
// diagnosis, the findings by urgency, then the segment and trend tables.
func writeNPSMarkdown(w io.Writer, rep *npsReport) error {
	var b strings.Builder
	d := rep.Diagnosis
	s := d.Overall
	fmt.Fprintf(&b, "# NPS: %s\n\n", rep.Source)
	fmt.Fprintf(&b, "**NPS %s** (95%% CI %s to %s) from %d responses: %s promoters, %s passives, %s detractors.\n\n",
		signed(s.NPS), signed(s.Low), signed(s.High), s.N, pct(s.PromoterShare), pct(s.PassiveShare), pct(s.DetractorShare))
	if rep.Rejected > 0 {
		fmt.Fprintf(&b, "%d rows were rejected and are not counted (listed on standard error).\n\n", rep.Rejected)
	}
	fmt.Fprintf(&b, "Band: **%s**: %s.\n", d.Band, d.Action)
	if d.Benchmark != nil {
		fmt.Fprintf(&b, "Benchmark: %s average %s, gap %s: %s.\n", d.Benchmark.Benchmark.Name,
			signed(d.Benchmark.Benchmark.Average), signed(d.Benchmark.Gap), d.Benchmark.Verdict)
	}
	if r := d.Recovery; r != nil && r.Covered {
		fmt.Fprintf(&b, "90-day target: %s to %s (%s).\n", signed(r.Low), signed(r.High), r.Focus)
	}
	b.WriteString("\n## Findings\n\n")
	for _, f := range d.Findings {
		fmt.Fprintf(&b, "- **%s** (%s): %s\n", f.Severity, f.Subject, f.Message)
	}
	for _, bd := range rep.Segments {
		fmt.Fprintf(&b, "\n## By %s\n\n", bd.By)
		if err := flush(w, &b); err != nil {
			return err
		}
		if err := groupTable(bd).markdown(w); err != nil {
			return err
		}
	}
	fmt.Fprintf(&b, "\n## Trend by %s\n\n", rep.Trend.Period)
	if err := flush(w, &b); err != nil {
		return err
	}
	if err := trendTable(rep.Trend).markdown(w); err != nil {
		return err
	}
	fmt.Fprintf(&b, "\nDirection: %s.", rep.Trend.Direction)
	if len(rep.Trend.Drops) > 0 {
		fmt.Fprintf(&b, " Drops of 10+ points: %s.", strings.Join(rep.Trend.Drops, ", "))
	}
	b.WriteString("\n")
	return flush(w, &b)
}

func flush(w io.Writer, b *strings.Builder) error {
	_, err := io.WriteString(w, b.String())
	b.Reset()
	return err
}

func groupTable(bd nps.Breakdown) *table {
	t := &table{header: []string{bd.By, "n", "NPS", "95% CI", "detractors", "vs rest", "band"}}
	for _, g := range bd.Groups {
		s := g.Summary
		t.add(g.Key, fmt.Sprint(s.N), signed(s.NPS), signed(s.Low)+" to "+signed(s.High),
			pct(s.DetractorShare), g.Position.String(), g.Band.String())
	}
	return t
}

func trendTable(tr nps.Trend) *table {
	t := &table{header: []string{tr.Period.String(), "n", "NPS", "95% CI", "change", "p", "significant"}}
	for _, p := range tr.Points {
		s := p.Summary
		change, pv, sig := "", "", ""
		if c := p.Change; c != nil {
			change = signed(c.Points)
			if d := c.Comparison.Difference; d != nil {
				pv = fmt.Sprintf("%.3f", d.PValue)
				sig = fmt.Sprint(c.Significant)
			} else {
				sig = "insufficient evidence"
			}
		}
		ci := ""
		if s.N > 0 {
			ci = signed(s.Low) + " to " + signed(s.High)
		}
		t.add(p.Label, fmt.Sprint(s.N), signed(s.NPS), ci, change, pv, sig)
	}
	return t
}
