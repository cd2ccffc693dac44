package themes

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// TaxonomyFormat is the value of the "format" field every taxonomy file
// carries, and TaxonomyVersion the version of the file format this library
// reads and writes. A file with another version is refused with
// ErrTaxonomyVersion rather than half understood.
const (
	TaxonomyFormat  = "verbatim-taxonomy"
	TaxonomyVersion = 1
)

// Errors returned (wrapped, with the file and the place) when a taxonomy is
// read or compiled.
var (
	// ErrTaxonomyFormat: the input is not JSON, has fields this format
	// does not know, or is not a verbatim taxonomy.
	ErrTaxonomyFormat = errors.New("not a verbatim taxonomy file")
	// ErrTaxonomyVersion: the file is a taxonomy of an unsupported version.
	ErrTaxonomyVersion = errors.New("unsupported taxonomy version")
	// ErrTaxonomyInvalid: the taxonomy is well-formed JSON but breaks a
	// rule (unknown cue kind, empty pattern, duplicate key, ...).
	ErrTaxonomyInvalid = errors.New("invalid taxonomy")
)

// TaxonomySpec is a root-cause taxonomy as data: the JSON form of a
// taxonomy file, before it is checked and compiled into a Taxonomy. Zero
// settings take the documented defaults, or the base's settings when the
// spec extends another taxonomy.
//
// A file that extends "default" lists only what it changes: a cause with a
// key the base has adds its cues to the base cause's (or replaces them,
// with "replace_cues": true) and overrides the non-empty texts; a cause with
// a new key is added. Without "extends" the file is the whole taxonomy.
type TaxonomySpec struct {
	// Format must be TaxonomyFormat and Version TaxonomyVersion.
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Name names the taxonomy in reports.
	Name string `json:"name,omitempty"`
	// Extends is "" (a complete taxonomy) or "default".
	Extends string `json:"extends,omitempty"`
	// Threshold is the score a cause needs to be reported; default 1,
	// which one strong cue (weight 1 or more) or two weaker ones reach.
	Threshold float64 `json:"threshold,omitempty"`
	// MaxCauses caps the ranked causes per comment; 0 means no cap.
	MaxCauses int `json:"max_causes,omitempty"`
	// NegationWindow is how many words before a match a negating word
	// cancels it ("no real problems"); default 3, at most 10. The window
	// stops at punctuation and at contrast words; the emphasis words even,
	// ever, really and actually are not counted ("didn't even have to
	// repeat myself").
	NegationWindow int `json:"negation_window,omitempty"`
	// PatternGap is the most tokens a "..." in a pattern skips; default 6,
	// at most 30.
	PatternGap int `json:"pattern_gap,omitempty"`
	// ContrastBefore multiplies the weight of matches that come before a
	// contrast word ("but", "however", "although") in the same sentence,
	// since the clause after the contrast is usually the point; in (0, 1],
	// 0 meaning unset (1: no discount).
	ContrastBefore float64 `json:"contrast_before,omitempty"`
	// SecondaryRatio keeps a cause after the top one only when its score
	// is at least this fraction of the top cause's score (and at or above
	// Threshold), so a passing remark does not become a second cause of a
	// comment that is mostly about something else; in [0, 1], 0 meaning
	// no such rule.
	SecondaryRatio float64 `json:"secondary_ratio,omitempty"`
	// Causes are the causes in order (the order breaks score ties). The
	// cause none is added at the end when absent.
	Causes []CauseDef `json:"causes"`
}

// Setting defaults for a spec that leaves them zero and extends nothing.
const (
	taxonomyDefaultThreshold = 1.0
	taxonomyDefaultWindow    = 3
	taxonomyDefaultGap       = 6
)

//go:embed taxonomy_default.json
var taxonomyDefaultJSON []byte

var (
	taxonomyDefaultOnce sync.Once
	taxonomyDefaultTax  *Taxonomy
)

// TaxonomyDefault returns the built-in taxonomy: the seven causes of the
// domain brief and none, with cues for how customers of telecoms, SaaS,
// retail and banking put them. It is compiled once and safe for concurrent
// use. Its JSON (Taxonomy.MarshalJSON) is a starting point for a caller's
// own file.
func TaxonomyDefault() *Taxonomy {
	taxonomyDefaultOnce.Do(func() {
		t, err := TaxonomyRead(bytes.NewReader(taxonomyDefaultJSON), "taxonomy_default.json")
		if err != nil {
			panic("themes: the embedded default taxonomy is broken: " + err.Error())
		}
		taxonomyDefaultTax = t
	})
	return taxonomyDefaultTax
}

// TaxonomyLoad reads and compiles the taxonomy file at path. Errors name
// the file and, for malformed JSON, the line and column.
func TaxonomyLoad(path string) (*Taxonomy, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("themes: taxonomy: %w", err)
	}
	defer f.Close()
	return TaxonomyRead(f, path)
}

// TaxonomyRead reads a taxonomy in JSON from r and compiles it; name
// (a file name, or any label) is used in error messages.
func TaxonomyRead(r io.Reader, name string) (*Taxonomy, error) {
	spec, err := TaxonomySpecRead(r, name)
	if err != nil {
		return nil, err
	}
	t, err := taxonomyCompile(spec)
	if err != nil {
		return nil, fmt.Errorf("themes: taxonomy %s: %w", name, err)
	}
	return t, nil
}

// TaxonomySpecRead decodes a taxonomy file without compiling it, so a
// caller can change it first. It checks the JSON, the format and the
// version; TaxonomyCompile checks the rest.
func TaxonomySpecRead(r io.Reader, name string) (TaxonomySpec, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return TaxonomySpec{}, fmt.Errorf("themes: taxonomy %s: %w", name, err)
	}
	var spec TaxonomySpec
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&spec); err != nil {
		return TaxonomySpec{}, taxonomyJSONError(name, data, dec, err)
	}
	if dec.More() {
		line, col := taxonomyLineCol(data, dec.InputOffset())
		return TaxonomySpec{}, fmt.Errorf("themes: taxonomy %s:%d:%d: data after the taxonomy object: %w", name, line, col, ErrTaxonomyFormat)
	}
	if err := spec.checkHeader(); err != nil {
		return TaxonomySpec{}, fmt.Errorf("themes: taxonomy %s: %w", name, err)
	}
	return spec, nil
}

// taxonomyJSONError turns a decoding error into one naming the file, line
// and column.
func taxonomyJSONError(name string, data []byte, dec *json.Decoder, err error) error {
	off := dec.InputOffset()
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
	case errors.Is(err, io.EOF):
		return fmt.Errorf("themes: taxonomy %s: empty input: %w", name, ErrTaxonomyFormat)
	}
	line, col := taxonomyLineCol(data, off)
	return fmt.Errorf("themes: taxonomy %s:%d:%d: %v: %w", name, line, col, err, ErrTaxonomyFormat)
}

// taxonomyLineCol converts a byte offset into a 1-based line and column.
func taxonomyLineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line, col = 1, 1
	for _, c := range data[:off] {
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}

// checkHeader checks the format and version fields.
func (s *TaxonomySpec) checkHeader() error {
	switch {
	case s.Format == "":
		return fmt.Errorf("missing \"format\": %q expected: %w", TaxonomyFormat, ErrTaxonomyFormat)
	case s.Format != TaxonomyFormat:
		return fmt.Errorf("format %q is not %q: %w", s.Format, TaxonomyFormat, ErrTaxonomyFormat)
	case s.Version == 0:
		return fmt.Errorf("missing \"version\" (this library reads version %d): %w", TaxonomyVersion, ErrTaxonomyVersion)
	case s.Version != TaxonomyVersion:
		return fmt.Errorf("version %d (this library reads version %d): %w", s.Version, TaxonomyVersion, ErrTaxonomyVersion)
	}
	return nil
}

// AddCues appends cues to the cause key of the spec.
func (s *TaxonomySpec) AddCues(key Cause, cues ...Cue) error {
	d := s.find(key)
	if d == nil {
		return fmt.Errorf("themes: taxonomy: cause %q: %w", key, ErrCauseUnknown)
	}
	d.Cues = append(d.Cues, cues...)
	return nil
}

// ReplaceCues replaces the cues of the cause key.
func (s *TaxonomySpec) ReplaceCues(key Cause, cues ...Cue) error {
	d := s.find(key)
	if d == nil {
		return fmt.Errorf("themes: taxonomy: cause %q: %w", key, ErrCauseUnknown)
	}
	d.Cues = append([]Cue(nil), cues...)
	return nil
}

// AddCause appends a new cause; its key must not be in the spec already.
func (s *TaxonomySpec) AddCause(def CauseDef) error {
	if s.find(def.Key) != nil {
		return fmt.Errorf("themes: taxonomy: cause %q already exists: %w", def.Key, ErrTaxonomyInvalid)
	}
	def.Cues = append([]Cue(nil), def.Cues...)
	def.ScoreBands = append([]CauseScoreBand(nil), def.ScoreBands...)
	s.Causes = append(s.Causes, def)
	return nil
}

func (s *TaxonomySpec) find(key Cause) *CauseDef {
	for i := range s.Causes {
		if s.Causes[i].Key == key {
			return &s.Causes[i]
		}
	}
	return nil
}

// clone returns a deep copy of the spec.
func (s TaxonomySpec) clone() TaxonomySpec {
	s.Causes = append([]CauseDef(nil), s.Causes...)
	for i := range s.Causes {
		s.Causes[i].Cues = append([]Cue(nil), s.Causes[i].Cues...)
		s.Causes[i].ScoreBands = append([]CauseScoreBand(nil), s.Causes[i].ScoreBands...)
	}
	return s
}
