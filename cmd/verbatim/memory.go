package main

import (
	"os"
	"runtime/debug"
)

// memoryPerInputByte and memoryBase size the soft memory limit the command
// sets for a file input (see softMemoryLimit). The full analysis of the 1M
// comment scale file (342 MB of CSV) peaks at about 940 MB of live heap,
// 2.7 bytes per input byte: the comments are held once, with the TF-IDF
// rows and the per-comment results. Left to the default GOGC=100 the
// heap grows to twice its live size between collections, 2.4 GB of
// resident memory; a limit at four times the input plus a base of 512 MiB
// makes the collector run earlier near the top, and costs nothing on
// small inputs, which never reach it.
const (
	memoryPerInputByte = 4
	memoryBase         = 512 << 20
)

// softMemoryLimit sets the Go runtime's soft memory limit for an input of
// size bytes, unless the user chose one with GOMEMLIMIT. The limit is a
// target for the garbage collector, not a cap: a heap that needs more
// still gets it (the runtime bounds the extra collection work), so a
// larger input never fails because of it.
func softMemoryLimit(size int64) {
	if size <= 0 || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(memoryLimitFor(size))
}

// memoryLimitFor is the soft limit for an input of size bytes.
func memoryLimitFor(size int64) int64 {
	return memoryBase + memoryPerInputByte*size
}
