package themes

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model files: a JSON object whose "format" is ModelFormat and whose
// "version" is ModelVersion.
const (
	ModelFormat  = "verbatim-themes-model"
	ModelVersion = 1
)

// Sentinel errors of Load, wrapped with the place at fault.
var (
	// ErrModelFormat: the input is not JSON, or not a themes model.
	ErrModelFormat = errors.New("not a verbatim themes model")
	// ErrModelVersion: a themes model of a version this library cannot read.
	ErrModelVersion = errors.New("unsupported themes model version")
	// ErrModelInvalid: a themes model whose content is inconsistent
	// (a corrupt or hand-edited file).
	ErrModelInvalid = errors.New("invalid themes model")
)

type modelFile struct {
	Format   string          `json:"format"`
	Version  int             `json:"version"`
	Settings modelSettings   `json:"settings"`
	Analyzer modelAnalyzer   `json:"analyzer"`
	Docs     int             `json:"docs"`
	Terms    modelTerms      `json:"terms"`
	Comments int             `json:"comments"`
	NoTheme  []int           `json:"no_theme"`
	Themes   []Theme         `json:"themes"`
	Cents    []modelCentFile `json:"centroids"`
}

type modelAnalyzer struct {
	Language      Language   `json:"language"`
	StopWords     []string   `json:"stop_words"`
	MinLength     int        `json:"min_length"`
	NegationScope int        `json:"negation_scope"`
	Keep          Keep       `json:"keep"`
	PhraseMode    PhraseMode `json:"phrase_mode"`
	Phrases       *Phrases   `json:"phrases,omitempty"`
}

// modelTerms are the columns, as parallel lists.
type modelTerms struct {
	Keys    []string  `json:"keys"`
	Display []string  `json:"display"`
	DF      []int     `json:"df"`
	Weight  []float64 `json:"weight"` // IDF times noun weight
}

type modelCentFile struct {
	Cols      []int32   `json:"cols"`
	Vals      []float32 `json:"vals"`
	Mass      float64   `json:"mass"`
	CountCols []int32   `json:"count_cols"`
	Counts    []float64 `json:"counts"`
}

// Save writes the model as indented JSON (see Load). The same model always
// gives the same bytes. Per-comment memberships are not saved; Assign
// recomputes them from a comment's text.
func (m *Model) Save(w io.Writer) error {
	f := modelFile{
		Format: ModelFormat, Version: ModelVersion, Settings: m.settings, Docs: m.sp.docs,
		Analyzer: modelAnalyzer{
			Language: m.an.opts.lang, StopWords: m.an.StopWords(), MinLength: m.an.opts.minLength,
			NegationScope: m.an.opts.negationScope, Keep: m.an.opts.keep, PhraseMode: m.an.opts.phraseMode,
			Phrases: m.an.opts.phrases,
		},
		Terms:    modelTerms{Keys: m.sp.keys, Display: m.sp.display, DF: m.sp.df, Weight: m.sp.idf},
		Comments: m.comments, NoTheme: m.noTheme, Themes: m.themes,
	}
	if f.NoTheme == nil {
		f.NoTheme = []int{}
	}
	for _, c := range m.cents {
		cols := themeSortedCols(c.counts)
		counts := make([]float64, len(cols))
		for i, col := range cols {
			counts[i] = c.counts[col]
		}
		f.Cents = append(f.Cents, modelCentFile{Cols: c.cols, Vals: c.vals, Mass: c.mass, CountCols: cols, Counts: counts})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("themes: saving model: %w", err)
	}
	return nil
}

// Load reads a model written by Save. Errors wrap ErrModelFormat (not JSON,
// or not a themes model), ErrModelVersion (another version) or
// ErrModelInvalid (inconsistent content, with the place named).
func Load(r io.Reader) (*Model, error) {
	var f modelFile
	dec := json.NewDecoder(r)
	if err := dec.Decode(&f); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return nil, fmt.Errorf("%w: field %q: %v", ErrModelInvalid, ute.Field, err)
		}
		return nil, fmt.Errorf("%w: %w", ErrModelFormat, err)
	}
	if f.Format != ModelFormat {
		return nil, fmt.Errorf("%w: format %q, want %q", ErrModelFormat, f.Format, ModelFormat)
	}
	if f.Version != ModelVersion {
		return nil, fmt.Errorf("%w: version %d, this library reads %d", ErrModelVersion, f.Version, ModelVersion)
	}
	if err := f.check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModelInvalid, err)
	}
	return f.model()
}

func (f *modelFile) model() (*Model, error) {
	a := f.Analyzer
	an, err := NewAnalyzer(WithLanguage(a.Language), WithStopWords(a.StopWords...), WithMinLength(a.MinLength),
		WithNegationScope(a.NegationScope), WithKeep(a.Keep), WithPhrases(a.Phrases), WithPhraseMode(a.PhraseMode))
	if err != nil {
		return nil, fmt.Errorf("%w: analyzer: %w", ErrModelInvalid, err)
	}
	sp := &themeSpace{docs: f.Docs, keys: f.Terms.Keys, display: f.Terms.Display, df: f.Terms.DF,
		idf: f.Terms.Weight, index: make(map[string]int32, len(f.Terms.Keys))}
	for c, k := range sp.keys {
		sp.index[k] = int32(c)
	}
	m := &Model{an: an, sp: sp, themes: f.Themes, comments: f.Comments, noTheme: f.NoTheme, settings: f.Settings}
	for _, c := range f.Cents {
		mc := modelCentroid{cols: c.Cols, vals: c.Vals, mass: c.Mass, counts: themeCounts{}}
		for i, col := range c.CountCols {
			mc.counts[col] = c.Counts[i]
		}
		m.cents = append(m.cents, mc)
	}
	m.buildDense()
	return m, nil
}

// check validates everything Assign, Merge and the accessors rely on.
func (f *modelFile) check() error {
	t := f.Terms
	n := len(t.Keys)
	if len(t.Display) != n || len(t.DF) != n || len(t.Weight) != n {
		return fmt.Errorf("terms: %d keys, %d display forms, %d document frequencies, %d weights",
			n, len(t.Display), len(t.DF), len(t.Weight))
	}
	seen := make(map[string]bool, n)
	for c, k := range t.Keys {
		if k == "" || seen[k] {
			return fmt.Errorf("terms: key %d %q is empty or repeated", c, k)
		}
		seen[k] = true
		if !finite(t.Weight[c]) || t.Weight[c] < 0 {
			return fmt.Errorf("terms: key %d %q: weight %v", c, k, t.Weight[c])
		}
	}
	s := f.Settings
	if s.MinTerms < 1 || !(s.MinStrength >= 0 && s.MinStrength <= 1) || !(s.StrengthRatio >= 0 && s.StrengthRatio <= 1) {
		return fmt.Errorf("settings: min terms %d, min strength %v, ratio %v", s.MinTerms, s.MinStrength, s.StrengthRatio)
	}
	if len(f.Cents) != len(f.Themes) {
		return fmt.Errorf("%d themes but %d centroids", len(f.Themes), len(f.Cents))
	}
	ids := map[string]bool{}
	for i, th := range f.Themes {
		if th.ID == "" || ids[th.ID] {
			return fmt.Errorf("theme %d: id %q is empty or repeated", i+1, th.ID)
		}
		ids[th.ID] = true
		if err := f.Cents[i].check(n); err != nil {
			return fmt.Errorf("theme %d (%s): %w", i+1, th.ID, err)
		}
	}
	return nil
}

func (c *modelCentFile) check(cols int) error {
	if len(c.Vals) != len(c.Cols) || len(c.Counts) != len(c.CountCols) {
		return fmt.Errorf("centroid: %d columns and %d values, %d count columns and %d counts",
			len(c.Cols), len(c.Vals), len(c.CountCols), len(c.Counts))
	}
	if err := increasing(c.Cols, cols); err != nil {
		return fmt.Errorf("centroid: %w", err)
	}
	if err := increasing(c.CountCols, cols); err != nil {
		return fmt.Errorf("counts: %w", err)
	}
	for p, v := range c.Vals {
		if !finite(float64(v)) {
			return fmt.Errorf("centroid: column %d: value %v", c.Cols[p], v)
		}
	}
	if !finite(c.Mass) || c.Mass < 0 {
		return fmt.Errorf("centroid: mass %v", c.Mass)
	}
	return nil
}

func increasing(cols []int32, n int) error {
	for p, c := range cols {
		if c < 0 || int(c) >= n || (p > 0 && c <= cols[p-1]) {
			return fmt.Errorf("column %d (entry %d) out of range [0,%d) or out of order", c, p, n)
		}
	}
	return nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
