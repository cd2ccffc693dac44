package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
)

// source is where a command reads its responses from.
type source struct {
	name   string // for error messages: the file name, "stdin" or "sample"
	r      io.Reader
	format string // "csv" or "jsonl"
	sample bool   // the embedded synthetic sample
	close  func() error
}

// openInput resolves the input: -in or the positional FILE, '-' for
// standard input, a pipe on standard input, else the embedded sample.
func (e *env) openInput() (*source, error) {
	path := e.opts.in
	if len(e.args) > 0 {
		if path != "" {
			return nil, usagef("input given twice: -in %s and %s", path, e.args[0])
		}
		if len(e.args) > 1 {
			return nil, usagef("unexpected arguments after %s: %s", e.args[0], strings.Join(e.args[1:], " "))
		}
		path = e.args[0]
	}
	src := &source{close: func() error { return nil }}
	switch {
	case path == "-" || path == "" && stdinHasData(e.io.in):
		src.name, src.r = "stdin", e.io.in
	case path != "":
		f, err := os.Open(path)
		if err != nil {
			return nil, ioError{err}
		}
		src.name, src.r, src.close = path, f, f.Close
		if st, err := f.Stat(); err == nil && e.io.inputSize != nil && st.Mode().IsRegular() {
			e.io.inputSize(st.Size())
		}
	default:
		src.name, src.sample = "sample", true
		src.r = strings.NewReader(string(sampleCSV()))
	}
	src.format = e.opts.inputFormat
	if src.format == "" {
		src.format = formatFromName(path)
	}
	return src, nil
}

func formatFromName(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return "jsonl"
	}
	return "csv"
}

// stdinHasData reports whether standard input is a pipe or a redirected
// file rather than a terminal or nothing (CI runs with no standard input).
func stdinHasData(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return r != nil // a test's reader
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	m := st.Mode()
	return m&os.ModeCharDevice == 0 && (m&os.ModeNamedPipe != 0 || m.IsRegular() && st.Size() > 0)
}

// openOutput returns the writer for -o FILE or standard output, and a
// function that closes it and reports any write error.
func (e *env) openOutput() (io.Writer, func() error, error) {
	if e.opts.out == "" || e.opts.out == "-" {
		return e.io.out, func() error { return nil }, nil
	}
	f, err := os.Create(e.opts.out)
	if err != nil {
		return nil, nil, ioError{err}
	}
	return f, func() error {
		if err := f.Close(); err != nil {
			return ioError{err}
		}
		return nil
	}, nil
}
