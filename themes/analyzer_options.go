package themes

import (
	"errors"
	"fmt"
)

// ErrBadOption is returned (wrapped) by NewAnalyzer when an option value is
// out of range; the message names the option and the value.
var ErrBadOption = errors.New("bad option")

// Keep selects kinds of non-word tokens to keep as terms. By default none
// is kept: numbers, links, handles, tags, emoji and amounts say little
// about a comment's theme and would split themes by incidental detail.
type Keep uint16

// Token kinds an Analyzer can keep (combine with |).
const (
	KeepNumbers  Keep = 1 << iota // 45, 3.5, 24h, 3rd
	KeepURLs                      // https://…, www.…, example.com
	KeepEmails                    // name@example.com
	KeepHandles                   // @name
	KeepHashtags                  // #tag
	KeepEmoji                     // 😡, :)
	KeepAmounts                   // £30, $5.99

	KeepAll = KeepNumbers | KeepURLs | KeepEmails | KeepHandles | KeepHashtags | KeepEmoji | KeepAmounts
)

// PhraseMode says what an Analyzer emits where a known phrase occurs.
type PhraseMode uint8

const (
	// PhraseAndWords emits the phrase term and, as usual, its content
	// words: "customer service" gives "customer service", "customer" and
	// "service". Comments that say only "service" still share a term with
	// those that say "customer service". The default.
	PhraseAndWords PhraseMode = iota
	// PhraseOnly emits the phrase term in place of its words.
	PhraseOnly
)

// Defaults of an Analyzer's settings.
const (
	DefaultMinLength      = 2     // letters; shorter words are not terms
	DefaultNegationScope  = 3     // words after a negator that are marked Negated
	DefaultStemCacheLimit = 50000 // entries per worker cache before it is reset
)

type analyzerOptions struct {
	lang          Language
	stopSet       bool // stop words replaced by WithStopWords
	stop          []string
	extraStop     []string
	unstop        []string
	minLength     int
	negationScope int
	keep          Keep
	phrases       *Phrases
	phraseMode    PhraseMode
	cacheLimit    int
}

func defaultAnalyzerOptions() analyzerOptions {
	return analyzerOptions{
		minLength:     DefaultMinLength,
		negationScope: DefaultNegationScope,
		cacheLimit:    DefaultStemCacheLimit,
	}
}

// AnalyzerOption configures NewAnalyzer.
type AnalyzerOption func(*analyzerOptions)

// WithLanguage selects the stemmer, default stop words and negators
// (default English).
func WithLanguage(l Language) AnalyzerOption {
	return func(o *analyzerOptions) { o.lang = l }
}

// WithStopWords replaces the default stop words of the language by words
// (case and apostrophe style do not matter). With no words, nothing is a
// stop word.
func WithStopWords(words ...string) AnalyzerOption {
	return func(o *analyzerOptions) {
		o.stopSet = true
		o.stop = append([]string(nil), words...)
	}
}

// WithExtraStopWords adds words to the stop words, for instance the
// company's and its products' names.
func WithExtraStopWords(words ...string) AnalyzerOption {
	return func(o *analyzerOptions) { o.extraStop = append(o.extraStop, words...) }
}

// WithoutStopWords removes words from the stop words, for instance
// "recommend" when the survey asks something else.
func WithoutStopWords(words ...string) AnalyzerOption {
	return func(o *analyzerOptions) { o.unstop = append(o.unstop, words...) }
}

// WithMinLength sets the fewest letters (runes) a word needs to be a term
// (default DefaultMinLength; 1 keeps every word).
func WithMinLength(n int) AnalyzerOption {
	return func(o *analyzerOptions) { o.minLength = n }
}

// WithNegationScope sets how many words after a negator are marked
// Negated (default DefaultNegationScope; 0 marks none). Punctuation and a
// contrast word ("but") end the scope early.
func WithNegationScope(n int) AnalyzerOption {
	return func(o *analyzerOptions) { o.negationScope = n }
}

// WithKeep keeps the given kinds of non-word tokens as terms, keyed by
// their lower-case text.
func WithKeep(k Keep) AnalyzerOption {
	return func(o *analyzerOptions) { o.keep = k }
}

// WithPhrases makes the Analyzer emit the phrases of p (found by a
// PhraseCounter) as terms; nil turns phrases off, the default.
func WithPhrases(p *Phrases) AnalyzerOption {
	return func(o *analyzerOptions) { o.phrases = p }
}

// WithPhraseMode says whether a phrase's words are emitted beside it
// (default PhraseAndWords).
func WithPhraseMode(m PhraseMode) AnalyzerOption {
	return func(o *analyzerOptions) { o.phraseMode = m }
}

// WithStemCacheLimit bounds each worker's stem cache to n entries
// (default DefaultStemCacheLimit); a full cache is emptied and refilled.
func WithStemCacheLimit(n int) AnalyzerOption {
	return func(o *analyzerOptions) { o.cacheLimit = n }
}

func (o *analyzerOptions) validate() error {
	switch {
	case !o.lang.valid():
		return fmt.Errorf("%w: language: %w: Language(%d)", ErrBadOption, ErrUnknownLanguage, uint8(o.lang))
	case o.minLength < 1:
		return fmt.Errorf("%w: min length %d: want 1 or more", ErrBadOption, o.minLength)
	case o.negationScope < 0:
		return fmt.Errorf("%w: negation scope %d: want 0 or more", ErrBadOption, o.negationScope)
	case o.keep&^KeepAll != 0:
		return fmt.Errorf("%w: keep %#x: unknown kinds", ErrBadOption, uint16(o.keep))
	case o.phraseMode > PhraseOnly:
		return fmt.Errorf("%w: phrase mode %d", ErrBadOption, o.phraseMode)
	case o.cacheLimit < 1:
		return fmt.Errorf("%w: stem cache limit %d: want 1 or more", ErrBadOption, o.cacheLimit)
	}
	return nil
}
