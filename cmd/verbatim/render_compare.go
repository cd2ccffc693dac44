package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-go/verbatim/themes"
)

func shiftTable(s themes.Shift) *table {
	t := &table{header: []string{"key", "share_before", "share_after", "nps_before", "nps_after", "mix", "rate", "total"}}
	opt := func(p *float64) string {
		if p == nil {
			return ""
		}
		return fmt.Sprintf("%.2f", *p)
	}
	for _, r := range s.Rows {
		key := r.Key
		if r.NoMention {
			key = "(no cause)"
		}
		if len(r.Pooled) > 0 {
			key = "(other: " + strings.Join(r.Pooled, ";") + ")"
		}
		t.add(key, fmt.Sprintf("%.4f", r.ShareBefore), fmt.Sprintf("%.4f", r.ShareAfter), opt(r.NPSBefore), opt(r.NPSAfter),
			fmt.Sprintf("%.2f", r.Mix), fmt.Sprintf("%.2f", r.Rate), fmt.Sprintf("%.2f", r.Total))
	}
	return t
}

func writeCompareMarkdown(w io.Writer, rep compareReport) error {
	var b strings.Builder
	s := rep.Causes
	fmt.Fprintf(&b, "# Compare: %s vs %s (%s)\n\n", s.From, s.To, rep.Source)
	if len(rep.Where) > 0 {
		fmt.Fprintf(&b, "Only responses with %s.\n\n", strings.Join(rep.Where, " and "))
	}
	fmt.Fprintf(&b, "NPS %s (n=%d) then %s (n=%d): change **%s**", signed(s.Before.NPS), s.Before.N, signed(s.After.NPS), s.After.N, signed(s.Points))
	switch d := s.Change.Difference; {
	case s.Change.Insufficient || d == nil:
		fmt.Fprintf(&b, ", insufficient evidence (%s).\n", s.Change.Reason)
	default:
		verdict := "not significant"
		if d.Significant {
			verdict = "significant"
		}
		fmt.Fprintf(&b, ", 95%% CI %s to %s, p = %.3f: %s.\n", signed(d.Low), signed(d.High), d.PValue, verdict)
	}
	if s.Insufficient {
		fmt.Fprintf(&b, "\nToo few responses to attribute the change: %s.\n", s.Reason)
		return flush(w, &b)
	}
	b.WriteString("\n## The causes behind it\n\nMix: the change from how often a cause is mentioned; rate: the change in NPS among those who mention it. The rows add up to the change; the residual is what they do not explain.\n\n")
	if err := flush(w, &b); err != nil {
		return err
	}
	if err := shiftTable(s).markdown(w); err != nil {
		return err
	}
	fmt.Fprintf(&b, "\nExplained %s, residual %s.\n", signed(s.Explained), signed(s.Residual))
	return flush(w, &b)
}
