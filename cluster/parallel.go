package cluster

import (
	"sync"
	"sync/atomic"
)

// blockRows is the fixed size of the row blocks that work is split into.
// It never depends on the number of workers: every per-block partial result
// is stored by block index and reduced in block order, which is what makes
// results identical whatever GOMAXPROCS or WithWorkers is.
const blockRows = 1024

// parallel calls fn(w, b, lo, hi) for each block b = [lo, hi) of n items cut
// every size items, on up to workers goroutines; w in [0, workers) names the
// goroutine so that fn can use per-worker scratch space. Which goroutine runs
// which block is unspecified, so fn must write only to per-item or per-block
// outputs.
func parallel(n, size, workers int, fn func(w, b, lo, hi int)) {
	nb := numBlocks(n, size)
	workers = max(1, min(workers, nb))
	if workers == 1 {
		for b := 0; b < nb; b++ {
			fn(0, b, b*size, min(n, (b+1)*size))
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				b := int(next.Add(1) - 1)
				if b >= nb {
					return
				}
				fn(w, b, b*size, min(n, (b+1)*size))
			}
		}()
	}
	wg.Wait()
}

func numBlocks(n, size int) int { return (n + size - 1) / size }

// sumInOrder adds xs from first to last, the fixed reduction order.
func sumInOrder(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s
}
