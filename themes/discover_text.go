package themes

import (
	"context"
	"sync"
)

// discoverChunk is the number of comments one task analyses. Work is cut
// into these fixed chunks whatever the number of workers, and per-chunk
// results are combined in chunk order, so the result never depends on how
// many goroutines ran.
const discoverChunk = 2048

// discoverChunks calls fn for each chunk [lo, hi) of n items on up to workers
// goroutines, chunk indexes handed out in order. It stops early and returns
// the context's error when ctx is cancelled.
func discoverChunks(ctx context.Context, n, workers int, fn func(chunk, lo, hi int)) error {
	return discoverChunksOf(ctx, n, discoverChunk, workers, fn)
}

// discoverChunksOf is discoverChunks with chunks of size items.
func discoverChunksOf(ctx context.Context, n, size, workers int, fn func(chunk, lo, hi int)) error {
	chunks := (n + size - 1) / size
	next := make(chan int, chunks)
	for c := 0; c < chunks; c++ {
		next <- c
	}
	close(next)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, chunks); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range next {
				if ctx.Err() != nil {
					return
				}
				lo := c * size
				fn(c, lo, min(n, lo+size))
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// discoverSample returns up to m indexes of n items, evenly spaced: a
// deterministic sample that covers the whole period of a file in date
// order.
func discoverSample(n, m int) []int {
	if m >= n {
		m = n
	}
	out := make([]int, m)
	for i := range out {
		out[i] = int(int64(i) * int64(n) / int64(m))
	}
	return out
}

// discoverPhrases counts phrases on an even sample of the comments.
func discoverPhrases(ctx context.Context, a *Analyzer, comments []string, size, workers int) (*Phrases, error) {
	if size == 0 || len(comments) == 0 {
		return nil, nil
	}
	idx := discoverSample(len(comments), size)
	parts := make([]*PhraseCounter, (len(idx)+discoverChunk-1)/discoverChunk)
	err := discoverChunks(ctx, len(idx), workers, func(c, lo, hi int) {
		pc := NewPhraseCounter(a)
		for _, i := range idx[lo:hi] {
			pc.Add(comments[i])
		}
		parts[c] = pc
	})
	if err != nil {
		return nil, err
	}
	total := parts[0]
	for _, p := range parts[1:] {
		total.Merge(p)
	}
	return total.Phrases(), nil
}
