package themes

// Defaults of phrase detection. A pair or triple is a phrase when it
// occurs at least DefaultPhraseMinCount times, its log-likelihood ratio
// G² reaches DefaultPhraseMinScore and it occurs at least
// DefaultPhraseMinRatio times as often as chance predicts.
//
// 10.83 is the 0.999 quantile of the chi-squared distribution with one
// degree of freedom, the distribution G² follows for a 2×2 table when the
// words are independent (Dunning 1993): fewer than one pair in a thousand
// passes by chance. G² alone grows with the size of the corpus, so on a
// large corpus every weak habit of speech would pass; the ratio (PMI of
// at least one bit) keeps only pairs that are strongly associated.
const (
	DefaultPhraseMinCount = 3
	DefaultPhraseMinScore = 10.83
	DefaultPhraseMinRatio = 2.0
	DefaultMaxPhrases     = 2000
)

type phraseOptions struct {
	minCount int
	minScore float64
	minRatio float64
	max      int
}

func defaultPhraseOptions() phraseOptions {
	return phraseOptions{
		minCount: DefaultPhraseMinCount,
		minScore: DefaultPhraseMinScore,
		minRatio: DefaultPhraseMinRatio,
		max:      DefaultMaxPhrases,
	}
}

// PhraseOption configures PhraseCounter.Phrases.
type PhraseOption func(*phraseOptions)

// PhraseMinCount sets the fewest occurrences of a phrase.
func PhraseMinCount(n int) PhraseOption { return func(o *phraseOptions) { o.minCount = n } }

// PhraseMinScore sets the least log-likelihood ratio G² of a phrase.
func PhraseMinScore(g2 float64) PhraseOption { return func(o *phraseOptions) { o.minScore = g2 } }

// PhraseMinRatio sets the least ratio of observed to expected count.
func PhraseMinRatio(r float64) PhraseOption { return func(o *phraseOptions) { o.minRatio = r } }

// MaxPhrases keeps at most n phrases, the highest scores (0: no limit).
func MaxPhrases(n int) PhraseOption { return func(o *phraseOptions) { o.max = n } }
