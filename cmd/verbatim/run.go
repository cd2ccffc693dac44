package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// stdio holds the process's standard streams so tests can replace them.
type stdio struct {
	in  io.Reader
	out io.Writer
	err io.Writer
	// inputSize, when set, is told the size of a file input before it is
	// read (main sets the soft memory limit from it; tests leave it nil).
	inputSize func(bytes int64)
}

// command is one subcommand. Commands are listed in commands(), not
// registered from init functions, so the table is visible in one place.
type command struct {
	name     string
	summary  string
	usage    string // the synopsis after "verbatim NAME"
	examples []string
	flags    flagSet  // which common flags the command takes
	formats  []string // output formats, the first the default
	setup    func(fs *flag.FlagSet) func(ctx context.Context, e *env) error
}

// env is what a running command gets: its parsed common flags, the
// positional arguments and the streams.
type env struct {
	opts common
	args []string
	io   stdio
}

func run(ctx context.Context, args []string, std stdio) int {
	err := dispatch(ctx, args, std)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	fmt.Fprintf(std.err, "verbatim: %v\n", err)
	var u usageError
	if errors.As(err, &u) {
		fmt.Fprintln(std.err, "run 'verbatim help' for usage")
	}
	return exitCode(err)
}

func dispatch(ctx context.Context, args []string, std stdio) error {
	if len(args) == 0 {
		printHelp(std.err)
		return usagef("no command given")
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := findCommand(args[1]); ok {
				fs, _ := newFlagSet(c, std.out)
				fs.Usage()
				return nil
			}
		}
		printHelp(std.out)
		return nil
	case "version", "-version", "--version":
		fmt.Fprintln(std.out, "verbatim", version())
		return nil
	}
	c, ok := findCommand(name)
	if !ok {
		return usagef("unknown command %q", name)
	}
	fs, exec := newFlagSet(c, std.err)
	e := &env{io: std}
	if len(c.formats) > 0 {
		e.opts.formats, e.opts.defaultFormat = c.formats, c.formats[0]
	}
	e.opts.register(fs, c.flags)
	rest, err := parseInterleaved(fs, args[1:])
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	e.args = rest
	if err := e.opts.validate(); err != nil {
		return err
	}
	return exec(ctx, e)
}

func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func newFlagSet(c command, w io.Writer) (*flag.FlagSet, func(context.Context, *env) error) {
	fs := flag.NewFlagSet("verbatim "+c.name, flag.ContinueOnError)
	fs.SetOutput(w)
	exec := c.setup(fs)
	fs.Usage = func() {
		fmt.Fprintf(w, "usage: verbatim %s %s\n\n%s\n\nflags:\n", c.name, c.usage, c.summary)
		fs.PrintDefaults()
		if len(c.examples) > 0 {
			fmt.Fprintf(w, "\nexamples:\n")
			for _, ex := range c.examples {
				fmt.Fprintf(w, "  %s\n", ex)
			}
		}
	}
	return fs, exec
}

// parseInterleaved parses flags that may come after positional arguments
// ("verbatim nps data.csv -by channel"), which the flag package alone stops
// at.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

func printHelp(w io.Writer) {
	fmt.Fprintf(w, "verbatim turns NPS survey comments into decisions.\n\nusage: verbatim <command> [flags] [FILE]\n\ncommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, firstLine(c.summary))
	}
	fmt.Fprintf(w, "  %-10s %s\n", "help", "show this help, or a command's flags and examples")
	fmt.Fprintf(w, "  %-10s %s\n", "version", "print the version")
	fmt.Fprintf(w, `
Input is FILE, -in FILE, '-' or a pipe on standard input (CSV, or JSON Lines
when the name ends in .jsonl/.ndjson or -input-format jsonl is given). With no
input at all, the embedded synthetic sample is used.

exit codes: 0 ok, 1 internal failure, 2 usage, 3 bad data, 4 file error,
130 interrupted.
`)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// version is the module version recorded by "go install pkg@version", or
// "(devel)" for a local build.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
