// Command verbatim runs the verbatim analyses from the command line: the
// full report, NPS breakdowns, themes, root causes, sentiment, comparisons
// and evaluation against gold labels.
//
// Usage:
//
//	verbatim <command> [flags] [FILE]
//
// Run "verbatim help" for the commands and "verbatim <command> -h" for each
// command's flags and examples. With no FILE and nothing piped to standard
// input, every command runs on the embedded synthetic sample.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/verbatim-go/verbatim/internal/memlimit"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr, inputSize: memlimit.Set})
	stop()
	os.Exit(code)
}
