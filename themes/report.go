package themes

import (
	"github.com/verbatim-go/verbatim/nps"
)

// ReportVersion is the version of the Report layout; it changes when a
// field changes meaning or is removed.
const ReportVersion = 1

// The sources of a report's themes (ReportThemes.Source).
const (
	// ReportSourceDiscovered: themes found in the comments by discovery.
	ReportSourceDiscovered = "discovered"
	// ReportSourceCauses: the root causes of the taxonomy stand in for
	// themes, one theme per cause.
	ReportSourceCauses = "causes"
)

// Report is what Analyze finds in a survey, ready for encoding/json: every
// field is exported with a JSON name, no number is NaN or infinite, maps
// are absent and every list is in a documented order, so the same input
// and settings give byte-identical JSON. Shares are fractions of 1; scores,
// impacts and costs are NPS points.
type Report struct {
	Version  int            `json:"version"`
	Settings ReportSettings `json:"settings"`
	// Responses counts the responses analysed, Commented those with a
	// comment that is not blank.
	Responses int `json:"responses"`
	Commented int `json:"commented"`
	// Summary is the overall score with its interval.
	Summary nps.Summary `json:"summary"`
	// Diagnosis reads the score against the domain thresholds, the
	// segments and the trend.
	Diagnosis nps.Diagnosis `json:"diagnosis"`
	// Segments holds one breakdown per segment column, in the order of
	// ReportSettings.Segments.
	Segments []nps.Breakdown `json:"segments"`
	// Trend is the score per period; nil when no response is dated.
	Trend *nps.Trend `json:"trend,omitempty"`
	// Metrics are the P50/P75/P95 of every operational metric for all
	// responses and per category (nps.MetricsByCategory); absent without
	// metrics.
	Metrics   []nps.MetricStats `json:"metrics,omitempty"`
	Themes    ReportThemes      `json:"themes"`
	Causes    ReportCauses      `json:"causes"`
	Sentiment ReportSentiment   `json:"sentiment"`
	// Alignment is the concentration of the detractors' themes (see
	// Alignment); the causes' own is in Causes.Alignment.
	Alignment Alignment `json:"alignment"`
	// Changes are the biggest significant drops between consecutive
	// periods: overall first, then within segment values, largest fall
	// first (ties by subject).
	Changes []ReportChange `json:"changes"`
	// Findings are the plain-language conclusions, most important first
	// (see ReportFinding for the order).
	Findings []ReportFinding `json:"findings"`
	Plan     Plan            `json:"plan"`
}

// ReportSettings records the settings a report was made with.
type ReportSettings struct {
	Seed       uint64         `json:"seed"`
	K          int            `json:"k"`
	Language   Language       `json:"language"`
	Benchmark  *nps.Benchmark `json:"benchmark,omitempty"`
	Segments   []string       `json:"segments"`
	Period     nps.Period     `json:"period"`
	Location   string         `json:"location"`
	MinSample  int            `json:"min_sample"`
	Confidence float64        `json:"confidence"`
	DropPoints float64        `json:"drop_points"`
	Taxonomy   string         `json:"taxonomy"`
}

// ReportThemes are the themes of the comments linked to the score.
type ReportThemes struct {
	// Source says where the themes come from: ReportSourceDiscovered or
	// ReportSourceCauses.
	Source string `json:"source"`
	// Note explains the source when it is not what the settings asked
	// for (too few comments with content to discover themes).
	Note string `json:"note,omitempty"`
	// Items are ordered as Linkage.Keys: most costly leave-one-out impact
	// first, themes without enough evidence last.
	Items []ReportTheme `json:"items"`
	// NoTheme describes the responses that raise no theme.
	NoTheme LinkRemainder `json:"no_theme"`
	// Moves tells which themes rise, fall or emerge over the periods
	// (LinkByPeriod); absent when no response is dated.
	Moves []LinkMove `json:"moves,omitempty"`
}

// ReportTheme is one theme with its link to the score, its causes and its
// sentiment.
type ReportTheme struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	// Terms are the theme's top terms, best first (discovered themes only).
	Terms []string `json:"terms,omitempty"`
	// Examples are representative comments, most representative first.
	Examples []ReportExample `json:"examples"`
	// Link holds mentions, shares, the mentioners' score, detractor lift,
	// the leave-one-out impact with its interval and the attribution.
	Link LinkKey `json:"link"`
	// Causes is the root-cause make-up of the theme's comments.
	Causes CauseDistribution `json:"causes"`
	// Sentiment summarises the sentiment of the theme's comments.
	Sentiment ReportSentimentGroup `json:"sentiment"`
}

// ReportExample is one comment quoted in a report.
type ReportExample struct {
	ID      string `json:"id"`
	Score   int    `json:"score"`
	Comment string `json:"comment"`
	// Strength is how strongly the comment raises the theme; for a
	// mismatch, the comment's sentiment compound score.
	Strength float64 `json:"strength"`
}

// ReportCauses are the root causes linked to the score.
type ReportCauses struct {
	// Items are ordered as Linkage.Keys: most costly first.
	Items []ReportCause `json:"items"`
	// NoCause describes the responses without a stated cause.
	NoCause   LinkRemainder `json:"no_cause"`
	Alignment Alignment     `json:"alignment"`
}

// ReportCause is one root cause with its link to the score and what to do
// about it.
type ReportCause struct {
	Cause    Cause           `json:"cause"`
	Label    string          `json:"label"`
	Fix      string          `json:"fix,omitempty"`
	Recovery RecoveryHorizon `json:"recovery"`
	Link     LinkKey         `json:"link"`
}

// ReportSentiment summarises the sentiment of the comments.
type ReportSentiment struct {
	ReportSentimentGroup
	// ByCategory has one group per NPS category that has comments:
	// detractor, passive, promoter, in that order.
	ByCategory []ReportSentimentCategory `json:"by_category"`
	// PromoterNegative and DetractorPositive count the comments whose
	// wording clearly contradicts their score (sentiment.Mismatch), with
	// a few examples each, strongest contradiction first.
	PromoterNegative          int             `json:"promoter_negative"`
	DetractorPositive         int             `json:"detractor_positive"`
	PromoterNegativeExamples  []ReportExample `json:"promoter_negative_examples"`
	DetractorPositiveExamples []ReportExample `json:"detractor_positive_examples"`
}

// ReportSentimentCategory is the sentiment of one NPS category's comments.
type ReportSentimentCategory struct {
	Category string `json:"category"`
	ReportSentimentGroup
}

// ReportSentimentGroup is the sentiment of a group of comments. Blank
// comments are not counted, and survey weights are not applied (each
// comment counts once); Mean is 0 for a group without comments.
type ReportSentimentGroup struct {
	Comments int `json:"comments"`
	// Mean is the mean compound score, in (-1, 1).
	Mean     float64 `json:"mean"`
	Negative int     `json:"negative"`
	Neutral  int     `json:"neutral"`
	Positive int     `json:"positive"`
}

// ReportChange is a significant drop of NPS between two consecutive
// periods, overall or within one segment value, with the themes behind it.
type ReportChange struct {
	// Subject is "overall" or "column=value".
	Subject string `json:"subject"`
	Column  string `json:"column,omitempty"`
	Value   string `json:"value,omitempty"`
	From    string `json:"from"`
	To      string `json:"to"`
	// Points is the NPS change (negative: a drop); Change is the test.
	Points float64        `json:"points"`
	Change nps.Comparison `json:"change"`
	// Tests is how many period-to-period comparisons were searched for
	// drops in this scope (overall, or all segment values together), and
	// AdjustedP the Benjamini-Hochberg adjusted p-value of this one among
	// them: a drop found by searching many segments is weaker evidence.
	Tests     int     `json:"tests"`
	AdjustedP float64 `json:"adjusted_p_value"`
	// Share is the segment's share of the responses in the To period
	// (1 overall), and Cost the overall points the drop took in that
	// period: Share times -Points.
	Share float64 `json:"share"`
	Cost  float64 `json:"cost"`
	// Themes attributes the change to themes (LinkShift); Causes to
	// root causes, only when the themes are not the causes themselves.
	Themes Shift  `json:"themes"`
	Causes *Shift `json:"causes,omitempty"`
	// Drivers are the themes whose rows of Themes lost the most points,
	// most first: those with a total of at least one point lost, at most
	// three.
	Drivers []string `json:"drivers"`
}
