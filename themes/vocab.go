package themes

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// VocabCounter counts, over a corpus, in how many documents each term key
// occurs and how each key is written. Counters built on shards merge
// exactly. The zero value is ready to use; a VocabCounter is not safe for
// concurrent use: give each goroutine its own and Merge them.
type VocabCounter struct {
	docs  int
	df    map[string]int
	forms Forms
	seen  map[string]struct{} // per-document scratch
}

// Add counts one document: comment and the terms an Analyzer found in it.
func (c *VocabCounter) Add(comment string, terms []Term) {
	if c.df == nil {
		c.df = map[string]int{}
		c.seen = map[string]struct{}{}
	}
	c.docs++
	clear(c.seen)
	for _, t := range terms {
		if _, dup := c.seen[t.Key]; dup {
			continue
		}
		c.seen[t.Key] = struct{}{}
		if n, ok := c.df[t.Key]; ok {
			c.df[t.Key] = n + 1
		} else {
			c.df[strings.Clone(t.Key)] = 1
		}
	}
	c.forms.Add(comment, terms)
}

// Merge adds the counts of o to c.
func (c *VocabCounter) Merge(o *VocabCounter) {
	if c.df == nil {
		c.df = map[string]int{}
		c.seen = map[string]struct{}{}
	}
	c.docs += o.docs
	for k, n := range o.df {
		c.df[k] += n
	}
	c.forms.Merge(&o.forms)
}

// Docs returns the number of documents counted.
func (c *VocabCounter) Docs() int { return c.docs }

// DocFreq returns the number of documents that contain key.
func (c *VocabCounter) DocFreq(key string) int { return c.df[key] }

// Forms returns the display-form counter (shared, not a copy).
func (c *VocabCounter) Forms() *Forms { return &c.forms }

// ErrBadVocabOption is returned (wrapped) by Vocabulary for thresholds out
// of range.
var ErrBadVocabOption = errors.New("bad vocabulary option")

type vocabOptions struct {
	minDocs     int
	maxDocShare float64
	maxTerms    int
}

// VocabOption configures VocabCounter.Vocabulary.
type VocabOption func(*vocabOptions)

// VocabMinDocs keeps only keys found in at least n documents (default 1).
func VocabMinDocs(n int) VocabOption { return func(o *vocabOptions) { o.minDocs = n } }

// VocabMaxDocShare drops keys found in more than share of the documents,
// 0 < share ≤ 1 (default 1: none dropped).
func VocabMaxDocShare(share float64) VocabOption {
	return func(o *vocabOptions) { o.maxDocShare = share }
}

// VocabMaxTerms keeps at most n keys, those in the most documents, ties
// by key (default 0: no limit).
func VocabMaxTerms(n int) VocabOption { return func(o *vocabOptions) { o.maxTerms = n } }

// Vocabulary fixes the columns: the keys that pass the options, sorted, so
// the same counts give the same columns however the corpus was sharded.
func (c *VocabCounter) Vocabulary(opts ...VocabOption) (*Vocabulary, error) {
	o := vocabOptions{minDocs: 1, maxDocShare: 1}
	for _, opt := range opts {
		opt(&o)
	}
	switch {
	case o.minDocs < 1:
		return nil, fmt.Errorf("%w: min docs %d: want 1 or more", ErrBadVocabOption, o.minDocs)
	case !(o.maxDocShare > 0 && o.maxDocShare <= 1):
		return nil, fmt.Errorf("%w: max doc share %v: want a share in (0, 1]", ErrBadVocabOption, o.maxDocShare)
	case o.maxTerms < 0:
		return nil, fmt.Errorf("%w: max terms %d: want 0 (no limit) or more", ErrBadVocabOption, o.maxTerms)
	}
	maxDocs := int(o.maxDocShare * float64(c.docs))
	keys := make([]string, 0, len(c.df))
	for k, n := range c.df {
		if n >= o.minDocs && n <= maxDocs {
			keys = append(keys, k)
		}
	}
	if o.maxTerms > 0 && len(keys) > o.maxTerms {
		sort.Slice(keys, func(i, j int) bool {
			if c.df[keys[i]] != c.df[keys[j]] {
				return c.df[keys[i]] > c.df[keys[j]]
			}
			return keys[i] < keys[j]
		})
		keys = keys[:o.maxTerms]
	}
	sort.Strings(keys)
	v := &Vocabulary{docs: c.docs, keys: keys, index: make(map[string]int32, len(keys)),
		df: make([]int, len(keys)), display: make([]string, len(keys))}
	for i, k := range keys {
		v.index[k] = int32(i)
		v.df[i] = c.df[k]
		v.display[i] = c.forms.Display(k)
	}
	return v, nil
}
