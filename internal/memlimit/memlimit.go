// Package memlimit sets the Go runtime's soft memory limit from the size
// of a batch job's input, for the verbatim command and the scale harness.
package memlimit

import (
	"os"
	"runtime/debug"
)

// PerInputByte and Base size the soft memory limit set for a file input
// (see Set). The full analysis of the 1M comment scale file (342 MB of
// CSV) peaks at about 940 MB of live heap,
// 2.7 bytes per input byte: the comments are held once, with the TF-IDF
// rows and the per-comment results. Left to the default GOGC=100 the
// heap grows to twice its live size between collections, 2.4 GB of
// resident memory; a limit at four times the input plus a base of 512 MiB
// makes the collector run earlier near the top, and costs nothing on
// small inputs, which never reach it.
const (
	PerInputByte = 4
	Base         = 512 << 20
)

// Set sets the Go runtime's soft memory limit for an input of size bytes, unless the user chose one with GOMEMLIMIT. The limit is a
// target for the garbage collector, not a cap: a heap that needs more
// still gets it (the runtime bounds the extra collection work), so a
// larger input never fails because of it.
func Set(size int64) {
	if size <= 0 || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(For(size))
}

// For is the soft limit for an input of size bytes.
func For(size int64) int64 {
	return Base + PerInputByte*size
}
