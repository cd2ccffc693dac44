package sentiment

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
)

// ErrCorrupt is returned (wrapped, with the reason) when a saved learned
// lexicon cannot be read back.
var ErrCorrupt = errors.New("corrupt learned lexicon")

// ErrVersion is returned (wrapped) for a learned lexicon saved by a newer
// or unknown format version.
var ErrVersion = errors.New("unsupported learned lexicon version")

// Save writes the learned lexicon as indented JSON.
func (l *LearnedLexicon) Save(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(l); err != nil {
		return fmt.Errorf("sentiment: saving learned lexicon: %w", err)
	}
	return nil
}

// LoadLearned reads a learned lexicon written by Save and checks it: the
// version, and every term (non-empty, at most two words, sorted, unique,
// with a finite valence within ±MaxValence). Errors name the offending term.
func LoadLearned(r io.Reader) (*LearnedLexicon, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var l LearnedLexicon
	if err := dec.Decode(&l); err != nil {
		return nil, fmt.Errorf("sentiment: %w: %v", ErrCorrupt, err)
	}
	if err := dec.Decode(&struct{}{}); err != io.EOF {
		return nil, fmt.Errorf("sentiment: %w: data after the lexicon", ErrCorrupt)
	}
	if l.Version != learnedVersion {
		return nil, fmt.Errorf("sentiment: %w: %d (this library reads %d)", ErrVersion, l.Version, learnedVersion)
	}
	for i, t := range l.Terms {
		if err := checkTerm(t); err != nil {
			return nil, fmt.Errorf("sentiment: %w: term %d %q: %v", ErrCorrupt, i, t.Term, err)
		}
		if i > 0 && l.Terms[i-1].Term >= t.Term {
			return nil, fmt.Errorf("sentiment: %w: term %d %q: not sorted or repeated", ErrCorrupt, i, t.Term)
		}
	}
	return &l, nil
}

func checkTerm(t LearnedTerm) error {
	key := normalizeTerm(t.Term)
	switch {
	case key == "" || key != t.Term:
		return errors.New("not a normalised term (lower case, no apostrophes, single spaces)")
	case len(splitKey(key)) > 2:
		return errors.New("more than two words")
	case math.IsNaN(t.Valence) || math.Abs(t.Valence) > MaxValence:
		return fmt.Errorf("valence %v outside [-%v, %v]", t.Valence, MaxValence, MaxValence)
	case t.Positive < 0 || t.Negative < 0:
		return errors.New("negative count")
	}
	return nil
}
