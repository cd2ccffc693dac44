package themes

import (
	"context"
	"strings"
)

// discoverNounSample is the number of comments (an even sample) tagged
// with parts of speech to learn which terms are nouns.
const discoverNounSample = 2000

// discoverNounShares tags an even sample of the comments with prose's
// part-of-speech model and returns, per stem, the share of its
// occurrences tagged as a noun, with the number of occurrences seen.
// Themes are what comments are about, and that is said with nouns
// ("mortgage", "dress", "engineer"); verbs and adjectives ("called",
// "told", "small") recur across every theme. Only English has a tagger:
// other languages get nil and every term keeps its weight.
func discoverNounShares(ctx context.Context, a *Analyzer, comments []string) (map[string][2]int, error) {
	if a.opts.lang != English || len(comments) == 0 {
		return nil, nil
	}
	m, err := sharedTagModel()
	if err != nil {
		return nil, nil // without a tagger, no noun weighting
	}
	w := a.getWorker()
	defer a.putWorker(w)
	counts := map[string][2]int{} // stem → {noun occurrences, all occurrences}
	for n, i := range discoverSample(len(comments), discoverNounSample) {
		if n%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		toks, err := tag(m, clip(comments[i], labelCommentBytes))
		if err != nil {
			continue
		}
		for _, t := range toks {
			if !isWordText(t.text) {
				continue
			}
			info := w.cache.get(a, t.text)
			if !info.isTerm() {
				continue
			}
			c := counts[info.stem]
			if strings.HasPrefix(t.tag, "NN") {
				c[0]++
			}
			c[1]++
			counts[info.stem] = c
		}
	}
	return counts, nil
}

// discoverNounWeight is the weight of a term key given the noun shares: a
// term seen mostly as a noun keeps its full weight, one never seen as a
// noun keeps discoverNonNoun of it, linearly in between. A phrase weighs
// as its most noun-like word; a term seen fewer than three times in the
// sample keeps its full weight (rare terms are mostly nouns and names).
func discoverNounWeight(shares map[string][2]int, key string, nonNoun float64) float64 {
	if shares == nil {
		return 1
	}
	best := -1.0
	for _, w := range strings.Fields(key) {
		c := shares[w]
		share := 1.0
		if c[1] >= 3 {
			share = float64(c[0]) / float64(c[1])
		}
		best = max(best, share)
	}
	return nonNoun + (1-nonNoun)*best
}
