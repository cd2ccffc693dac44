package themes

import (
	"fmt"
	"time"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/sentiment"
)

// Defaults of Analyze.
const (
	// AnalyzeDefaultSeed seeds every random choice of Analyze (theme
	// discovery) unless AnalyzeSeed says otherwise.
	AnalyzeDefaultSeed uint64 = 1
	// AnalyzeDefaultExamples is how many example comments a report keeps
	// per theme and per kind of score/text mismatch.
	AnalyzeDefaultExamples = 3
	// AnalyzeDefaultQuickWins is how many themes the quick-win phase of the
	// action plan takes on: the domain brief's "fix the top 3-5 frequent
	// complaints".
	AnalyzeDefaultQuickWins = 3
)

// AnalyzeOption adjusts Analyze.
type AnalyzeOption func(*analyzeConfig)

// ProgressFunc receives Analyze's progress: the stage running, and how many
// of its units are done out of total (comments for the per-comment stages,
// 1 for the others). It is called synchronously from the goroutine that
// called Analyze, in order: (stage, 0, total) when a stage starts, then
// (stage, done, total) every few hundred comments, and (stage, total,
// total) when it ends. It must not call Analyze.
type ProgressFunc func(stage Stage, done, total int)

// analyzeConfig holds the settings; its zero value is not used, see
// analyzeConfigOf for the defaults.
type analyzeConfig struct {
	seed       uint64
	k          int
	language   Language
	benchmark  *nps.Benchmark
	segments   []string // nil: every segment column present
	period     nps.Period
	location   *time.Location
	minSample  int
	confidence float64
	dropPoints float64
	taxonomy   *Taxonomy
	sentiment  *sentiment.Analyzer
	progress   ProgressFunc
	examples   int
	quickWins  int
	// causeThemes uses the causes as themes instead of discovering them.
	causeThemes bool
	discover    []DiscoverOption
	err         error // the first bad option value, reported by Analyze
}

func analyzeConfigOf(opts []AnalyzeOption) analyzeConfig {
	c := analyzeConfig{
		seed:       AnalyzeDefaultSeed,
		period:     nps.Quarter,
		location:   time.UTC,
		minSample:  LinkDefaultMinSample,
		confidence: LinkDefaultConfidence,
		dropPoints: nps.DefaultDropPoints,
		examples:   AnalyzeDefaultExamples,
		quickWins:  AnalyzeDefaultQuickWins,
	}
	for _, o := range opts {
		o(&c)
	}
	if c.taxonomy == nil {
		c.taxonomy = TaxonomyDefault()
	}
	if c.sentiment == nil {
		c.sentiment = sentiment.New()
	}
	return c
}

// bad records the first bad option value.
func (c *analyzeConfig) bad(format string, args ...any) {
	if c.err == nil {
		c.err = fmt.Errorf("themes: analyze: "+format+": %w", append(args, ErrAnalyzeOption)...)
	}
}

// npsOpts are the statistical settings in the nps package's terms.
func (c *analyzeConfig) npsOpts() []nps.Option {
	o := []nps.Option{nps.WithMinSample(c.minSample), nps.WithConfidence(c.confidence), nps.WithDropPoints(c.dropPoints)}
	if c.benchmark != nil {
		o = append(o, nps.WithBenchmark(*c.benchmark))
	}
	return o
}

// linkOpts are the same settings for the linking functions.
func (c *analyzeConfig) linkOpts() []LinkOption {
	return []LinkOption{WithLinkMinSample(c.minSample), WithLinkConfidence(c.confidence)}
}

// AnalyzeSeed seeds the random choices of theme discovery (default
// AnalyzeDefaultSeed). Same input and seed give byte-identical reports.
func AnalyzeSeed(seed uint64) AnalyzeOption {
	return func(c *analyzeConfig) { c.seed = seed }
}

// AnalyzeK fixes the number of themes to discover; 0 (the default) lets
// discovery choose it. A negative k is an error.
func AnalyzeK(k int) AnalyzeOption {
	return func(c *analyzeConfig) {
		if k < 0 {
			c.bad("k %d is negative", k)
			return
		}
		c.k = k
	}
}

// AnalyzeLanguage sets the language of the comments for theme discovery
// (default English). The built-in taxonomy's cues and the sentiment
// lexicon are English; pass AnalyzeTaxonomy and AnalyzeSentiment for
// others.
func AnalyzeLanguage(l Language) AnalyzeOption {
	return func(c *analyzeConfig) { c.language = l }
}

// AnalyzeIndustry judges the score against an industry's built-in
// benchmark. An unknown industry is an error.
func AnalyzeIndustry(i nps.Industry) AnalyzeOption {
	return func(c *analyzeConfig) {
		b, ok := nps.IndustryBenchmark(i)
		if !ok {
			c.bad("unknown industry %d", i)
			return
		}
		c.benchmark = &b
	}
}

// AnalyzeBenchmark judges the score against the caller's own benchmark.
func AnalyzeBenchmark(b nps.Benchmark) AnalyzeOption {
	return func(c *analyzeConfig) { c.benchmark = &b }
}

// AnalyzeSegments names the segment columns to break the score down by
// and to search for drops, in the order given. By default every segment
// column present in the responses is used, in byte order of the names;
// an empty list analyses none. A column no response has is an error (a
// likely typo).
func AnalyzeSegments(cols ...string) AnalyzeOption {
	return func(c *analyzeConfig) { c.segments = append([]string{}, cols...) }
}

// AnalyzePeriod sets the calendar period of the trend and of the search
// for drops (default nps.Quarter), cut in time zone loc (nil means UTC).
func AnalyzePeriod(p nps.Period, loc *time.Location) AnalyzeOption {
	return func(c *analyzeConfig) {
		if p < nps.Week || p > nps.Year {
			c.bad("invalid period %d", p)
			return
		}
		if loc == nil {
			loc = time.UTC
		}
		c.period, c.location = p, loc
	}
}

// AnalyzeMinSample sets the (effective) number of responses a group needs
// before a figure is reported for it (default LinkDefaultMinSample, 30),
// everywhere in the report. A negative n is an error.
func AnalyzeMinSample(n int) AnalyzeOption {
	return func(c *analyzeConfig) {
		if n < 0 {
			c.bad("minimum sample %d is negative", n)
			return
		}
		c.minSample = n
	}
}

// AnalyzeConfidence sets the confidence level of every interval and test
// (default 0.95). It must lie strictly between 0 and 1.
func AnalyzeConfidence(level float64) AnalyzeOption {
	return func(c *analyzeConfig) {
		if !(level > 0 && level < 1) {
			c.bad("confidence %v is not between 0 and 1", level)
			return
		}
		c.confidence = level
	}
}

// AnalyzeDropPoints sets the fall in NPS points between consecutive
// periods that counts as a drop (default nps.DefaultDropPoints, 10).
func AnalyzeDropPoints(points float64) AnalyzeOption {
	return func(c *analyzeConfig) {
		if !(points > 0) || points > 200 {
			c.bad("drop points %v is not in (0, 200]", points)
			return
		}
		c.dropPoints = points
	}
}

// AnalyzeTaxonomy replaces the built-in root-cause taxonomy.
func AnalyzeTaxonomy(t *Taxonomy) AnalyzeOption {
	return func(c *analyzeConfig) {
		if t == nil {
			c.bad("nil taxonomy")
			return
		}
		c.taxonomy = t
	}
}

// AnalyzeSentiment replaces the default sentiment analyzer
// (sentiment.New()), for example with one using a learned lexicon.
func AnalyzeSentiment(a *sentiment.Analyzer) AnalyzeOption {
	return func(c *analyzeConfig) {
		if a == nil {
			c.bad("nil sentiment analyzer")
			return
		}
		c.sentiment = a
	}
}

// AnalyzeProgress reports progress to f (see ProgressFunc).
func AnalyzeProgress(f ProgressFunc) AnalyzeOption {
	return func(c *analyzeConfig) { c.progress = f }
}

// AnalyzeExamples sets how many example comments the report keeps per
// theme and per kind of mismatch (default AnalyzeDefaultExamples; 0 keeps
// none).
func AnalyzeExamples(n int) AnalyzeOption {
	return func(c *analyzeConfig) {
		if n < 0 {
			c.bad("examples %d is negative", n)
			return
		}
		c.examples = n
	}
}

// AnalyzeQuickWins sets how many themes the action plan's quick-win phase
// takes on (default AnalyzeDefaultQuickWins; at least 1).
func AnalyzeQuickWins(n int) AnalyzeOption {
	return func(c *analyzeConfig) {
		if n < 1 {
			c.bad("quick wins %d is below 1", n)
			return
		}
		c.quickWins = n
	}
}

// AnalyzeCauseThemes uses the root causes of the taxonomy as the report's
// themes instead of discovering themes in the comments: faster, and the
// right choice when the causes are the categories the team works with.
func AnalyzeCauseThemes() AnalyzeOption {
	return func(c *analyzeConfig) { c.causeThemes = true }
}

// AnalyzeDiscover passes options to theme discovery (see Discover), after
// those Analyze sets from its own settings (seed, k, language), so they
// take precedence: seeded themes, sub-themes, thresholds.
func AnalyzeDiscover(opts ...DiscoverOption) AnalyzeOption {
	return func(c *analyzeConfig) { c.discover = append(c.discover, opts...) }
}
