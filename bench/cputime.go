package bench

import (
	"syscall"
	"time"
)

// Usage is the process's CPU time (user plus system) and peak resident
// memory so far. On a shared machine CPU time is the steadier figure: wall
// time also counts the time other processes held the cores.
type Usage struct {
	CPU     time.Duration
	PeakRSS int64 // bytes
}

// ReadUsage returns the current process's usage (zero when the system
// does not report it).
func ReadUsage() Usage {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return Usage{}
	}
	// Linux reports ru_maxrss in kilobytes.
	return Usage{CPU: time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), PeakRSS: ru.Maxrss * 1024}
}
