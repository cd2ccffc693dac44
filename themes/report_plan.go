package themes

import (
	"fmt"
	"slices"

	"github.com/verbatim-go/verbatim/nps"
)

// Plan is the 90-day recovery plan of a report, in the three phases of the
// domain brief: diagnose and stabilize (days 0-30), quick wins (31-60) and
// systemic fixes (61-90), with the realistic 90-day target for the
// starting score.
type Plan struct {
	// Start is the overall NPS the plan starts from, Band its band.
	Start float64  `json:"start"`
	Band  nps.Band `json:"band"`
	// Target is nps.Recovery(Start): the 90-day target range, or what to
	// do instead outside the brief's table.
	Target nps.RecoveryTarget `json:"target"`
	Phases []PlanPhase        `json:"phases"`
}

// PlanPhase is one phase of the plan.
type PlanPhase struct {
	Name    string   `json:"name"`
	FromDay int      `json:"from_day"`
	ToDay   int      `json:"to_day"`
	Goal    string   `json:"goal"`
	Actions []Action `json:"actions"`
}

// Action is one step of a plan phase.
type Action struct {
	Title string `json:"title"`
	// Key is the theme or cause the action is about, Cause its root cause
	// and Fix the cause's recommended fix.
	Key   string `json:"key,omitempty"`
	Cause Cause  `json:"cause,omitempty"`
	Fix   string `json:"fix,omitempty"`
	// Cost is the points the theme or cause costs the overall score
	// (leave-one-out impact), or the drop's cost.
	Cost float64 `json:"cost,omitempty"`
	// Responses is how many respondents the action concerns.
	Responses int64 `json:"responses,omitempty"`
	// Horizon is when the fix is expected to show in the score.
	Horizon *RecoveryHorizon `json:"horizon,omitempty"`
}

// The phase names and their day ranges.
const (
	PlanStabilize = "diagnose and stabilize"
	PlanQuickWins = "quick wins"
	PlanSystemic  = "systemic fixes"
)

// planTopIssues is how many recurring detractor issues phase 1 confirms:
// the brief's "find the top 5 recurring detractor issues".
const planTopIssues = 5

// plan builds the action plan from the linkage, the changes and the
// diagnosis.
func (r *analyzeRun) plan() Plan {
	s := r.rep.Summary
	p := Plan{Start: s.NPS, Band: nps.BandOf(s.NPS), Target: nps.Recovery(s.NPS)}
	quick := r.quickWinPhase()
	p.Phases = []PlanPhase{r.stabilizePhase(), quick, r.systemicPhase(quick.Actions)}
	return p
}

func (r *analyzeRun) stabilizePhase() PlanPhase {
	ph := PlanPhase{Name: PlanStabilize, FromDay: 0, ToDay: 30,
		Goal: "follow up more than 80% of detractors within 24 hours; confirm the top recurring detractor issues in the last 90 days"}
	ph.Actions = append(ph.Actions, Action{Title: "set up a 24-hour follow-up of every detractor, starting with those of the latest period",
		Responses: r.latestDetractors()})
	for _, c := range r.rep.Changes {
		a := Action{Title: fmt.Sprintf("find what broke in %s between %s and %s", c.Subject, c.From, c.To), Cost: c.Cost}
		if len(c.Drivers) > 0 {
			a.Key = c.Drivers[0]
			a.Title += ": start with " + r.label(c.Drivers[0])
		}
		ph.Actions = append(ph.Actions, a)
	}
	keys := slices.Clone(r.themeLink.Keys)
	slices.SortStableFunc(keys, func(a, b LinkKey) int { return int(b.Detractors - a.Detractors) })
	for _, k := range keys[:min(planTopIssues, len(keys))] {
		if k.Detractors == 0 {
			break
		}
		ph.Actions = append(ph.Actions, Action{Title: "confirm recurring detractor issue: " + r.label(k.Key), Key: k.Key, Responses: k.Detractors})
	}
	return ph
}

// latestDetractors counts the detractors of the latest period with
// responses (all detractors when no response is dated).
func (r *analyzeRun) latestDetractors() int64 {
	t := r.rep.Trend
	if t == nil {
		return r.rep.Summary.Detractors
	}
	for i := len(t.Points) - 1; i >= 0; i-- {
		if t.Points[i].Summary.N > 0 {
			return t.Points[i].Summary.Detractors
		}
	}
	return 0
}

// quickWinPhase takes on the costliest themes with their cause's fix.
func (r *analyzeRun) quickWinPhase() PlanPhase {
	ph := PlanPhase{Name: PlanQuickWins, FromDay: 31, ToDay: 60,
		Goal:    "fix the most costly recurring complaints and re-survey those who raised them; quick wins are worth +5 to +10 points in 30-60 days",
		Actions: []Action{}}
	for _, k := range r.themeLink.Keys {
		if len(ph.Actions) == r.cfg.quickWins {
			break
		}
		if k.Impact == nil || !k.Impact.Significant || k.Impact.Points >= 0 {
			continue
		}
		c := Cause(k.Key)
		if r.keys.source != ReportSourceCauses {
			c = r.dominantCause(k.Key)
		}
		a := Action{Title: "fix " + r.label(k.Key) + " and re-survey those who raised it", Key: k.Key, Cause: c,
			Cost: -k.Impact.Points, Responses: k.Mentions}
		if d, ok := r.cfg.taxonomy.Cause(c); ok && c != CauseNone {
			a.Fix = d.Fix
		}
		ph.Actions = append(ph.Actions, a)
	}
	return ph
}

// systemicPhase takes on the costly causes whose fixes take months, other
// than those a quick win already fixes, and a scattered picture's survey
// review.
func (r *analyzeRun) systemicPhase(quick []Action) PlanPhase {
	ph := PlanPhase{Name: PlanSystemic, FromDay: 61, ToDay: 90,
		Goal:    "start the fixes that take months (product gaps, expectations, feedback loop, misalignment, service processes); bring the detractor share below 20%",
		Actions: []Action{}}
	for _, it := range r.rep.Causes.Items {
		k := it.Link
		if k.Impact == nil || !k.Impact.Significant || k.Impact.Points >= 0 || it.Recovery.Term == "quick" ||
			slices.ContainsFunc(quick, func(a Action) bool { return a.Cause == it.Cause }) {
			continue
		}
		h := it.Recovery
		title := "systemic fix of " + it.Label
		if h.Term == "measurement" {
			title = "fix the measurement: " + it.Label
		}
		ph.Actions = append(ph.Actions, Action{Title: title, Key: k.Key, Cause: it.Cause, Fix: it.Fix,
			Cost: -k.Impact.Points, Responses: k.Mentions, Horizon: &h})
	}
	if r.rep.Alignment.Verdict == AlignmentScattered {
		ph.Actions = append(ph.Actions, Action{Title: "review segmentation, survey targeting and timing: detractors' complaints are scattered"})
	}
	return ph
}

// report gathers the findings and the plan.
func (r *analyzeRun) report() error {
	r.progress(StageReport, 0, 1)
	r.rep.Findings = r.findings()
	r.rep.Plan = r.plan()
	r.progress(StageReport, 1, 1)
	return nil
}
