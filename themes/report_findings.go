package themes

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/verbatim-go/verbatim/nps"
)

// ReportFindingKind says where a finding comes from. Its declaration order
// is a tie-break of the findings' order.
type ReportFindingKind string

// The kinds of findings, in tie-break order.
const (
	// FindingChange: a significant drop between two periods, overall or
	// in a segment value, with the themes behind it.
	FindingChange ReportFindingKind = "change"
	// FindingTheme: a theme that costs points.
	FindingTheme ReportFindingKind = "theme"
	// FindingCause: a root cause that costs points (only when the themes
	// are discovered; otherwise the themes are the causes).
	FindingCause ReportFindingKind = "cause"
	// FindingEmerging: a theme that emerged in the latest period.
	FindingEmerging ReportFindingKind = "emerging"
	// FindingAlignment: whether the detractors point at one problem.
	FindingAlignment ReportFindingKind = "alignment"
	// FindingDiagnosis: a finding of nps.Diagnose (band, benchmark,
	// detractor share, segments, trend, sample, recovery target).
	FindingDiagnosis ReportFindingKind = "diagnosis"
	// FindingSentiment: comments whose wording contradicts their score.
	FindingSentiment ReportFindingKind = "sentiment"
	// FindingStrength: a theme that lifts the score.
	FindingStrength ReportFindingKind = "strength"
)

var findingKindOrder = []ReportFindingKind{FindingChange, FindingTheme, FindingCause, FindingEmerging,
	FindingAlignment, FindingDiagnosis, FindingSentiment, FindingStrength}

// Severity thresholds of a costly theme or cause, in points of the overall
// score its mentioners cost (leave-one-out impact).
const (
	FindingHighCost   = 5.0
	FindingMediumCost = 2.0
)

// ReportFinding is one plain-language conclusion of a report.
//
// Findings are ordered by Severity (most urgent first), then drops before
// everything else of the same severity (the domain's rule that direction
// matters more than a snapshot: a fall of 10+ points in one period means
// something broke recently), then by Cost (largest first), then by Kind in
// declaration order, then in the order
// their source gives them (nps's urgency order for diagnosis findings,
// the linkage order for themes), then by Subject and Message; Rank is the
// 1-based position in that order. A theme's or cause's severity follows
// its cost: high from FindingHighCost points, medium from
// FindingMediumCost, low below; a significant drop of at least the drop
// threshold within a segment is high, as is one of the overall score
// (critical when nps.Diagnose calls the same drop critical); smaller
// significant drops are medium.
type ReportFinding struct {
	Rank     int               `json:"rank"`
	Severity nps.Severity      `json:"severity"`
	Kind     ReportFindingKind `json:"kind"`
	// Diagnosis is the nps kind of a diagnosis finding.
	Diagnosis *nps.FindingKind `json:"diagnosis,omitempty"`
	// Subject is "overall", "trend", "column=value", a theme key or a
	// cause key.
	Subject string `json:"subject"`
	// From and To are the periods of a change.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Keys are the themes (or causes) the finding names, most important
	// first.
	Keys []string `json:"keys,omitempty"`
	// Cost is the NPS points of the overall score at stake: a theme's or
	// cause's leave-one-out impact, a drop's cost (ReportChange.Cost), for
	// a segment value significantly below the rest its share of the
	// responses times the gap; 0 when the finding has no such figure.
	Cost    float64 `json:"cost"`
	Message string  `json:"message"`
	// seq keeps the order of the finding's source as a tie-break.
	seq int
}

// findings gathers, ranks and numbers every finding.
func (r *analyzeRun) findings() []ReportFinding {
	var fs []ReportFinding
	changes, replaced := r.changeFindings()
	fs = append(fs, changes...)
	fs = append(fs, r.keyFindings(r.themeLink, FindingTheme)...)
	if r.keys.source != ReportSourceCauses {
		fs = append(fs, r.keyFindings(r.causeLink, FindingCause)...)
	}
	fs = append(fs, r.emergingFindings()...)
	fs = append(fs, r.alignmentFinding()...)
	for i, f := range r.rep.Diagnosis.Findings {
		if i == replaced {
			continue
		}
		k := f.Kind
		fs = append(fs, ReportFinding{Severity: f.Severity, Kind: FindingDiagnosis, Diagnosis: &k, Subject: f.Subject,
			Cost: r.segmentCost(f), Message: f.Message, seq: i})
	}
	fs = append(fs, r.sentimentFinding()...)
	fs = append(fs, r.strengthFinding()...)
	slices.SortStableFunc(fs, compareFindings)
	for i := range fs {
		fs[i].Rank = i + 1
	}
	return fs
}

func compareFindings(a, b ReportFinding) int {
	return cmp.Or(
		cmp.Compare(b.Severity, a.Severity),
		cmp.Compare(isChange(b), isChange(a)),
		cmp.Compare(b.Cost, a.Cost),
		cmp.Compare(slices.Index(findingKindOrder, a.Kind), slices.Index(findingKindOrder, b.Kind)),
		cmp.Compare(a.seq, b.seq),
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Message, b.Message),
	)
}

// isChange is 1 for a drop between periods, 0 otherwise.
func isChange(f ReportFinding) int {
	if f.Kind == FindingChange {
		return 1
	}
	return 0
}

// segmentCost is, for a diagnosis finding on a segment value significantly
// below the rest, the points the overall score would gain if the value
// scored like the rest: its share of the responses times the gap.
func (r *analyzeRun) segmentCost(f nps.Finding) float64 {
	if f.Kind != nps.KindSegment {
		return 0
	}
	for _, b := range r.rep.Segments {
		for _, g := range b.Groups {
			d := g.VsRest.Difference
			if b.By+"="+g.Key != f.Subject || d == nil || !d.Significant || d.Points >= 0 || b.Overall.N == 0 {
				continue
			}
			return -d.Points * float64(g.Summary.N) / float64(b.Overall.N)
		}
	}
	return 0
}

// changeFindings states every drop. The overall drop replaces the
// diagnosis's finding on the same periods (whose index is returned, -1
// for none), keeping the higher severity, so the drop is stated once with
// the themes behind it.
func (r *analyzeRun) changeFindings() ([]ReportFinding, int) {
	replaced := -1
	var out []ReportFinding
	for i, c := range r.rep.Changes {
		f := ReportFinding{Severity: nps.SeverityMedium, Kind: FindingChange, Subject: c.Subject, From: c.From, To: c.To,
			Keys: c.Drivers, Cost: c.Cost, Message: r.changeMessage(c), seq: i}
		if -c.Points >= r.cfg.dropPoints {
			f.Severity = nps.SeverityHigh
		}
		if c.Column == "" {
			for j, d := range r.rep.Diagnosis.Findings {
				if d.Kind == nps.KindTrend && strings.Contains(d.Message, " from "+c.From+" to "+c.To+" ") {
					replaced, f.Severity = j, max(f.Severity, d.Severity)
					break
				}
			}
		}
		out = append(out, f)
	}
	return out, replaced
}

func (r *analyzeRun) changeMessage(c ReportChange) string {
	d := c.Change.Difference
	var b strings.Builder
	fmt.Fprintf(&b, "%s: NPS fell %.1f points from %s to %s (%+.1f to %+.1f; %s", c.Subject, -c.Points, c.From, c.To,
		c.Themes.Before.NPS, c.Themes.After.NPS, findingP("p", d.PValue))
	if c.Tests > 1 {
		fmt.Fprintf(&b, ", %s over %d comparisons", findingP("adjusted p", c.AdjustedP), c.Tests)
	}
	b.WriteString(")")
	if len(c.Drivers) > 0 {
		b.WriteString("; behind it: ")
		for i, k := range c.Drivers {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s (%+.1f points)", r.label(k), findingRowTotal(c.Themes, k))
		}
	}
	if c.Column != "" {
		fmt.Fprintf(&b, "; it cost the overall score %.1f points in %s", c.Cost, c.To)
	}
	return b.String()
}

func findingRowTotal(s Shift, key string) float64 {
	for _, row := range s.Rows {
		if row.Key == key && !row.NoMention {
			return row.Total
		}
	}
	return 0
}

// findingP prints a p-value to three decimals, "< 0.001" below that.
func findingP(name string, p float64) string {
	if p < 0.001 {
		return name + " < 0.001"
	}
	return fmt.Sprintf("%s = %.3f", name, p)
}

// findingSeverity grades a cost in points.
func findingSeverity(cost float64) nps.Severity {
	switch {
	case cost >= FindingHighCost:
		return nps.SeverityHigh
	case cost >= FindingMediumCost:
		return nps.SeverityMedium
	}
	return nps.SeverityLow
}

// keyFindings states every key whose mentioners significantly lower the
// score.
func (r *analyzeRun) keyFindings(lk Linkage, kind ReportFindingKind) []ReportFinding {
	var out []ReportFinding
	for i, k := range lk.Keys {
		if k.Impact == nil || !k.Impact.Significant || k.Impact.Points >= 0 {
			continue
		}
		cost := -k.Impact.Points
		label := r.label(k.Key)
		if kind == FindingCause {
			label = r.causeLabel(Cause(k.Key))
		}
		msg := fmt.Sprintf("%s: raised by %d responses (%.1f%%), %.0f%% of all detractors; their NPS is %+.1f, and without them the score would be %.1f points higher (%.0f%% interval %.1f to %.1f)",
			label, k.Mentions, 100*k.Share, 100*k.DetractorReach, k.Mentioners.NPS, cost, 100*k.Impact.Confidence, -k.Impact.High, -k.Impact.Low)
		if fix := r.keyFix(k.Key, kind); fix != "" {
			msg += "; " + fix
		}
		out = append(out, ReportFinding{Severity: findingSeverity(cost), Kind: kind, Subject: k.Key, Keys: []string{k.Key}, Cost: cost, Message: msg, seq: i})
	}
	return out
}

// keyFix names the dominant cause of a theme (the cause itself for a
// cause) and its fix.
func (r *analyzeRun) keyFix(key string, kind ReportFindingKind) string {
	c := Cause(key)
	if kind == FindingTheme && r.keys.source != ReportSourceCauses {
		c = r.dominantCause(key)
	}
	d, ok := r.cfg.taxonomy.Cause(c)
	if !ok || c == CauseNone || d.Fix == "" {
		return ""
	}
	if kind == FindingTheme && r.keys.source != ReportSourceCauses {
		return fmt.Sprintf("main cause: %s; fix: %s", strings.ToLower(d.Label), d.Fix)
	}
	return "fix: " + d.Fix
}

// dominantCause is the stated cause most of a theme's comments give.
func (r *analyzeRun) dominantCause(key string) Cause {
	for _, t := range r.rep.Themes.Items {
		if t.Key == key {
			return t.Causes.DominantStated
		}
	}
	return CauseNone
}

// emergingFindings states the themes that emerged in the latest period.
func (r *analyzeRun) emergingFindings() []ReportFinding {
	var out []ReportFinding
	for i, m := range r.rep.Themes.Moves {
		if !m.Emerging {
			continue
		}
		out = append(out, ReportFinding{Severity: nps.SeverityMedium, Kind: FindingEmerging, Subject: m.Key, To: m.To, Keys: []string{m.Key},
			Message: fmt.Sprintf("%s emerged in %s: %.1f%% of responses, up from %.1f%% before", r.label(m.Key), m.To, 100*m.ToShare, 100*derefOr(m.EarlierShare, 0)), seq: i})
	}
	return out
}

func derefOr(p *float64, v float64) float64 {
	if p == nil {
		return v
	}
	return *p
}

// alignmentFinding reads the concentration of the detractors' themes.
func (r *analyzeRun) alignmentFinding() []ReportFinding {
	a := r.rep.Alignment
	if a.Measure == nil || len(a.Measure.Top) == 0 {
		return nil
	}
	m := a.Measure
	f := ReportFinding{Severity: nps.SeverityMedium, Kind: FindingAlignment, Subject: "detractors", Keys: m.Top}
	top := r.label(m.Top[0])
	switch a.Verdict {
	case AlignmentAligned:
		f.Message = fmt.Sprintf("detractors point at one problem: %.0f%% of those who give a reason raise %s; that is the root cause to fix", 100*m.TopShare, top)
	case AlignmentFew:
		f.Severity = nps.SeverityLow
		f.Message = fmt.Sprintf("detractors point at a few problems: the top %d themes reach %.0f%% of those who give a reason (%s first, %.0f%%)", len(m.Top), 100*m.Top3Share, top, 100*m.TopShare)
	default:
		f.Message = fmt.Sprintf("detractors' complaints are scattered: the top %d themes reach only %.0f%% of those who give a reason; several problems at once, or the segmentation or survey design is off", len(m.Top), 100*m.Top3Share)
	}
	return []ReportFinding{f}
}

// sentimentFinding reports comments that contradict their score.
func (r *analyzeRun) sentimentFinding() []ReportFinding {
	s := r.rep.Sentiment
	n := s.PromoterNegative + s.DetractorPositive
	if n == 0 {
		return nil
	}
	return []ReportFinding{{Severity: nps.SeverityInfo, Kind: FindingSentiment, Subject: "overall", Message: fmt.Sprintf(
		"%d promoters wrote clearly negative comments and %d detractors clearly positive ones (%.1f%% of comments): read them before acting on their scores; many point at a misread scale",
		s.PromoterNegative, s.DetractorPositive, 100*float64(n)/float64(max(s.Comments, 1)))}}
}

// strengthFinding names the theme that lifts the score most.
func (r *analyzeRun) strengthFinding() []ReportFinding {
	keys := r.themeLink.Keys
	for i := len(keys) - 1; i >= 0; i-- {
		k := keys[i]
		if k.Impact == nil || !k.Impact.Significant || k.Impact.Points <= 0 {
			continue
		}
		return []ReportFinding{{Severity: nps.SeverityInfo, Kind: FindingStrength, Subject: k.Key, Keys: []string{k.Key}, Message: fmt.Sprintf(
			"%s lifts the score: %d responses (%.1f%%) with NPS %+.1f, worth %.1f points; protect it and replicate it across segments",
			r.label(k.Key), k.Mentions, 100*k.Share, k.Mentioners.NPS, k.Impact.Points)}}
	}
	return nil
}
