// Package bench measures verbatim at scale: the inputs of the scale
// benchmarks (10k, 100k and 1M comments resampled from real data by
// ../shared/bench/make_scale.py, cached outside the repository), the
// stage-by-stage theme-discovery pipeline that cmd/verbatim-bench times
// against scikit-learn, and the benchmarks themselves (go test -bench).
//
// It is a development tool, not part of the library's API: nothing in the
// library imports it. See README.md for the commands and the figures.
package bench
