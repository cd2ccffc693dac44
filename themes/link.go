package themes

import (
	"errors"
	"fmt"
	"math"

	"github.com/verbatim-go/verbatim/nps"
)

// Mention says that a response raises a key: a discovered theme or a root
// cause. Link and its relatives take one list of mentions per response, so
// the same code links themes and causes to the score.
type Mention struct {
	// Key names the theme or cause; it must not be empty.
	Key string `json:"key"`
	// Strength is how strongly the response raises the key (a similarity,
	// a cue score). It must be finite and not negative. It only weighs the
	// additive attribution and the mix/rate decomposition, which split each
	// response across its keys in proportion to strength; a response whose
	// strengths are all zero is split equally. Counts, shares, lift and
	// leave-one-out impact treat any mention as a mention.
	Strength float64 `json:"strength"`
}

// MentionSet pairs responses with their mentions: Mentions[i] lists the
// keys of Responses[i], possibly several, possibly none.
type MentionSet struct {
	Responses []nps.Response
	Mentions  [][]Mention
}

// Sentinel errors of the linking functions, wrapped with the place.
var (
	// ErrLinkLength: the mention lists and the responses differ in number.
	ErrLinkLength = errors.New("one mention list per response is required")
	// ErrLinkMention: a mention with an empty key or a strength that is
	// negative, NaN or infinite.
	ErrLinkMention = errors.New("mention needs a key and a finite, non-negative strength")
)

// Defaults of the linking options.
const (
	// LinkDefaultMinSample is the number of responses (effective, for
	// weighted data) a group needs before a figure is reported for it:
	// mentioners of a key, the rest, a period, detractors with a mention.
	// Below it results say "insufficient evidence" instead of a number.
	LinkDefaultMinSample = 30
	// LinkDefaultConfidence is the level of every interval; 1 minus it is
	// the significance level of every test.
	LinkDefaultConfidence = 0.95
)

// LinkOption adjusts Link, LinkBySegment, LinkByPeriod and LinkShift.
type LinkOption func(*linkConfig)

type linkConfig struct {
	minSample  float64
	confidence float64
	replicates int
	seed       uint64
}

func linkConfigOf(opts []LinkOption) linkConfig {
	c := linkConfig{minSample: LinkDefaultMinSample, confidence: LinkDefaultConfidence}
	for _, o := range opts {
		if o == nil {
			panic("themes: nil LinkOption")
		}
		o(&c)
	}
	return c
}

// npsOpts passes the settings on to the nps package.
func (c *linkConfig) npsOpts() []nps.Option {
	return []nps.Option{nps.WithConfidence(c.confidence), nps.WithMinSample(int(math.Ceil(c.minSample)))}
}

func (c *linkConfig) alpha() float64 { return 1 - c.confidence }

// WithLinkMinSample sets the minimum sample (default
// LinkDefaultMinSample). It panics on a negative n; 0 turns the guard off
// except for empty groups, which never get a figure.
func WithLinkMinSample(n int) LinkOption {
	if n < 0 {
		panic(fmt.Sprintf("themes: negative minimum sample %d", n))
	}
	return func(c *linkConfig) { c.minSample = float64(n) }
}

// WithLinkConfidence sets the confidence level (default 0.95). It panics
// unless 0 < level < 1.
func WithLinkConfidence(level float64) LinkOption {
	if !(level > 0 && level < 1) {
		panic(fmt.Sprintf("themes: confidence level %v outside (0, 1)", level))
	}
	return func(c *linkConfig) { c.confidence = level }
}

// WithLinkBootstrap replaces the delta-method interval of Link's
// leave-one-out impact with a percentile bootstrap of the given number of
// replicates, drawn from a PCG generator seeded with seed, so the same
// input and seed give the same intervals. Each replicate resamples all
// responses with replacement and costs one pass over them and their
// mentions; use it to check the delta method, not on every run of a large
// corpus. It panics unless replicates >= 100. Only Link reads it; the
// per-segment and per-period impacts always use the delta method.
func WithLinkBootstrap(replicates int, seed uint64) LinkOption {
	if replicates < 100 {
		panic(fmt.Sprintf("themes: %d bootstrap replicates, need at least 100", replicates))
	}
	return func(c *linkConfig) { c.replicates, c.seed = replicates, seed }
}
