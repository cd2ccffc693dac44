package nps

import "fmt"

// Diagnosis reads a summary against the domain thresholds: band,
// benchmark, detractor share, 90-day target, and findings ordered by
// urgency (see SortFindings), including those drawn from breakdowns and a
// trend when given (WithBreakdowns, WithTrend).
type Diagnosis struct {
	Overall Summary `json:"overall"`
	// Band and Action are absent (zero, "invalid") for an empty summary.
	Band      Band             `json:"band"`
	Action    string           `json:"action,omitempty"`
	Benchmark *BenchmarkResult `json:"benchmark,omitempty"`
	Alerts    []DetractorAlert `json:"alerts,omitempty"`
	Recovery  *RecoveryTarget  `json:"recovery,omitempty"`
	Findings  []Finding        `json:"findings"`
}

// Diagnose diagnoses an overall summary. It reads WithBenchmark (or
// WithIndustry), WithMinSample (for the small-sample finding),
// WithBreakdowns and WithTrend; intervals and comparisons are taken as
// they are in the summary, breakdowns and trend given.
func Diagnose(overall Summary, opts ...Option) Diagnosis {
	c := newConfig(opts)
	d := Diagnosis{Overall: overall, Findings: []Finding{}}
	if overall.N == 0 {
		d.Findings = append(d.Findings, Finding{SeverityMedium, KindSample, "overall",
			"no responses: nothing to diagnose"})
		return d
	}
	d.Band = BandOf(overall.NPS)
	d.Action = d.Band.Action()
	d.Alerts = DetractorAlerts(overall)
	r := Recovery(overall.NPS)
	d.Recovery = &r
	d.add(sampleFinding(overall, &c))
	d.add(bandFinding(overall))
	d.add(alertFinding("overall", overall, d.Alerts))
	d.add(recoveryFinding(r))
	if c.benchmark != nil {
		b := CompareBenchmark(overall.NPS, *c.benchmark)
		d.Benchmark = &b
		d.add(benchmarkFinding(overall, b))
	}
	for _, b := range c.breakdowns {
		for _, g := range b.Groups {
			d.add(groupFindings(b.By, g, d.Alerts)...)
		}
	}
	if c.trend != nil {
		d.add(trendFindings(*c.trend, d.Band)...)
	}
	SortFindings(d.Findings)
	return d
}

// add appends the findings that are set (a zero Finding means none).
func (d *Diagnosis) add(fs ...Finding) {
	for _, f := range fs {
		if f.Severity != 0 {
			d.Findings = append(d.Findings, f)
		}
	}
}

func sampleFinding(s Summary, c *statConfig) Finding {
	if s.EffectiveN >= c.minSample {
		return Finding{}
	}
	return Finding{SeverityMedium, KindSample, "overall", fmt.Sprintf(
		"only %d responses (effective %.1f, below %g): the score %+.1f could lie anywhere from %+.1f to %+.1f; treat this diagnosis as tentative",
		s.N, s.EffectiveN, c.minSample, s.NPS, s.Low, s.High)}
}

var bandSeverity = []Severity{0, SeverityCritical, SeverityHigh, SeverityMedium, SeverityLow,
	SeverityInfo, SeverityInfo, SeverityInfo}

func bandFinding(s Summary) Finding {
	b := BandOf(s.NPS)
	return Finding{bandSeverity[b], KindBand, "overall", fmt.Sprintf(
		"NPS %+.1f (%.0f%% interval %+.1f to %+.1f) is in the %q band: %s",
		s.NPS, 100*s.Confidence, s.Low, s.High, b.String(), b.Action())}
}

// alertFinding reports the most severe detractor alert, if any.
func alertFinding(subject string, s Summary, alerts []DetractorAlert) Finding {
	if len(alerts) == 0 {
		return Finding{}
	}
	d := 100 * s.DetractorShare
	switch alerts[0] {
	case QualityProblem:
		return Finding{SeverityCritical, KindDetractors, subject, fmt.Sprintf(
			"%.1f%% detractors (30%% or more): a quality problem that marketing or pricing cannot fix", d)}
	case ImmediateAction:
		return Finding{SeverityHigh, KindDetractors, subject, fmt.Sprintf(
			"%.1f%% detractors (above 25%%): immediate action required; follow up every detractor within 24 hours", d)}
	}
	return Finding{SeverityLow, KindDetractors, subject, fmt.Sprintf(
		"only %.1f%% detractors but %.1f%% passives: passives, not detractors, hold the score down", d, 100*s.PassiveShare)}
}

func recoveryFinding(r RecoveryTarget) Finding {
	if !r.Covered {
		return Finding{SeverityInfo, KindRecovery, "overall", r.Focus}
	}
	return Finding{SeverityInfo, KindRecovery, "overall", fmt.Sprintf(
		"realistic 90-day target from %+.1f: %+.0f to %+.0f, through %s", r.Start, r.Low, r.High, r.Focus)}
}

var verdictSeverity = []Severity{0, SeverityInfo, SeverityInfo, SeverityMedium, SeverityHigh, SeverityHigh}

func benchmarkFinding(s Summary, b BenchmarkResult) Finding {
	var msg string
	switch b.Verdict {
	case VerdictBad:
		msg = fmt.Sprintf("NPS %+.1f is below %s's bad threshold %+.0f (average %+.0f)",
			s.NPS, b.Benchmark.Name, b.Benchmark.BadBelow, b.Benchmark.Average)
	case VerdictProblem:
		msg = fmt.Sprintf("NPS %+.1f is %.1f points below the %s average %+.0f: a problem competitors don't have",
			s.NPS, -b.Gap, b.Benchmark.Name, b.Benchmark.Average)
	default:
		msg = fmt.Sprintf("NPS %+.1f is %s for %s (average %+.0f, gap %+.1f)",
			s.NPS, b.Verdict.String(), b.Benchmark.Name, b.Benchmark.Average, b.Gap)
	}
	return Finding{verdictSeverity[b.Verdict], KindBenchmark, "overall", msg}
}
