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
// CSR stores 8 bytes per nonzero (int32 column, float32 value) and 8 per
// row: one million comments of twenty terms take 168 MB. Fitting adds about
// 50 bytes per row (row index and inverse norm, label and cosine for the
// current and the best run, the model's labels), a compact copy of a
// 32768-row sample, and k·columns·12 bytes per centroid set (float64 plus its
// float32 mirror): a million rows fit in well under 300 MB.
//
// # Speed
//
// Assignment, the hot loop, scores a row against all k centroids at once
// through a column-major float32 copy of the centroids, so each nonzero reads
// one contiguous run of k values. Restarts run on a sample; for hundreds of
// thousands of rows and more, WithMiniBatch refines from that sample with a
// few batches and one final pass instead of full Lloyd iterations.
//
// # Errors
//
// Bad input returns an error wrapping one of ErrNoRows, ErrTooFewRows,
// ErrValue, ErrShape, ErrLabels or ErrOption, naming the row, column or value
// at fault. Methods panic only on programming errors (an index out of range),
// with a "cluster: " prefix.
package cluster
