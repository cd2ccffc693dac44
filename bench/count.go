package bench

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/verbatim-go/verbatim/cluster"
	"github.com/verbatim-go/verbatim/themes"
)

// blockDocs is the number of comments analysed as one unit of work. Blocks
// are fixed whatever the number of workers and their results are combined
// in block order, so the output does not depend on the core count.
const blockDocs = 4096

// block is the analysis of one run of comments: each distinct term key
// once (local ids in order of first appearance) and every comment's terms
// as local ids, so a block holds 4 bytes per term occurrence rather than a
// Term (48 bytes) or a string.
type block struct {
	keys []string
	ends []int32 // ends[d] is the end of comment d's ids
	ids  []int32
}

// Counts is the term-count matrix of a corpus: row i counts comment i's
// terms, column j is term key Keys[j] (keys in sorted order).
type Counts struct {
	X    *cluster.CSR
	Keys []string
}

// Count analyses every comment with a (tokenize, normalise, stop words,
// stem) on workers goroutines (GOMAXPROCS when workers < 1) and returns the
// term counts. The result is identical for any number of workers.
func Count(a *themes.Analyzer, comments []string, workers int) Counts {
	return countsOf(analyzeBlocks(a, comments, workers), workers)
}

// countsOf assembles the blocks' term counts into one matrix: each block
// becomes its own rows on workers goroutines (and is released once done),
// then the parts are stacked in block order.
func countsOf(blocks []block, workers int) Counts {
	keys, remap := mergeKeys(blocks)
	parts := make([]*cluster.CSR, len(blocks))
	parallelBlocks(len(blocks), workers, func(bi int) {
		parts[bi] = blockRows(&blocks[bi], remap[bi], len(keys))
		blocks[bi] = block{}
	})
	x, err := cluster.ShardStack(parts...)
	if err != nil { // parts share one width: only an empty corpus fails
		x = cluster.NewBuilder(len(keys)).Build()
	}
	return Counts{X: x, Keys: keys}
}

// blockRows returns one block's comments as count rows over cols columns.
func blockRows(blk *block, remap []int32, cols int) *cluster.CSR {
	b := cluster.NewBuilder(cols)
	var ids []int32
	var row []cluster.Entry
	start := int32(0)
	for _, end := range blk.ends {
		ids = ids[:0]
		for _, id := range blk.ids[start:end] {
			ids = append(ids, remap[id])
		}
		start = end
		// Sorting 4-byte ids and counting runs here leaves the builder
		// sorted, duplicate-free entries, its cheapest case.
		slices.Sort(ids)
		row = row[:0]
		for i, c := range ids {
			if i > 0 && c == ids[i-1] {
				row[len(row)-1].Val++
				continue
			}
			row = append(row, cluster.Entry{Col: int(c), Val: 1})
		}
		// Columns are in range and counts finite: AddRow cannot fail.
		if err := b.AddRow(row); err != nil {
			panic("bench: " + err.Error())
		}
	}
	return b.Build()
}

// parallelBlocks calls fn for every block index on workers goroutines
// (GOMAXPROCS when workers < 1). Each index is handled once; fn must only
// touch that block's data.
func parallelBlocks(n, workers int, fn func(i int)) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// analyzeBlocks runs the analyzer over comments in blocks of blockDocs.
func analyzeBlocks(a *themes.Analyzer, comments []string, workers int) []block {
	lo := 0
	blocks, _ := streamBlocks(a, workers, func() ([]string, error) {
		hi := min(lo+blockDocs, len(comments))
		part := comments[lo:hi]
		lo = hi
		return part, nil
	})
	return blocks
}

// job is one block of comments to analyse and its place in the output.
type job struct {
	index    int
	comments []string
}

// streamBlocks analyses the blocks that next returns (until an empty one
// or an error) on workers goroutines while next produces the following
// ones, so a streamed input is never held whole: a block's comments are
// dropped once analysed. Block i of the result is the i-th block read.
func streamBlocks(a *themes.Analyzer, workers int, next func() ([]string, error)) ([]block, error) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan job, workers)
	var (
		mu     sync.Mutex
		blocks []block
		wg     sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var terms []themes.Term
			index := make(map[string]int32)
			for j := range jobs {
				var blk block
				blk, terms = analyzeBlock(a, j.comments, index, terms)
				mu.Lock()
				if j.index >= len(blocks) {
					blocks = append(blocks, make([]block, j.index+1-len(blocks))...)
				}
				blocks[j.index] = blk
				mu.Unlock()
			}
		}()
	}
	var err error
	for i := 0; ; i++ {
		var comments []string
		if comments, err = next(); err != nil || len(comments) == 0 {
			break
		}
		jobs <- job{index: i, comments: comments}
	}
	close(jobs)
	wg.Wait()
	return blocks, err
}

// analyzeBlock analyses one block; index and terms are scratch space
// reused between blocks.
func analyzeBlock(a *themes.Analyzer, comments []string, index map[string]int32, terms []themes.Term) (block, []themes.Term) {
	clear(index)
	blk := block{ends: make([]int32, len(comments)), ids: make([]int32, 0, 32*len(comments))}
	for d, c := range comments {
		terms = a.AppendTerms(terms[:0], c)
		for _, t := range terms {
			id, ok := index[t.Key]
			if !ok {
				id = int32(len(blk.keys))
				index[t.Key] = id
				blk.keys = append(blk.keys, t.Key)
			}
			blk.ids = append(blk.ids, id)
		}
		blk.ends[d] = int32(len(blk.ids))
	}
	return blk, terms
}

// mergeKeys returns the sorted union of the blocks' keys and, per block,
// the column of each local id.
func mergeKeys(blocks []block) ([]string, [][]int32) {
	index := make(map[string]int32)
	var keys []string
	for _, blk := range blocks {
		for _, k := range blk.keys {
			if _, ok := index[k]; !ok {
				index[k] = 0
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	for j, k := range keys {
		index[k] = int32(j)
	}
	remap := make([][]int32, len(blocks))
	for bi, blk := range blocks {
		remap[bi] = make([]int32, len(blk.keys))
		for id, k := range blk.keys {
			remap[bi][id] = index[k]
		}
	}
	return keys, remap
}
