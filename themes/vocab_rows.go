package themes

import "slices"

// Vocabulary maps term keys to columns 0..Len()-1 in key order, with each
// column's document frequency and display form. It is immutable and safe
// for concurrent use.
type Vocabulary struct {
	docs    int
	keys    []string
	display []string
	df      []int
	index   map[string]int32
}

// Len returns the number of columns.
func (v *Vocabulary) Len() int { return len(v.keys) }

// Docs returns the number of documents the vocabulary was counted on.
func (v *Vocabulary) Docs() int { return v.docs }

// Key returns the term key of column col.
func (v *Vocabulary) Key(col int) string { return v.keys[col] }

// Display returns how people write column col's term: its most frequent
// surface form ("installation" for the key "instal").
func (v *Vocabulary) Display(col int) string { return v.display[col] }

// DocFreq returns the number of documents that contain column col's term.
func (v *Vocabulary) DocFreq(col int) int { return v.df[col] }

// Column returns the column of key.
func (v *Vocabulary) Column(key string) (int, bool) {
	c, ok := v.index[key]
	return int(c), ok
}

// Row is one document's term counts: Cols in increasing order, Counts the
// matching counts. Missing counts the document's terms that have no
// column, so a caller can tell an empty row from an unknown vocabulary.
type Row struct {
	Cols    []int32
	Counts  []float32
	Missing int
}

// Row returns the term counts of one document's terms.
func (v *Vocabulary) Row(terms []Term) Row {
	return v.AppendRow(Row{}, terms)
}

// AppendRow fills r with the term counts of terms, reusing r's slices.
func (v *Vocabulary) AppendRow(r Row, terms []Term) Row {
	r.Cols, r.Counts, r.Missing = countTerms(v.index, r.Cols, r.Counts, terms)
	return r
}

// countTerms writes the sorted columns of the terms found in index and
// their counts into cols and counts (reused from length 0), and returns
// how many terms index does not hold.
func countTerms(index map[string]int32, cols []int32, counts []float32, terms []Term) ([]int32, []float32, int) {
	cols, counts = cols[:0], counts[:0]
	missing := 0
	for _, t := range terms {
		c, ok := index[t.Key]
		if !ok {
			missing++
			continue
		}
		cols = append(cols, c)
	}
	slices.Sort(cols)
	n := 0
	for i, c := range cols {
		if i > 0 && c == cols[n-1] {
			counts[n-1]++
			continue
		}
		cols[n] = c
		counts = append(counts, 1)
		n++
	}
	return cols[:n], counts, missing
}
