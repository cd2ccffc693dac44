//go:build !race

package themes

// raceOn is false without the race detector: tests use the whole sample.
const raceOn = false
