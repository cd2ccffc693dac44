//go:build unix

package sentiment_test

import "syscall"

// cpuSeconds returns the process's user plus system CPU time, so that a
// benchmark on a shared, loaded machine can report CPU time per comment
// beside wall time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
