package cluster

import (
	"fmt"
	"math"
)

// TFScheme is how a raw term count becomes a term frequency weight.
type TFScheme int

const (
	// TFSublinear uses 1 + ln(count): a word said five times in one comment
	// weighs 2.6, not 5 (scikit-learn's sublinear_tf=True). The default.
	// Fractional counts below 1 (weighted counts) are kept as they are, so
	// the weight stays positive and continuous at 1.
	TFSublinear TFScheme = iota
	// TFRaw uses the count itself.
	TFRaw
	// TFBinary uses 1 for any nonzero count.
	TFBinary
)

func (s TFScheme) weight(c float64) float64 {
	switch s {
	case TFRaw:
		return c
	case TFBinary:
		return 1
	default:
		if c < 1 {
			return c
		}
		return 1 + math.Log(c)
	}
}

// IDFScheme is how document frequency becomes an inverse document weight.
type IDFScheme int

const (
	// IDFSmooth: ln((1+n)/(1+df)) + 1, as if one extra document held every
	// term once (scikit-learn's smooth_idf=True). The default.
	IDFSmooth IDFScheme = iota
	// IDFPlain: ln(n/df) + 1 (scikit-learn's smooth_idf=False).
	IDFPlain
	// IDFNone: every column weighs 1 (term frequency only).
	IDFNone
)

func (s IDFScheme) weight(n, df float64) float64 {
	switch s {
	case IDFPlain:
		return math.Log(n/df) + 1
	case IDFNone:
		return 1
	default:
		return math.Log((1+n)/(1+df)) + 1
	}
}

// NormScheme is the row normalisation applied after weighting.
type NormScheme int

const (
	// NormL2 scales each nonzero row to unit Euclidean length. The default.
	NormL2 NormScheme = iota
	// NormNone leaves rows unscaled.
	NormNone
)

var (
	tfNames   = []string{"sublinear", "raw", "binary"}
	idfNames  = []string{"smooth", "plain", "none"}
	normNames = []string{"l2", "none"}
)

func (s TFScheme) String() string   { return enumName(tfNames, int(s)) }
func (s IDFScheme) String() string  { return enumName(idfNames, int(s)) }
func (s NormScheme) String() string { return enumName(normNames, int(s)) }

// MarshalText writes the scheme's name, so saved models read clearly.
func (s TFScheme) MarshalText() ([]byte, error) { return enumText(tfNames, int(s)) }

// MarshalText writes the scheme's name.
func (s IDFScheme) MarshalText() ([]byte, error) { return enumText(idfNames, int(s)) }

// MarshalText writes the scheme's name.
func (s NormScheme) MarshalText() ([]byte, error) { return enumText(normNames, int(s)) }

// UnmarshalText reads a scheme name written by MarshalText.
func (s *TFScheme) UnmarshalText(b []byte) error { return enumParse(tfNames, b, (*int)(s)) }

// UnmarshalText reads a scheme name written by MarshalText.
func (s *IDFScheme) UnmarshalText(b []byte) error { return enumParse(idfNames, b, (*int)(s)) }

// UnmarshalText reads a scheme name written by MarshalText.
func (s *NormScheme) UnmarshalText(b []byte) error { return enumParse(normNames, b, (*int)(s)) }

func enumName(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("unknown(%d)", i)
	}
	return names[i]
}

func enumText(names []string, i int) ([]byte, error) {
	if i < 0 || i >= len(names) {
		return nil, fmt.Errorf("cluster: scheme %d unknown, want one of %q: %w", i, names, ErrOption)
	}
	return []byte(names[i]), nil
}

func enumParse(names []string, b []byte, dst *int) error {
	for i, n := range names {
		if n == string(b) {
			*dst = i
			return nil
		}
	}
	return fmt.Errorf("cluster: scheme %q unknown, want one of %q: %w", b, names, ErrOption)
}

// TFIDFOption configures NewTFIDF.
type TFIDFOption func(*tfidfOptions)

type tfidfOptions struct {
	tf      TFScheme
	idf     IDFScheme
	norm    NormScheme
	minDF   int
	maxDF   int // 0: no count limit
	minFrac float64
	maxFrac float64
}

func (o *tfidfOptions) validate() error {
	switch {
	case o.tf < TFSublinear || o.tf > TFBinary:
		return fmt.Errorf("cluster: TF scheme %d unknown: %w", o.tf, ErrOption)
	case o.idf < IDFSmooth || o.idf > IDFNone:
		return fmt.Errorf("cluster: IDF scheme %d unknown: %w", o.idf, ErrOption)
	case o.norm < NormL2 || o.norm > NormNone:
		return fmt.Errorf("cluster: norm scheme %d unknown: %w", o.norm, ErrOption)
	case o.minDF < 0 || o.maxDF < 0:
		return fmt.Errorf("cluster: document frequency limits %d, %d must not be negative: %w", o.minDF, o.maxDF, ErrOption)
	case !(o.minFrac >= 0 && o.minFrac <= 1) || !(o.maxFrac >= 0 && o.maxFrac <= 1):
		return fmt.Errorf("cluster: document frequency fractions %v, %v outside [0,1]: %w", o.minFrac, o.maxFrac, ErrOption)
	}
	return nil
}

// WithTF sets the term frequency scheme (default TFSublinear).
func WithTF(s TFScheme) TFIDFOption { return func(o *tfidfOptions) { o.tf = s } }

// WithIDF sets the inverse document frequency scheme (default IDFSmooth).
func WithIDF(s IDFScheme) TFIDFOption { return func(o *tfidfOptions) { o.idf = s } }

// WithNorm sets the row normalisation (default NormL2).
func WithNorm(s NormScheme) TFIDFOption { return func(o *tfidfOptions) { o.norm = s } }

// WithMinDF keeps only columns found in at least n documents (default 1).
func WithMinDF(n int) TFIDFOption { return func(o *tfidfOptions) { o.minDF = n } }

// WithMaxDF keeps only columns found in at most n documents (default: no
// limit).
func WithMaxDF(n int) TFIDFOption { return func(o *tfidfOptions) { o.maxDF = n } }

// WithMinDFFraction keeps only columns found in at least a fraction f of the
// documents (default 0).
func WithMinDFFraction(f float64) TFIDFOption { return func(o *tfidfOptions) { o.minFrac = f } }

// WithMaxDFFraction keeps only columns found in at most a fraction f of the
// documents (default 1).
func WithMaxDFFraction(f float64) TFIDFOption { return func(o *tfidfOptions) { o.maxFrac = f } }
