package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// causeSummary is one cause across the data set.
type causeSummary struct {
	Cause    themes.Cause `json:"cause"`
	Label    string       `json:"label"`
	Comments int          `json:"comments"` // comments ranking the cause
	Main     int          `json:"main"`     // comments whose main cause it is
	Share    float64      `json:"share"`    // Comments / all comments
	// Detractors counts the detractors ranking the cause and
	// DetractorShare their share of all detractors.
	Detractors     int                    `json:"detractors"`
	DetractorShare float64                `json:"detractor_share"`
	Fix            string                 `json:"fix,omitempty"`
	Recovery       themes.RecoveryHorizon `json:"recovery"`
	Examples       []causeExample         `json:"examples,omitempty"`
}

type causeExample struct {
	ID       string   `json:"id"`
	Comment  string   `json:"comment"`
	Evidence []string `json:"evidence"`
}

type causesReport struct {
	Comments   int            `json:"comments"`
	Detractors int            `json:"detractors"`
	Causes     []causeSummary `json:"causes"`
}

const causeExamples = 3

func summarizeCauses(tax *themes.Taxonomy, rs []nps.Response, rows []causeRow) causesReport {
	rep := causesReport{Comments: len(rs)}
	idx := map[themes.Cause]int{}
	for _, def := range tax.Causes() {
		idx[def.Key] = len(rep.Causes)
		rep.Causes = append(rep.Causes, causeSummary{Cause: def.Key, Label: def.Label, Fix: def.Fix, Recovery: def.Recovery})
	}
	type cand struct {
		row   int
		score float64
	}
	best := make([][]cand, len(rep.Causes))
	for i, row := range rows {
		det := rs[i].Score >= 0 && rs[i].Score <= 6
		if det {
			rep.Detractors++
		}
		for j, c := range row.Result.Ranked {
			k, ok := idx[c.Cause]
			if !ok {
				continue
			}
			s := &rep.Causes[k]
			s.Comments++
			if j == 0 {
				s.Main++
			}
			if det {
				s.Detractors++
			}
			best[k] = append(best[k], cand{i, c.Score})
		}
	}
	for k := range rep.Causes {
		s := &rep.Causes[k]
		if rep.Comments > 0 {
			s.Share = float64(s.Comments) / float64(rep.Comments)
		}
		if rep.Detractors > 0 {
			s.DetractorShare = float64(s.Detractors) / float64(rep.Detractors)
		}
		if s.Cause == themes.CauseNone {
			continue
		}
		// The strongest examples first; ties by input order.
		sort.SliceStable(best[k], func(a, b int) bool { return best[k][a].score > best[k][b].score })
		for _, c := range best[k][:min(causeExamples, len(best[k]))] {
			ex := causeExample{ID: rs[c.row].ID, Comment: rs[c.row].Comment}
			for _, x := range rows[c.row].Result.Evidence {
				if x.Cause == s.Cause && !x.Negated && x.Weight > 0 {
					ex.Evidence = append(ex.Evidence, x.Text)
				}
			}
			s.Examples = append(s.Examples, ex)
		}
	}
	return rep
}

func causeSummaryTable(rep causesReport) *table {
	t := &table{header: []string{"cause", "comments", "main", "share", "detractors", "detractor_share", "recovery_term"}}
	for _, s := range rep.Causes {
		t.add(string(s.Cause), fmt.Sprint(s.Comments), fmt.Sprint(s.Main), fmt.Sprintf("%.4f", s.Share),
			fmt.Sprint(s.Detractors), fmt.Sprintf("%.4f", s.DetractorShare), s.Recovery.Term)
	}
	return t
}

func writeCausesMarkdown(w io.Writer, source string, rep causesReport) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Root causes: %s\n\n%d comments, %d detractors.\n\n", source, rep.Comments, rep.Detractors)
	t := &table{header: []string{"cause", "comments", "share", "detractors", "of all detractors", "fix"}}
	for _, s := range rep.Causes {
		t.add(s.Label, fmt.Sprint(s.Comments), pct(s.Share), fmt.Sprint(s.Detractors), pct(s.DetractorShare), s.Fix)
	}
	if err := flush(w, &b); err != nil {
		return err
	}
	if err := t.markdown(w); err != nil {
		return err
	}
	for _, s := range rep.Causes {
		if len(s.Examples) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n## %s\n\n", s.Label)
		for _, ex := range s.Examples {
			fmt.Fprintf(&b, "- %s: %q (evidence: %s)\n", ex.ID, ex.Comment, strings.Join(ex.Evidence, ", "))
		}
	}
	return flush(w, &b)
}
