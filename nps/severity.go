package nps

import "sort"

// Severity ranks a finding by urgency; higher is more urgent.
type Severity int8

// The severities, least urgent first; the zero value is invalid.
const (
	SeverityInfo Severity = iota + 1
	SeverityLow
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

var severityNames = []string{"", "info", "low", "medium", "high", "critical"}

// String returns the severity's name.
func (s Severity) String() string { return nameOf(severityNames, int(s)) }

// MarshalText encodes the severity as its name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a severity name.
func (s *Severity) UnmarshalText(p []byte) error {
	n, err := indexOf(severityNames, "severity", p)
	*s = Severity(n)
	return err
}

// FindingKind says what a finding is about. Its order is the tie-break
// between findings of equal severity: what moves (trend) first, then the
// detractor share, the band, the benchmark, segments, the sample and the
// recovery target.
type FindingKind int8

// The finding kinds; the zero value is invalid.
const (
	KindTrend FindingKind = iota + 1
	KindDetractors
	KindBand
	KindBenchmark
	KindSegment
	KindSample
	KindRecovery
)

var kindNames = []string{"", "trend", "detractors", "band", "benchmark", "segment", "sample", "recovery"}

// String returns the kind's name.
func (k FindingKind) String() string { return nameOf(kindNames, int(k)) }

// MarshalText encodes the kind as its name.
func (k FindingKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind name.
func (k *FindingKind) UnmarshalText(p []byte) error {
	n, err := indexOf(kindNames, "finding kind", p)
	*k = FindingKind(n)
	return err
}

// Finding is one plain-language conclusion.
type Finding struct {
	Severity Severity    `json:"severity"`
	Kind     FindingKind `json:"kind"`
	// Subject is what the finding is about: "overall", "trend" or
	// "column=value" for a breakdown group.
	Subject string `json:"subject"`
	Message string `json:"message"`
}

// SortFindings orders findings by urgency: severity (most urgent first),
// then kind, subject and message, so the order never depends on how the
// findings were gathered.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case a.Severity != b.Severity:
			return a.Severity > b.Severity
		case a.Kind != b.Kind:
			return a.Kind < b.Kind
		case a.Subject != b.Subject:
			return a.Subject < b.Subject
		}
		return a.Message < b.Message
	})
}
