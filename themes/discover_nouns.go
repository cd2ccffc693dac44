package themes

import (
	"context"
	"strings"

	prose "github.com/jdkato/prose/v2"
)

// discoverNounSample is the number of comments (an even sample) tagged
// with parts of speech to learn which terms are nouns, and
// discoverNounBytes the text they may hold: tagging costs by the byte, so
// a corpus of long reviews gets fewer comments (never under
// discoverNounMin), which still hold as many words as a thousand short
// survey answers (the synthetic sample's 1000 comments hold 82 KB).
const (
	discoverNounSample = 1000
	discoverNounBytes  = 150_000
	discoverNounMin    = 200
)

// discoverNounChunk is the number of comments one tagging task takes:
// tagging costs about a millisecond a comment, so the sample is cut finer
// than discoverChunk to keep every core busy.
const discoverNounChunk = 128

// discoverNounShares tags an even sample of the comments with prose's
// part-of-speech model and returns, per stem, the share of its
// occurrences tagged as a noun, with the number of occurrences seen.
// Themes are what comments are about, and that is said with nouns
// ("mortgage", "dress", "engineer"); verbs and adjectives ("called",
// "told", "small") recur across every theme. Only English has a tagger:
// other languages get nil and every term keeps its weight. Chunks of the
// sample are tagged on up to workers goroutines (the model is shared and
// read-only) and their counts added, so the result does not depend on
// workers.
func discoverNounShares(ctx context.Context, a *Analyzer, comments []string, workers int) (map[string][2]int, error) {
	if a.opts.lang != English || len(comments) == 0 {
		return nil, nil
	}
	m, err := sharedTagModel()
	if err != nil {
		return nil, nil // without a tagger, no noun weighting
	}
	idx := discoverNounIndexes(comments)
	parts := make([]map[string][2]int, (len(idx)+discoverNounChunk-1)/discoverNounChunk)
	err = discoverChunksOf(ctx, len(idx), discoverNounChunk, workers, func(c, lo, hi int) {
		parts[c] = nounCounts(a, m, comments, idx[lo:hi])
	})
	if err != nil {
		return nil, err
	}
	counts := parts[0]
	for _, p := range parts[1:] {
		for k, c := range p {
			t := counts[k]
			counts[k] = [2]int{t[0] + c[0], t[1] + c[1]}
		}
	}
	return counts, nil
}

// discoverNounIndexes returns the even sample of comments to tag: up to
// discoverNounSample, fewer when they hold more than discoverNounBytes.
func discoverNounIndexes(comments []string) []int {
	idx := discoverSample(len(comments), discoverNounSample)
	total := 0
	for _, i := range idx {
		total += min(len(comments[i]), labelCommentBytes)
	}
	if total <= discoverNounBytes {
		return idx
	}
	m := max(discoverNounMin, len(idx)*discoverNounBytes/total)
	return discoverSample(len(comments), m)
}

// nounCounts tags the comments at idx and counts, per stem, its noun
// occurrences and all its occurrences.
func nounCounts(a *Analyzer, m *prose.Model, comments []string, idx []int) map[string][2]int {
	w := a.getWorker()
	defer a.putWorker(w)
	counts := map[string][2]int{}
	for _, i := range idx {
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
	return counts
}

// discoverNonNoun is the weight, relative to its IDF, of a term never
// tagged as a noun. Themes are mostly about things (bill, router,
// installation, dress), but some are about how people were treated
// (rude, transferred, promised), so verbs and adjectives are damped, not
// dropped. Measured by TestEvalQuality with the merged over-segmentation
// (median NMI over seeds 1-5, synthetic / CFPB / clothing): 0.3 gives
// 0.361 / 0.314 / 0.295, 0.5 gives 0.392 / 0.314 / 0.299, 0.7 gives
// 0.411 / 0.301 / 0.239 and 1 (no damping) 0.405 / 0.287 / 0.227.
const discoverNonNoun = 0.5

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
