package main

import (
	"context"
	"errors"
	"fmt"
)

// Exit codes, documented in "verbatim help" so batch jobs can branch on them.
const (
	exitOK       = 0   // success
	exitFailure  = 1   // an unexpected failure inside verbatim
	exitUsage    = 2   // bad flags or arguments
	exitData     = 3   // the input data is bad (strict mode) or unusable
	exitIO       = 4   // a file could not be opened, read or written
	exitCanceled = 130 // interrupted (Ctrl-C)
)

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// dataError marks an error caused by the input data.
type dataError struct{ err error }

func (e dataError) Error() string { return e.err.Error() }
func (e dataError) Unwrap() error { return e.err }

// ioError marks an error opening, reading or writing a file.
type ioError struct{ err error }

func (e ioError) Error() string { return e.err.Error() }
func (e ioError) Unwrap() error { return e.err }

// exitCode maps an error to the process exit code.
func exitCode(err error) int {
	var u usageError
	var d dataError
	var o ioError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, context.Canceled):
		return exitCanceled
	case errors.As(err, &u):
		return exitUsage
	case errors.As(err, &d):
		return exitData
	case errors.As(err, &o):
		return exitIO
	}
	return exitFailure
}
