package themes

import (
	"errors"
	"fmt"
	"math"
	"runtime"
)

// ErrDiscoverOption is returned (wrapped) by Discover for an option value
// out of its documented range.
var ErrDiscoverOption = errors.New("bad discover option")

// ErrNoContent is returned (wrapped) by Discover when too few comments
// carry content terms to form the themes asked for.
var ErrNoContent = errors.New("too few comments with content")

// Defaults of Discover's settings.
const (
	DefaultDiscoverSeed uint64 = 1
	DefaultMinThemes           = 6  // automatic k: lowest number of themes
	DefaultMaxThemes           = 30 // automatic k: highest number of themes
	DefaultPhraseSample        = 20000
	DefaultMinTerms            = 1 // content terms a comment needs to get a theme
	// DefaultRestarts is the k-means restarts for up to 8,000 comments
	// (above, k-means runs once on a sample of 8,000). k-means fits three
	// clusters per theme, merged back afterwards, so each restart costs
	// three times what it did when it fitted k directly, and ten restarts
	// made CI's race run time out. Measured by TestEvalQuality and
	// TestEvalLabels (medians over seeds 1-5): synthetic NMI 0.392 with 4,
	// 6, 8 or 10; CFPB 0.305 with 4, 0.306 with 6, 0.314 with 8 or 10
	// (within the seed-to-seed spread); synthetic labels with a key term,
	// per seed, 6 6 8 8 7 with 4, 9 9 8 8 7 with 6, 9 9 8 9 7 with 8 or 10.
	DefaultRestarts        = 6
	DefaultRepresentatives = 5
	DefaultTopTerms        = 10
	// DefaultMinStrength and DefaultStrengthRatio decide secondary themes:
	// a comment carries another theme when its cosine similarity to that
	// theme's centroid is at least DefaultMinStrength and at least
	// DefaultStrengthRatio times its similarity to its best theme.
	DefaultMinStrength   = 0.2
	DefaultStrengthRatio = 0.6
)

type discoverOptions struct {
	k, kMin, kMax   int
	seed            uint64
	workers         int
	restarts        int
	analyzer        []AnalyzerOption
	phraseSample    int
	minDocs         int     // 0: automatic (see discoverMinDocs)
	maxDocShare     float64 // share of comments above which a term is dropped
	minTerms        int
	keepSentiment   bool
	seeds           []SeedTheme
	subthemes       bool
	minStrength     float64
	strengthRatio   float64
	representatives int
	topTerms        int
	labels          bool
	lsaDims         int     // 0: cluster the TF-IDF rows themselves
	nonNoun         float64 // weight of a term never seen as a noun; 1: no noun weighting
	overSplit       float64 // k-means fits ⌈overSplit·k⌉ clusters, merged down to k (discoverMergeWard)
}

func defaultDiscoverOptions() discoverOptions {
	return discoverOptions{
		kMin: DefaultMinThemes, kMax: DefaultMaxThemes, seed: DefaultDiscoverSeed,
		workers: runtime.GOMAXPROCS(0), restarts: DefaultRestarts, phraseSample: DefaultPhraseSample,
		maxDocShare: 0.5, minTerms: DefaultMinTerms, minStrength: DefaultMinStrength,
		strengthRatio: DefaultStrengthRatio, representatives: DefaultRepresentatives,
		topTerms: DefaultTopTerms, labels: true, nonNoun: discoverNonNoun, lsaDims: discoverLSADims, overSplit: discoverOverSplit,
	}
}

// DiscoverOption configures Discover.
type DiscoverOption func(*discoverOptions)

// DiscoverK fixes the number of themes found by clustering (seeded themes
// count towards it). 0, the default, chooses it (see Discover).
func DiscoverK(k int) DiscoverOption { return func(o *discoverOptions) { o.k = k } }

// DiscoverKRange sets the range an automatic k is chosen from (default
// DefaultMinThemes to DefaultMaxThemes).
func DiscoverKRange(lo, hi int) DiscoverOption {
	return func(o *discoverOptions) { o.kMin, o.kMax = lo, hi }
}

// DiscoverSeed seeds the random source of the clustering (default
// DefaultDiscoverSeed). Same comments, options and seed: the same Model,
// byte for byte.
func DiscoverSeed(seed uint64) DiscoverOption { return func(o *discoverOptions) { o.seed = seed } }

// DiscoverWorkers sets the number of goroutines (default GOMAXPROCS). The
// result does not depend on it.
func DiscoverWorkers(n int) DiscoverOption { return func(o *discoverOptions) { o.workers = n } }

// DiscoverRestarts sets the k-means restarts, the run with the lowest
// objective kept (default DefaultRestarts).
func DiscoverRestarts(n int) DiscoverOption { return func(o *discoverOptions) { o.restarts = n } }

// DiscoverAnalyzer sets the text analysis (language, stop words...); the
// phrases are found by Discover and added to it.
func DiscoverAnalyzer(opts ...AnalyzerOption) DiscoverOption {
	return func(o *discoverOptions) { o.analyzer = append(o.analyzer, opts...) }
}

// DiscoverPhraseSample sets how many comments phrases are counted on: an
// evenly spaced, deterministic sample (default DefaultPhraseSample; 0 finds
// no phrases).
func DiscoverPhraseSample(n int) DiscoverOption {
	return func(o *discoverOptions) { o.phraseSample = n }
}

// DiscoverMinDocs keeps only terms found in at least n comments (default 0:
// 2, plus one per 5,000 comments, at most 10).
func DiscoverMinDocs(n int) DiscoverOption { return func(o *discoverOptions) { o.minDocs = n } }

// DiscoverMaxDocShare drops terms found in more than share of the comments
// (default 0.5): a word in every other comment separates nothing.
func DiscoverMaxDocShare(share float64) DiscoverOption {
	return func(o *discoverOptions) { o.maxDocShare = share }
}

// DiscoverMinTerms sets the number of distinct content terms a comment
// needs to get a theme (default DefaultMinTerms); comments with fewer go to
// the no-theme group.
func DiscoverMinTerms(n int) DiscoverOption { return func(o *discoverOptions) { o.minTerms = n } }

// DiscoverKeepSentiment keeps words whose only meaning is a sentiment
// ("great", "terrible", "love") in the clustering vocabulary. By default
// they are left out: themes are what comments are about, and a "great"
// in a billing comment and in a delivery comment says nothing of either.
func DiscoverKeepSentiment() DiscoverOption {
	return func(o *discoverOptions) { o.keepSentiment = true }
}

// DiscoverSeedThemes names themes the caller expects, each with seed terms
// (see SeedTheme); discovery fills in the rest.
func DiscoverSeedThemes(seeds ...SeedTheme) DiscoverOption {
	return func(o *discoverOptions) { o.seeds = append(o.seeds, seeds...) }
}

// DiscoverSubthemes splits each theme into sub-themes (cluster.Subdivide:
// two to five, only where the split is real).
func DiscoverSubthemes() DiscoverOption { return func(o *discoverOptions) { o.subthemes = true } }

// DiscoverStrength sets the secondary-theme thresholds (defaults
// DefaultMinStrength and DefaultStrengthRatio).
func DiscoverStrength(minStrength, ratio float64) DiscoverOption {
	return func(o *discoverOptions) { o.minStrength, o.strengthRatio = minStrength, ratio }
}

// DiscoverRepresentatives sets how many representative comments each theme
// shows (default DefaultRepresentatives).
func DiscoverRepresentatives(n int) DiscoverOption {
	return func(o *discoverOptions) { o.representatives = n }
}

// DiscoverWithoutLabels skips part-of-speech labelling: each theme is then
// named by its top terms. Useful where speed matters more than wording.
func DiscoverWithoutLabels() DiscoverOption { return func(o *discoverOptions) { o.labels = false } }

func (o *discoverOptions) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrDiscoverOption}, args...)...)
	}
	switch {
	case o.k < 0:
		return bad("k %d: want 0 (automatic) or more", o.k)
	case o.kMin < 2 || o.kMax < o.kMin:
		return bad("k range [%d,%d]: want 2 ≤ low ≤ high", o.kMin, o.kMax)
	case o.restarts < 1:
		return bad("restarts %d: want 1 or more", o.restarts)
	case o.phraseSample < 0:
		return bad("phrase sample %d: want 0 or more", o.phraseSample)
	case o.minDocs < 0:
		return bad("min docs %d: want 0 (automatic) or more", o.minDocs)
	case !(o.maxDocShare > 0 && o.maxDocShare <= 1):
		return bad("max doc share %v: want a share in (0, 1]", o.maxDocShare)
	case o.minTerms < 1:
		return bad("min terms %d: want 1 or more", o.minTerms)
	case !(o.minStrength >= 0 && o.minStrength <= 1) || !(o.strengthRatio >= 0 && o.strengthRatio <= 1):
		return bad("strength thresholds %v, %v: want values in [0, 1]", o.minStrength, o.strengthRatio)
	case o.representatives < 0:
		return bad("representatives %d: want 0 or more", o.representatives)
	}
	if o.workers < 1 {
		o.workers = 1
	}
	return validateSeeds(o.seeds)
}

// discoverMinDocs is the automatic minimum document frequency: 2 for a few
// thousand comments, rising slowly with the corpus so that a million
// comments do not carry hundreds of thousands of typos.
func discoverMinDocs(n int) int {
	return int(math.Min(10, 2+float64(n/5000)))
}
