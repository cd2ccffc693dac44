package themes

import (
	"encoding/json"
	"fmt"
	"sync"
)

// Taxonomy is a compiled root-cause taxonomy: the causes with their cues,
// fixes and recovery horizons, and a matcher that scores comments against
// them. Build one with TaxonomyDefault, TaxonomyLoad, TaxonomyRead or
// TaxonomyCompile; it is immutable and safe for concurrent use.
//
// How a comment is scored (see Score): the comment is tokenized with byte
// offsets, each word is lower-cased and stemmed, and every cue whose first
// slot matches a word is tried there. A match preceded by a negating word
// within NegationWindow words of the same clause is cancelled unless the
// cue itself negates ("not ... yet", "nobody called back"); a match before
// a contrast word in its sentence is discounted by ContrastBefore. A
// cause's score is the sum, over its cues, of each cue's strongest match,
// so one cue repeated adds no more than once; when the respondent's score
// is passed, it is multiplied by the cause's score band factor
// (CauseScoreBand). Causes at or above their threshold (CauseDef.Threshold,
// else the taxonomy's Threshold) are ranked by score (ties in taxonomy order) and capped at MaxCauses; a
// comment with none of them gets CauseNone.
type Taxonomy struct {
	spec     TaxonomySpec
	index    map[Cause]int
	cues     []cueCompiled
	byStem   [][]int32 // stem id -> cues whose first slot holds that stem
	negFirst []int32   // cues whose first slot is ~neg
	numFirst []int32   // cues whose first slot is #
	whole    map[string][]int32
	wholeMax int // most words in a CueWhole text
	mismatch []int32
	factors  [][11]float64 // per cause, the score band factor for each respondent score
	limits   []float64     // per cause, the threshold it needs (its own or the taxonomy's)
	nwords   int           // length of a causeBits over the cue stems
	stems    causeStemCache
	pool     sync.Pool // *causeScratch
}

// TaxonomyCompile checks spec (applying Extends and defaults) and compiles
// it. Errors wrap ErrTaxonomyFormat, ErrTaxonomyVersion or
// ErrTaxonomyInvalid and name the cause and cue at fault.
func TaxonomyCompile(spec TaxonomySpec) (*Taxonomy, error) {
	t, err := taxonomyCompile(spec)
	if err != nil {
		return nil, fmt.Errorf("themes: taxonomy: %w", err)
	}
	return t, nil
}

func taxonomyCompile(spec TaxonomySpec) (*Taxonomy, error) {
	full, err := taxonomyResolve(spec)
	if err != nil {
		return nil, err
	}
	t := &Taxonomy{spec: full, index: make(map[Cause]int, len(full.Causes)), whole: map[string][]int32{}}
	v := &cueVocab{ids: map[string]int32{}}
	for ci, d := range full.Causes {
		t.index[d.Key] = ci
		for _, c := range d.Cues {
			cc, err := cueCompile(c, v)
			if err != nil { // unreachable: taxonomyResolve compiled every cue
				return nil, fmt.Errorf("cause %q: %w", d.Key, err)
			}
			cc.cause = ci
			t.cues = append(t.cues, cc)
		}
	}
	for i := range t.cues {
		t.cues[i].prepareMasks(len(v.ids))
	}
	t.factors = make([][11]float64, len(full.Causes))
	t.limits = make([]float64, len(full.Causes))
	for ci, d := range full.Causes {
		t.factors[ci] = causeBandFactors(d.ScoreBands)
		t.limits[ci] = full.Threshold
		if d.Threshold > 0 {
			t.limits[ci] = d.Threshold
		}
	}
	t.nwords = (len(v.ids) + 63) / 64
	t.buildIndex(len(v.ids))
	t.stems = causeStemCache{vocab: v.ids}
	return t, nil
}

// buildIndex files every cue under what its first slot needs.
func (t *Taxonomy) buildIndex(nstems int) {
	t.byStem = make([][]int32, nstems)
	for i := range t.cues {
		c := &t.cues[i]
		n := int32(i)
		switch {
		case c.def.Kind == CueWhole:
			t.whole[c.whole] = append(t.whole[c.whole], n)
			t.wholeMax = max(t.wholeMax, causeWordCount(c.whole))
		case c.def.Kind == CueScoreMismatch:
			t.mismatch = append(t.mismatch, n)
		default:
			first := c.slots[0]
			if first.neg {
				t.negFirst = append(t.negFirst, n)
			}
			if first.num {
				t.numFirst = append(t.numFirst, n)
			}
			for _, id := range first.ids {
				t.byStem[id] = append(t.byStem[id], n)
			}
		}
	}
}

func causeWordCount(s string) int {
	n := 1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			n++
		}
	}
	return n
}

// Spec returns a deep copy of the complete (resolved) taxonomy, to change
// and compile again or to save.
func (t *Taxonomy) Spec() TaxonomySpec { return t.spec.clone() }

// MarshalJSON writes the complete taxonomy in the file format TaxonomyRead
// reads.
func (t *Taxonomy) MarshalJSON() ([]byte, error) { return json.Marshal(t.spec) }

// Name returns the taxonomy's name.
func (t *Taxonomy) Name() string { return t.spec.Name }

// Causes returns the causes in taxonomy order, none last.
func (t *Taxonomy) Causes() []CauseDef { return t.Spec().Causes }

// Cause returns the definition of the cause key.
func (t *Taxonomy) Cause(key Cause) (CauseDef, bool) {
	i, ok := t.index[key]
	if !ok {
		return CauseDef{}, false
	}
	d := t.spec.Causes[i]
	d.Cues = append([]Cue(nil), d.Cues...)
	d.ScoreBands = append([]CauseScoreBand(nil), d.ScoreBands...)
	return d, true
}

// Parse returns the cause of this taxonomy whose key is s.
func (t *Taxonomy) Parse(s string) (Cause, error) {
	if _, ok := t.index[Cause(s)]; !ok {
		return "", fmt.Errorf("themes: cause %q is not in taxonomy %q: %w", s, t.spec.Name, ErrCauseUnknown)
	}
	return Cause(s), nil
}

// Threshold returns the score a cause needs to be ranked by default: the
// taxonomy's setting, which a cause with its own CauseDef.Threshold
// overrides (see CauseThresholdOf).
func (t *Taxonomy) Threshold() float64 { return t.spec.Threshold }

// CauseThresholdOf returns the score the cause key needs to be ranked: its
// own threshold when it has one, else the taxonomy's; false for a key
// that is not in the taxonomy, and for none, which is never scored.
func (t *Taxonomy) CauseThresholdOf(key Cause) (float64, bool) {
	i, ok := t.index[key]
	if !ok || key == CauseNone {
		return 0, false
	}
	return t.limits[i], true
}

// causeStemCache maps a stem to its id among the cue stems. It is
// read-only once compiled, so every goroutine reads it without a lock;
// each scoring scratch keeps its own cache of whole words in front of it
// (causeScratch.word), so each distinct word is stemmed once per scratch.
type causeStemCache struct {
	vocab map[string]int32
}

// causeWordCacheMax bounds a scratch's word cache: later new words are
// stemmed every time, which keeps memory bounded on adversarial input.
const causeWordCacheMax = 1 << 17

// stemID returns the id of a lower-case word's stem, -1 for a stem no cue
// uses.
func (c *causeStemCache) stemID(lower string) int32 {
	if id, ok := c.vocab[cueStem(lower)]; ok {
		return id
	}
	return -1
}
