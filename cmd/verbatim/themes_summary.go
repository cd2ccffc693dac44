package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// themeSummary is one theme as the themes command reports it. Link is set
// when the data has scores: the theme's NPS among its mentioners, detractor
// lift and leave-one-out impact with intervals.
type themeSummary struct {
	ID       string                  `json:"id"`
	Label    string                  `json:"label"`
	Size     int                     `json:"size"`
	Share    float64                 `json:"share"`
	Terms    []string                `json:"terms"`
	Examples []themes.Representative `json:"examples"`
	Link     *themes.LinkKey         `json:"link,omitempty"`
}

type themesReport struct {
	Comments int            `json:"comments"`
	NoTheme  int            `json:"no_theme"`
	Scored   bool           `json:"scored"`
	Themes   []themeSummary `json:"themes"`
}

// themeTermsShown is how many top terms each theme lists.
const themeTermsShown = 6

func allScored(rs []nps.Response) bool {
	for _, r := range rs {
		if r.Score == nps.NoScore {
			return false
		}
	}
	return len(rs) > 0
}

func themeMentions(mem [][]themes.Membership) [][]themes.Mention {
	out := make([][]themes.Mention, len(mem))
	for i, ms := range mem {
		for _, m := range ms {
			out[i] = append(out[i], themes.Mention{Key: m.ID, Strength: m.Strength})
		}
	}
	return out
}

func summarizeThemes(ds *dataset, m *themes.Model, mem [][]themes.Membership) (themesReport, error) {
	rep := themesReport{Comments: len(ds.responses), Scored: allScored(ds.responses)}
	for _, ms := range mem {
		if len(ms) == 0 {
			rep.NoTheme++
		}
	}
	links := map[string]*themes.LinkKey{}
	if rep.Scored {
		lk, err := themes.Link(ds.responses, themeMentions(mem))
		if err != nil {
			return rep, dataError{err}
		}
		for i := range lk.Keys {
			links[lk.Keys[i].Key] = &lk.Keys[i]
		}
	}
	size := map[string]int{}
	for _, ms := range mem {
		if len(ms) > 0 {
			size[ms[0].ID]++
		}
	}
	for _, t := range m.Themes() {
		s := themeSummary{ID: t.ID, Label: t.Label, Size: size[t.ID], Examples: t.Representatives, Link: links[t.ID]}
		if rep.Comments > 0 {
			s.Share = float64(s.Size) / float64(rep.Comments)
		}
		for _, term := range t.Terms[:min(themeTermsShown, len(t.Terms))] {
			s.Terms = append(s.Terms, term.Display)
		}
		rep.Themes = append(rep.Themes, s)
	}
	return rep, nil
}

// themeAssignTable is the -assign contract: id,theme,themes,label. theme is
// the main theme's ID (empty for the no-theme group), themes every theme
// ID joined by ';' (strongest first), label the main theme's label.
func themeAssignTable(rows []themeRow) *table {
	t := &table{header: []string{"id", "theme", "themes", "label"}}
	for _, r := range rows {
		ids := make([]string, len(r.Themes))
		for i, m := range r.Themes {
			ids[i] = m.ID
		}
		main := ""
		if len(ids) > 0 {
			main = ids[0]
		}
		t.add(r.ID, main, strings.Join(ids, ";"), r.Label)
	}
	return t
}

func impactCell(k *themes.LinkKey) (nps, impact string) {
	if k == nil || k.Insufficient {
		return "", "insufficient evidence"
	}
	if k.Mentioners != nil {
		nps = signed(k.Mentioners.NPS)
	}
	if k.Impact != nil {
		impact = fmt.Sprintf("%s [%s, %s]", signed(k.Impact.Points), signed(k.Impact.Low), signed(k.Impact.High))
	}
	return nps, impact
}

func themeSummaryTable(rep themesReport) *table {
	t := &table{header: []string{"id", "label", "size", "share", "terms", "nps", "impact", "impact_low", "impact_high"}}
	for _, s := range rep.Themes {
		npsCell, imp, lo, hi := "", "", "", ""
		if k := s.Link; k != nil && !k.Insufficient {
			if k.Mentioners != nil {
				npsCell = fmt.Sprintf("%.2f", k.Mentioners.NPS)
			}
			if k.Impact != nil {
				imp, lo, hi = fmt.Sprintf("%.2f", k.Impact.Points), fmt.Sprintf("%.2f", k.Impact.Low), fmt.Sprintf("%.2f", k.Impact.High)
			}
		}
		t.add(s.ID, s.Label, fmt.Sprint(s.Size), fmt.Sprintf("%.4f", s.Share), strings.Join(s.Terms, ";"), npsCell, imp, lo, hi)
	}
	return t
}

func writeThemesMarkdown(w io.Writer, source string, rep themesReport) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Themes: %s\n\n%d comments in %d themes; %d comments carry no theme (empty, generic or content-free).\n\n",
		source, rep.Comments, len(rep.Themes), rep.NoTheme)
	header := []string{"theme", "comments", "share", "top terms"}
	if rep.Scored {
		header = append(header, "NPS of mentioners", "impact on NPS [95% CI]")
		b.WriteString("Impact: NPS of everyone minus NPS without the theme's mentioners (leave-one-out).\n\n")
	}
	t := &table{header: header}
	for _, s := range rep.Themes {
		cells := []string{s.Label, fmt.Sprint(s.Size), pct(s.Share), strings.Join(s.Terms, ", ")}
		if rep.Scored {
			n, imp := impactCell(s.Link)
			cells = append(cells, n, imp)
		}
		t.add(cells...)
	}
	if err := flush(w, &b); err != nil {
		return err
	}
	if err := t.markdown(w); err != nil {
		return err
	}
	for _, s := range rep.Themes {
		fmt.Fprintf(&b, "\n## %s (`%s`)\n\n", s.Label, s.ID)
		for _, ex := range s.Examples {
			fmt.Fprintf(&b, "- %s\n", markHighlights(ex))
		}
	}
	return flush(w, &b)
}

// markHighlights bolds the highlighted words of a representative comment.
func markHighlights(r themes.Representative) string {
	var b strings.Builder
	at := 0
	for _, h := range r.Highlights {
		if h.Start < at || h.End > len(r.Text) || h.Start >= h.End {
			continue
		}
		b.WriteString(r.Text[at:h.Start])
		b.WriteString("**" + r.Text[h.Start:h.End] + "**")
		at = h.End
	}
	b.WriteString(r.Text[at:])
	return strings.ReplaceAll(b.String(), "\n", " ")
}
