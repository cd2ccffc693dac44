// Package cluster groups sparse vectors: a compressed sparse row matrix that
// plugs into gonum, TF-IDF weighting with mergeable document frequencies,
// spherical k-means (greedy k-means++ seeding, restarts, mini-batches, work
// over all cores with results that do not depend on the core count),
// automatic choice of k, merging of near-duplicate clusters, a second level of
// sub-clusters, and the metrics (NMI, ARI, purity, silhouette) that compare a
// clustering with a manual coding.
//
// It knows nothing of text: callers turn documents into term-count rows
// (package themes does) and get back labels, centroids and scores.
//
// # Determinism
//
// Randomness comes only from WithRand or WithSeed (DefaultSeed otherwise).
// Work is cut into fixed blocks of rows whatever the number of goroutines,
// partial sums are kept per block and added in block order, and each centroid
// is summed by one goroutine in row order, so the same input and seed give
// bit-identical labels, centroids and objectives for any GOMAXPROCS or
// WithWorkers.
//
// # Memory
//
// CSR stores 8 bytes per nonzero (int32 column, float32 value): one million
// comments of twenty terms take about 170 MB. Fitting adds 12 bytes per row
// (label, cosine, inverse norm) per live run, 2·k·columns float64 for the
// centroids, and a per-worker column buffer.
//
// # Errors
//
// Bad input returns an error wrapping one of ErrNoRows, ErrTooFewRows,
// ErrValue, ErrShape, ErrLabels or ErrOption, naming the row, column or value
// at fault. Methods panic only on programming errors (an index out of range),
// with a "cluster: " prefix.
package cluster
