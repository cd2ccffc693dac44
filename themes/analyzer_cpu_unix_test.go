//go:build unix

package themes

import (
	"syscall"
	"time"
)

// cpuTime returns the process's user plus system CPU time. Benchmarks
// report throughput per CPU second beside the wall-clock figure, because
// on a shared machine wall time also counts the time other processes held
// the core.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
