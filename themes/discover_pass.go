package themes

import (
	"context"
	"slices"

	"github.com/verbatim-go/verbatim/cluster"
)

// discoverFormSample is the number of comments whose surface forms are
// counted for display ("installation" for the stem "instal"): every
// comment up to that many, above it the comments of evenly spaced chunks.
// Counting a form per term occurrence costs a fifth of the analysis, and
// the most frequent form of any term common enough to head a theme (in a
// few hundred comments or more) is settled in twenty thousand. A vocabulary term
// the sample never saw is shown as written in the first comment holding it
// (see discoverMissingForms).
const discoverFormSample = 20_000

// discoverPass is the analysis of every comment, done once: each chunk's
// terms interned to chunk-local ids. Counting document frequencies and
// building the TF-IDF rows both read it, so no comment is tokenized and
// stemmed twice.
type discoverPass struct {
	docs   int
	chunks []*passChunk
	keys   []string // every distinct key of the corpus, by global id (see counter)
}

// passChunk is one chunk of comments [lo, hi): its distinct term keys (the
// local ids index them), in how many of its comments each occurs, and per
// comment the local ids of its term occurrences, ids[ptr[i]:ptr[i+1]].
// Once the chunks are merged (counter), keys and df give way to global,
// the global id of each local one.
type passChunk struct {
	lo     int
	keys   []string
	df     []int32
	global []int32
	ptr    []int32
	ids    []uint32
	forms  *Forms // nil when the chunk is outside the form sample
}

// discoverAnalyse tokenizes and stems every comment once, on up to workers
// goroutines, counting surface forms on the chunks of a sample of about
// formSample comments (see discoverFormSample).
func discoverAnalyse(ctx context.Context, a *Analyzer, comments []string, workers, formSample int) (*discoverPass, error) {
	n := len(comments)
	chunks := (n + discoverChunk - 1) / discoverChunk
	stride := max(1, (n+formSample-1)/formSample)
	p := &discoverPass{docs: n, chunks: make([]*passChunk, chunks)}
	err := discoverChunks(ctx, n, workers, func(c, lo, hi int) {
		p.chunks[c] = analyseChunk(a, comments, lo, hi, c%stride == 0)
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// analyseChunk interns the terms of comments[lo:hi].
func analyseChunk(a *Analyzer, comments []string, lo, hi int, withForms bool) *passChunk {
	ch := &passChunk{lo: lo, ptr: make([]int32, 1, hi-lo+1)}
	if withForms {
		ch.forms = &Forms{}
	}
	local := map[string]uint32{}
	var seenAt []int // per local id, the last comment counted in df
	var terms []Term
	for i, s := range comments[lo:hi] {
		terms = a.AppendTerms(terms[:0], s)
		for _, t := range terms {
			id, ok := local[t.Key]
			if !ok {
				id = uint32(len(ch.keys))
				local[t.Key] = id
				ch.keys = append(ch.keys, t.Key)
				ch.df = append(ch.df, 0)
				seenAt = append(seenAt, -1)
			}
			if seenAt[id] != i {
				seenAt[id] = i
				ch.df[id]++
			}
			ch.ids = append(ch.ids, id)
		}
		if ch.forms != nil {
			ch.forms.Add(s, terms)
		}
		ch.ptr = append(ch.ptr, int32(len(ch.ids)))
	}
	ch.ids = slices.Clip(ch.ids)
	return ch
}

// counter returns the corpus's document frequencies and sampled forms as a
// VocabCounter, merged in chunk order. It numbers the corpus's distinct
// keys and maps each chunk's local ids to those global ids, dropping the
// chunks' own key lists: a million long comments hold over a hundred
// megabytes of them.
func (p *discoverPass) counter() *VocabCounter {
	vc := &VocabCounter{docs: p.docs, seen: map[string]struct{}{}}
	index := map[string]int32{}
	var df []int
	for _, ch := range p.chunks {
		ch.global = make([]int32, len(ch.keys))
		for id, k := range ch.keys {
			g, ok := index[k]
			if !ok {
				g = int32(len(p.keys))
				index[k] = g
				p.keys = append(p.keys, k)
				df = append(df, 0)
			}
			ch.global[id] = g
			df[g] += int(ch.df[id])
		}
		ch.keys, ch.df = nil, nil
		if ch.forms != nil {
			vc.forms.Merge(ch.forms)
		}
	}
	vc.df = make(map[string]int, len(p.keys))
	for g, k := range p.keys {
		vc.df[k] = df[g]
	}
	return vc
}

// discoverMissingForms gives every vocabulary term the form sample never
// saw the surface forms of the first comment that holds it.
func discoverMissingForms(a *Analyzer, p *discoverPass, comments []string, voc *Vocabulary, forms *Forms) {
	missing := map[string]int{} // key → column
	for c, k := range voc.keys {
		if forms.Count(k) == 0 {
			missing[k] = c
		}
	}
	if len(missing) == 0 {
		return
	}
	wanted := make([]bool, len(p.keys)) // by global id
	for g, k := range p.keys {
		_, wanted[g] = missing[k]
	}
	for _, ch := range p.chunks {
		if len(missing) == 0 {
			return
		}
		if ch.forms != nil {
			continue // every key of a sampled chunk has its forms
		}
		for _, i := range ch.firstComments(wanted) {
			terms := a.Terms(comments[i])
			for _, t := range terms {
				if c, ok := missing[t.Key]; ok {
					forms.AddForm(t.Key, Surface(comments[i], t), 1)
					voc.display[c] = forms.Display(t.Key)
				}
			}
			for _, t := range terms { // all of this comment's forms are counted
				delete(missing, t.Key)
			}
			for _, id := range ch.ids[ch.ptr[i-ch.lo]:ch.ptr[i-ch.lo+1]] {
				wanted[ch.global[id]] = false
			}
		}
	}
}

// firstComments returns, in increasing order, the comments of the chunk
// that are the first to hold one of the wanted global ids.
func (ch *passChunk) firstComments(wanted []bool) []int {
	want := make([]bool, len(ch.global))
	any := false
	for id, g := range ch.global {
		want[id] = wanted[g]
		any = any || want[id]
	}
	if !any {
		return nil
	}
	var out []int
	for i := 0; i+1 < len(ch.ptr); i++ {
		hit := false
		for _, id := range ch.ids[ch.ptr[i]:ch.ptr[i+1]] {
			if want[id] {
				want[id], hit = false, true
			}
		}
		if hit {
			out = append(out, ch.lo+i)
		}
	}
	return out
}

// vectors returns the TF-IDF matrix over sp (one row per comment, empty
// for comments without a term of sp). A first parallel pass counts each
// row's distinct columns, so the matrix is allocated once at its exact
// size; a second fills each chunk's block of rows on its own goroutine and
// drops the chunk's term ids when done. The analysis is released as the
// matrix fills, and no second copy of the matrix is ever made.
func (p *discoverPass) vectors(ctx context.Context, sp *themeSpace, workers int) (*cluster.CSR, error) {
	v := len(sp.keys)
	colOfG := p.columns(sp)
	colOf := make([][]int32, len(p.chunks))
	nnz := make([]int, p.docs+1) // nnz[i+1]: distinct columns of row i
	err := discoverChunksOf(ctx, len(p.chunks), 1, workers, func(c, _, _ int) {
		colOf[c] = p.chunks[c].columns(colOfG)
		p.chunks[c].distinct(colOf[c], v, nnz[p.chunks[c].lo+1:])
	})
	if err != nil {
		return nil, err
	}
	for i := 1; i < len(nnz); i++ {
		nnz[i] += nnz[i-1]
	}
	ind, val := make([]int32, nnz[p.docs]), make([]float32, nnz[p.docs])
	err = discoverChunksOf(ctx, len(p.chunks), 1, workers, func(c, _, _ int) {
		p.chunks[c].fill(sp, colOf[c], nnz, ind, val)
		p.chunks[c], colOf[c] = nil, nil
	})
	if err != nil {
		return nil, err
	}
	return cluster.NewCSR(p.docs, max(1, v), nnz, ind, val)
}

// columns maps the global ids to columns of sp (-1: not a column, or a
// column of zero weight, which a row does not store).
func (p *discoverPass) columns(sp *themeSpace) []int32 {
	colOf := make([]int32, len(p.keys))
	for g, k := range p.keys {
		c, ok := sp.index[k]
		if !ok || sp.idf[c] == 0 {
			c = -1
		}
		colOf[g] = c
	}
	return colOf
}

// columns maps the chunk's local ids to columns, given those of the
// global ids.
func (ch *passChunk) columns(colOfG []int32) []int32 {
	colOf := make([]int32, len(ch.global))
	for id, g := range ch.global {
		colOf[id] = colOfG[g]
	}
	return colOf
}

// distinct writes the number of distinct columns of each of the chunk's
// rows to out[row]. A stamp per column, the last row that counted it,
// finds them without sorting.
func (ch *passChunk) distinct(colOf []int32, v int, out []int) {
	stamp := make([]int32, v)
	for i := 0; i+1 < len(ch.ptr); i++ {
		n := 0
		for _, id := range ch.ids[ch.ptr[i]:ch.ptr[i+1]] {
			if c := colOf[id]; c >= 0 && stamp[c] != int32(i+1) {
				stamp[c] = int32(i + 1)
				n++
			}
		}
		out[i] = n
	}
}

// fill writes the chunk's TF-IDF rows into ind and val at the offsets of
// indptr.
func (ch *passChunk) fill(sp *themeSpace, colOf []int32, indptr []int, ind []int32, val []float32) {
	var r themeRow
	for i := 0; i+1 < len(ch.ptr); i++ {
		r.cols = r.cols[:0]
		for _, id := range ch.ids[ch.ptr[i]:ch.ptr[i+1]] {
			if c := colOf[id]; c >= 0 {
				r.cols = append(r.cols, c)
			}
		}
		r = sp.weigh(r)
		lo := indptr[ch.lo+i]
		copy(ind[lo:], r.cols)
		copy(val[lo:], r.vals)
	}
}
