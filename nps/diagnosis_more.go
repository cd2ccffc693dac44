package nps

import "fmt"

// groupFindings flags a breakdown group that differs significantly from
// the rest, or whose detractor share raises an alert that the overall
// score does not (repeating the overall alert for every segment would bury
// the segment that an overall score hides).
func groupFindings(by string, g Group, overall []DetractorAlert) []Finding {
	subject := by + "=" + g.Key
	var out []Finding
	if d := g.VsRest.Difference; d != nil && d.Significant {
		if d.Points < 0 {
			out = append(out, Finding{SeverityHigh, KindSegment, subject, fmt.Sprintf(
				"NPS %+.1f, %.1f points below the rest (%s, %d responses): look here first",
				g.Summary.NPS, -d.Points, pText(d.PValue), g.Summary.N)})
		} else {
			out = append(out, Finding{SeverityInfo, KindSegment, subject, fmt.Sprintf(
				"NPS %+.1f, %.1f points above the rest (%s, %d responses): learn what works here",
				g.Summary.NPS, d.Points, pText(d.PValue), g.Summary.N)})
		}
	}
	if len(g.Alerts) == 0 || containsAlert(overall, g.Alerts[0]) {
		return out
	}
	if f := alertFinding(subject, g.Summary, g.Alerts); f.Severity > SeverityLow {
		f.Kind = KindSegment
		f.Severity-- // a segment's alert ranks just below the same alert overall
		out = append(out, f)
	}
	return out
}

// trendFindings reads drops, sustained declines and the direction.
func trendFindings(t Trend, band Band) []Finding {
	var out []Finding
	lastIdx := lastChange(t)
	for i, p := range t.Points {
		if p.Change == nil || !p.Change.Drop {
			continue
		}
		out = append(out, dropFinding(p, i == lastIdx))
	}
	for _, r := range t.Declines {
		sev := SeverityLow
		if lastIdx >= 0 && r.To == t.Points[lastIdx].Label {
			sev = SeverityHigh
		}
		out = append(out, Finding{sev, KindTrend, "trend", fmt.Sprintf(
			"NPS fell over %d consecutive %ss, %s to %s (%+.1f points, %s): a slow decline points to a systemic cause",
			r.Changes, t.Period, r.From, r.To, r.Points, evidence(r.Comparison))})
	}
	switch t.Direction {
	case Improving:
		out = append(out, Finding{SeverityInfo, KindTrend, "trend",
			"improving: check that it holds over several periods, segments and channels before calling it lasting"})
	case Stable:
		if band <= BelowStandard {
			out = append(out, Finding{SeverityMedium, KindTrend, "trend",
				"low but stable: more likely a positioning or market problem than something that broke recently"})
		}
	}
	return out
}

func dropFinding(p TrendPoint, latest bool) Finding {
	ch := p.Change
	sev := SeverityMedium
	what := "earlier drop"
	if latest {
		what = "latest change"
		if ch.Significant {
			sev = SeverityCritical
		}
	}
	return Finding{sev, KindTrend, "trend", fmt.Sprintf(
		"%s: NPS fell %.1f points from %s to %s (%s); a drop this size means something broke recently: a release, a price change, a reorganization, a migration",
		what, -ch.Points, ch.From, p.Label, evidence(ch.Comparison))}
}

// evidence states a comparison's significance in words.
func evidence(cmp Comparison) string {
	d := cmp.Difference
	switch {
	case d == nil:
		return "too few responses to test"
	case d.Significant:
		return "significant, " + pText(d.PValue)
	}
	return "not significant, " + pText(d.PValue)
}

// pText prints a p-value to three decimals, "p < 0.001" below that.
func pText(p float64) string {
	if p < 0.001 {
		return "p < 0.001"
	}
	return fmt.Sprintf("p = %.3f", p)
}

func containsAlert(as []DetractorAlert, a DetractorAlert) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// lastChange returns the index of the last point with a change, or -1.
func lastChange(t Trend) int {
	for i := len(t.Points) - 1; i >= 0; i-- {
		if t.Points[i].Change != nil {
			return i
		}
	}
	return -1
}
