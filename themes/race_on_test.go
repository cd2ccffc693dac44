//go:build race

package themes

// raceOn is true when the tests run under the race detector, which makes
// discovery about ten times slower: the heaviest determinism tests then
// run on part of the sample so that `go test -race ./...` stays in budget.
const raceOn = true
