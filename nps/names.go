package nps

import "fmt"

// The typed constants of this package (Band, Period, Industry, Severity, …)
// share two helpers so that each prints as a stable lower-case name and
// round-trips through JSON as that name rather than as a bare integer.

// nameOf returns names[i], or "invalid" when i is out of range.
func nameOf(names []string, i int) string {
	if i < 0 || i >= len(names) || names[i] == "" {
		return "invalid"
	}
	return names[i]
}

// indexOf is the inverse of nameOf for UnmarshalText; kind names the type in
// the error.
func indexOf(names []string, kind string, text []byte) (int, error) {
	s := string(text)
	if s == "invalid" { // what the zero value marshals to
		return 0, nil
	}
	for i, n := range names {
		if n != "" && n == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("nps: unknown %s %q", kind, s)
}
