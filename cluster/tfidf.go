package cluster

import (
	"fmt"
	"math"
	"slices"
)

// DocFreq counts, per column, the documents (rows) in which the column is
// nonzero. Counts from several shards combine exactly with Merge, so a large
// corpus can be counted in pieces and weighted with one shared IDF.
type DocFreq struct {
	Docs   int   `json:"docs"`   // rows counted
	Counts []int `json:"counts"` // Counts[j]: rows where column j is nonzero
}

// Add counts the rows of m, growing Counts to m's width if needed.
func (d *DocFreq) Add(m *CSR) {
	if len(d.Counts) < m.cols {
		d.Counts = append(d.Counts, make([]int, m.cols-len(d.Counts))...)
	}
	for _, c := range m.ind {
		d.Counts[c]++
	}
	d.Docs += m.rows
}

// Merge adds the counts of o, growing Counts to o's width if needed.
func (d *DocFreq) Merge(o *DocFreq) {
	if len(d.Counts) < len(o.Counts) {
		d.Counts = append(d.Counts, make([]int, len(o.Counts)-len(d.Counts))...)
	}
	for j, c := range o.Counts {
		d.Counts[j] += c
	}
	d.Docs += o.Docs
}

// TFIDF weights term-count rows: each kept column j of a row gets
// tf(count) × IDF[j'], then the row is L2-normalised (by default).
// Columns pruned by the document-frequency limits are dropped from the
// output; Keep maps each output column to its input column.
//
// A TFIDF is plain data and marshals to JSON, so a fitted weighting can be
// saved with a model and applied to new rows later.
type TFIDF struct {
	TF   TFScheme   `json:"tf"`
	IDFs IDFScheme  `json:"idf_scheme"`
	Norm NormScheme `json:"norm"`
	Docs int        `json:"docs"` // documents the IDF was computed from
	Cols int        `json:"cols"` // input width
	Keep []int      `json:"keep"` // Keep[out] = input column
	IDF  []float64  `json:"idf"`  // IDF[out]
}

// NewTFIDF computes inverse document frequencies from df and prunes columns
// by document frequency. With the default IDFSmooth,
//
//	idf(j) = ln((1 + n) / (1 + df(j))) + 1
//
// where n is the number of documents: scikit-learn's TfidfVectorizer with
// smooth_idf=True. By default a column must occur in at least one document;
// the limits of WithMinDF, WithMinDFFraction, WithMaxDF and
// WithMaxDFFraction all apply together (a fraction f means df ≥ f·n for a
// minimum and df ≤ f·n for a maximum, as scikit-learn's min_df and max_df).
func NewTFIDF(df *DocFreq, opts ...TFIDFOption) (*TFIDF, error) {
	o := tfidfOptions{minDF: 1, maxFrac: 1}
	for _, opt := range opts {
		opt(&o)
	}
	if err := o.validate(); err != nil {
		return nil, err
	}
	if df.Docs <= 0 {
		return nil, fmt.Errorf("cluster: document frequencies count no documents: %w", ErrNoRows)
	}
	n := float64(df.Docs)
	lo := max(float64(o.minDF), o.minFrac*n)
	hi := o.maxFrac * n
	if o.maxDF > 0 {
		hi = min(hi, float64(o.maxDF))
	}
	if hi < lo {
		return nil, fmt.Errorf("cluster: maximum document frequency %g is below the minimum %g for %d documents: %w",
			hi, lo, df.Docs, ErrOption)
	}
	t := &TFIDF{TF: o.tf, IDFs: o.idf, Norm: o.norm, Docs: df.Docs, Cols: len(df.Counts)}
	for j, c := range df.Counts {
		if c < 0 || c > df.Docs {
			return nil, fmt.Errorf("cluster: column %d: document frequency %d outside [0,%d]: %w", j, c, df.Docs, ErrValue)
		}
		if f := float64(c); f >= lo && f <= hi && c > 0 {
			t.Keep = append(t.Keep, j)
			t.IDF = append(t.IDF, o.idf.weight(n, f))
		}
	}
	return t, nil
}

// Columns returns, for each input column, its output column or -1 when the
// column was pruned.
func (t *TFIDF) Columns() []int {
	out := make([]int, t.Cols)
	for j := range out {
		out[j] = -1
	}
	for o, j := range t.Keep {
		out[j] = o
	}
	return out
}

// output returns input column c's output column, or -1 when it was pruned,
// from cols (Columns) or, when cols is nil, by binary search in Keep.
func (t *TFIDF) output(cols []int, c int) int {
	if cols != nil {
		return cols[c]
	}
	if o, ok := slices.BinarySearch(t.Keep, c); ok {
		return o
	}
	return -1
}

// Transform weights a term-count matrix of width t.Cols. Counts must be
// finite and non-negative (ErrValue otherwise, naming row and column); a row
// whose columns were all pruned becomes an empty row.
func (t *TFIDF) Transform(counts *CSR) (*CSR, error) {
	if counts.cols != t.Cols {
		return nil, fmt.Errorf("cluster: counts have %d columns, the weighting was fitted on %d: %w",
			counts.cols, t.Cols, ErrShape)
	}
	if len(t.IDF) != len(t.Keep) {
		return nil, fmt.Errorf("cluster: weighting has %d IDF values for %d kept columns: %w",
			len(t.IDF), len(t.Keep), ErrShape)
	}
	// The inverse of Keep costs 8 bytes per input column; for a few rows
	// (one new comment to assign) a binary search in Keep is cheaper than
	// building it. Keep is increasing when NewTFIDF made it; a hand-made
	// or decoded one that is not takes the general path.
	var cols []int
	if counts.NNZ() >= t.Cols/64 || !slices.IsSorted(t.Keep) {
		cols = t.Columns()
	}
	// The input's nonzeros bound the output's: sizing once avoids the
	// doubling copies of append, which at a million rows held up to three
	// times the matrix at once.
	out := &CSR{rows: counts.rows, cols: len(t.Keep), indptr: make([]int, 1, counts.rows+1),
		ind: make([]int32, 0, counts.NNZ()), val: make([]float32, 0, counts.NNZ())}
	for i := 0; i < counts.rows; i++ {
		r := counts.Row(i)
		start := len(out.ind)
		var ss float64
		for p, c := range r.Cols {
			v := float64(r.Vals[p])
			if v < 0 {
				return nil, fmt.Errorf("cluster: row %d, column %d: negative count %v: %w", i, c, v, ErrValue)
			}
			o := t.output(cols, int(c))
			if o < 0 {
				continue
			}
			w := t.TF.weight(v) * t.IDF[o]
			out.ind = append(out.ind, int32(o))
			out.val = append(out.val, float32(w))
			ss += w * w
		}
		if t.Norm == NormL2 && ss > 0 {
			inv := 1 / math.Sqrt(ss)
			for p := start; p < len(out.val); p++ {
				out.val[p] = float32(float64(out.val[p]) * inv)
			}
		}
		out.indptr = append(out.indptr, len(out.ind))
	}
	return out, nil
}
