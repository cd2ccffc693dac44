package cluster

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
)

// DefaultSeed is the seed used when neither WithSeed nor WithRand is given.
const DefaultSeed uint64 = 1

// Option configures Fit, ChooseK and Subdivide.
type Option func(*options)

type options struct {
	k         int // 0: choose automatically
	kMin      int
	kMax      int
	kRangeSet bool
	seed      uint64
	rng       *rand.Rand
	restarts  int
	maxIter   int
	tol       float64
	batch     int // 0: full Lloyd iterations
	workers   int
	sample    int // rows used to choose k
	minSplit  int // Subdivide: smallest cluster split
	seedTrial int // k-means++ candidates per step; 0: 2 + ⌊ln k⌋
}

func defaults() options {
	return options{
		kMin: 2, kMax: 20, seed: DefaultSeed, restarts: 5, maxIter: 100, tol: 1e-4,
		workers: runtime.GOMAXPROCS(0), sample: 5000, minSplit: 20,
	}
}

func buildOptions(opts []Option) (options, error) {
	o := defaults()
	for _, opt := range opts {
		opt(&o)
	}
	switch {
	case o.k < 0:
		return o, fmt.Errorf("cluster: k %d is negative: %w", o.k, ErrOption)
	case o.kMin < 1 || o.kMax < o.kMin:
		return o, fmt.Errorf("cluster: k range [%d,%d] is empty or below 1: %w", o.kMin, o.kMax, ErrOption)
	case o.restarts < 1:
		return o, fmt.Errorf("cluster: restarts %d below 1: %w", o.restarts, ErrOption)
	case o.maxIter < 1:
		return o, fmt.Errorf("cluster: maximum iterations %d below 1: %w", o.maxIter, ErrOption)
	case !(o.tol >= 0) || math.IsInf(o.tol, 0):
		return o, fmt.Errorf("cluster: tolerance %v must be finite and non-negative: %w", o.tol, ErrOption)
	case o.batch < 0:
		return o, fmt.Errorf("cluster: mini-batch size %d is negative: %w", o.batch, ErrOption)
	case o.sample < 2:
		return o, fmt.Errorf("cluster: sample size %d below 2: %w", o.sample, ErrOption)
	case o.minSplit < 2:
		return o, fmt.Errorf("cluster: minimum split size %d below 2: %w", o.minSplit, ErrOption)
	case o.seedTrial < 0:
		return o, fmt.Errorf("cluster: seeding trials %d is negative: %w", o.seedTrial, ErrOption)
	}
	if o.workers < 1 {
		o.workers = 1
	}
	return o, nil
}

// random returns the random source: the one passed with WithRand, or a PCG
// generator seeded with the WithSeed value (DefaultSeed if none).
func (o *options) random() *rand.Rand {
	if o.rng != nil {
		return o.rng
	}
	return newRand(o.seed)
}

func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
}

// WithK fixes the number of clusters. 0 (the default) chooses k
// automatically within the WithKRange range (see ChooseK).
func WithK(k int) Option { return func(o *options) { o.k = k } }

// WithKRange sets the range searched when k is chosen automatically
// (default 2 to 20 for Fit and ChooseK, 2 to 5 for Subdivide; capped at the
// number of usable rows minus one).
func WithKRange(lo, hi int) Option {
	return func(o *options) { o.kMin, o.kMax, o.kRangeSet = lo, hi, true }
}

// WithSeed seeds the PCG random source (default DefaultSeed). Same input,
// same seed: identical result.
func WithSeed(seed uint64) Option { return func(o *options) { o.seed, o.rng = seed, nil } }

// WithRand passes a random source; it is advanced by the call and must not
// be used concurrently. It overrides WithSeed.
func WithRand(r *rand.Rand) Option { return func(o *options) { o.rng = r } }

// WithRestarts sets the number of independent k-means runs, each from its
// own k-means++ seeding; the one with the lowest objective is kept
// (default 5). On large inputs the restarts run on a sample (see Fit).
func WithRestarts(n int) Option { return func(o *options) { o.restarts = n } }

// WithMaxIter caps Lloyd iterations (default 100). In mini-batch mode it caps
// the number of passes over the data (epochs).
func WithMaxIter(n int) Option { return func(o *options) { o.maxIter = n } }

// WithTolerance stops iterating once the centroids move less than tol in
// total squared Euclidean distance (centroids are unit vectors, so the value
// is scale-free; default 1e-4). Iteration also stops when no label changes.
func WithTolerance(tol float64) Option { return func(o *options) { o.tol = tol } }

// WithMiniBatch switches to mini-batch k-means with batches of size rows
// drawn with replacement (0, the default, runs full Lloyd iterations). A
// batch at least as large as the input runs full iterations.
func WithMiniBatch(size int) Option { return func(o *options) { o.batch = size } }

// WithWorkers sets the number of goroutines (default GOMAXPROCS). The result
// does not depend on it: work is split in fixed blocks and reduced in a fixed
// order.
func WithWorkers(n int) Option { return func(o *options) { o.workers = n } }

// WithSampleSize sets how many rows (drawn with the random source) ChooseK
// clusters and scores for each candidate k (default 5000).
func WithSampleSize(n int) Option { return func(o *options) { o.sample = n } }

// WithMinSplit sets the smallest cluster Subdivide splits (default 20 rows).
func WithMinSplit(n int) Option { return func(o *options) { o.minSplit = n } }

// WithSeedTrials sets the k-means++ candidates tried per seeding step, the
// best kept ("greedy" k-means++; default 2 + ⌊ln k⌋ as scikit-learn).
func WithSeedTrials(n int) Option { return func(o *options) { o.seedTrial = n } }
