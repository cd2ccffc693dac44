package synth

// Cause is a root-cause key from the domain brief's seven causes, plus
// CauseNone for comments that carry no cause (praise, generic, empty).
type Cause string

// The root-cause keys written in the gold_causes column.
const (
	CauseService      Cause = "service"
	CauseProduct      Cause = "product"
	CauseExpectations Cause = "expectations"
	CauseFeedbackLoop Cause = "feedback_loop"
	CauseMethodology  Cause = "methodology"
	CauseTiming       Cause = "timing"
	CauseMisalignment Cause = "misalignment"
	CauseNone         Cause = "none"
)

// Causes returns every cause key in a fixed order (the seven causes of the
// domain brief, then CauseNone). The slice is a fresh copy.
func Causes() []Cause {
	return []Cause{CauseService, CauseProduct, CauseExpectations, CauseFeedbackLoop,
		CauseMethodology, CauseTiming, CauseMisalignment, CauseNone}
}

// The theme keys written in the gold_themes column.
const (
	ThemeInstallDelay    = "install_delay"
	ThemeLongWait        = "long_wait"
	ThemeRudeAgent       = "rude_agent"
	ThemeTransferred     = "transferred"
	ThemeBillingError    = "billing_error"
	ThemePriceRise       = "price_rise"
	ThemeOutage          = "outage"
	ThemeEquipment       = "equipment"
	ThemeAppBugs         = "app_bugs"
	ThemeMissingFeature  = "missing_feature"
	ThemeMisleadingSales = "misleading_sales"
	ThemeIgnored         = "ignored_complaints"
	ThemeInconsistent    = "inconsistent_answers"
	ThemeSurvey          = "survey"
	ThemeHelpfulStaff    = "helpful_staff"
	ThemeFastSetup       = "fast_setup"
)

// Theme is one gold theme: its key, the label an analyst would give it, the
// root cause its comments usually carry, whether it is praise, and key terms
// (stems of the words its comments use) that a discovered theme about it
// should contain.
type Theme struct {
	Key    string
	Label  string
	Cause  Cause
	Praise bool
	Terms  []string
}

// Themes returns the gold themes in a fixed order: thirteen complaint
// themes, the survey itself, then two praise themes. The slice and its term
// lists are fresh copies.
func Themes() []Theme {
	out := make([]Theme, len(themeTable))
	for i, t := range themeTable {
		t.Terms = append([]string(nil), t.Terms...)
		out[i] = t
	}
	return out
}

// ThemeByKey returns the theme with the given key.
func ThemeByKey(key string) (Theme, bool) {
	for _, t := range Themes() {
		if t.Key == key {
			return t, true
		}
	}
	return Theme{}, false
}

var themeTable = []Theme{
	{ThemeInstallDelay, "installation delay", CauseService, false,
		[]string{"install", "engineer", "appointment", "connect", "weeks"}},
	{ThemeLongWait, "long hold and wait times", CauseService, false,
		[]string{"hold", "wait", "minutes", "queue", "hour"}},
	{ThemeRudeAgent, "rude or unhelpful agent", CauseService, false,
		[]string{"rude", "unhelpful", "attitude", "agent", "hung"}},
	{ThemeTransferred, "being transferred", CauseService, false,
		[]string{"transferred", "department", "passed", "repeat", "story"}},
	{ThemeBillingError, "billing errors", CauseService, false,
		[]string{"bill", "charged", "refund", "overcharged", "invoice"}},
	{ThemePriceRise, "price increase and hidden fees", CauseExpectations, false,
		[]string{"price", "increase", "fee", "hidden", "contract"}},
	{ThemeOutage, "slow speed and outages", CauseProduct, false,
		[]string{"slow", "speed", "outage", "drops", "down"}},
	{ThemeEquipment, "router and equipment faults", CauseProduct, false,
		[]string{"router", "hub", "replacement", "faulty", "box"}},
	{ThemeAppBugs, "app crashes and bugs", CauseProduct, false,
		[]string{"app", "crash", "login", "update", "error"}},
	{ThemeMissingFeature, "missing feature", CauseProduct, false,
		[]string{"feature", "support", "option", "missing", "need"}},
	{ThemeMisleadingSales, "misleading sales promises", CauseExpectations, false,
		[]string{"sales", "promised", "told", "sold", "included"}},
	{ThemeIgnored, "ignored repeated complaints", CauseFeedbackLoop, false,
		[]string{"complained", "times", "nothing", "listen", "still"}},
	{ThemeInconsistent, "inconsistent answers across channels", CauseMisalignment, false,
		[]string{"different", "answer", "said", "told", "another"}},
	{ThemeSurvey, "the survey itself: timing and targeting", CauseTiming, false,
		[]string{"survey", "ask", "early", "question", "rate"}},
	{ThemeHelpfulStaff, "helpful staff", CauseNone, true,
		[]string{"helpful", "friendly", "sorted", "patient", "thank"}},
	{ThemeFastSetup, "fast and easy setup", CauseNone, true,
		[]string{"easy", "setup", "quick", "minutes", "simple"}},
}

// Story is the planted finding: in the segment Column=Value the NPS drops by
// at least MinDrop points from quarter Before to quarter Quarter, because of
// comments about Theme, while the other values of Column move less than
// MaxOtherMove points between the same quarters.
type Story struct {
	Column       string  // segment column, e.g. "region"
	Value        string  // the segment that drops, e.g. "north"
	Before       string  // the quarter before the drop, "2025-Q2"
	Quarter      string  // the quarter of the drop, "2025-Q3"
	Theme        string  // the theme that causes it
	Cause        Cause   // the root cause of the theme
	MinDrop      float64 // the drop is at least this many NPS points
	MaxOtherMove float64 // other values of Column move less than this
}

// PlantedStory returns the story planted in every corpus Generate makes:
// after a billing-system migration, region north gets a wave of billing
// errors in 2025-Q3, partly resolved in 2025-Q4.
func PlantedStory() Story {
	return Story{
		Column: "region", Value: "north", Before: "2025-Q2", Quarter: "2025-Q3",
		Theme: ThemeBillingError, Cause: CauseService, MinDrop: 10, MaxOtherMove: 5,
	}
}
