// Package shared locates the development data sets kept beside the
// repository in ../shared (real public data that is not part of the
// project). Tests and benchmarks that use them skip when they are absent.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the path of the shared folder beside the module root, or ""
// when there is none.
func Root() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared")
			if st, err := os.Stat(p); err == nil && st.IsDir() {
				return p
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Data returns the path of ../shared/data/name, skipping the test or
// benchmark when the file is absent.
func Data(tb testing.TB, name string) string {
	tb.Helper()
	return path(tb, "data", name)
}

// Bench returns the path of ../shared/bench/name, skipping when absent.
func Bench(tb testing.TB, name string) string {
	tb.Helper()
	return path(tb, "bench", name)
}

func path(tb testing.TB, dir, name string) string {
	tb.Helper()
	root := Root()
	if root == "" {
		tb.Skipf("../shared is absent: skipping the test on %s", name)
	}
	p := filepath.Join(root, dir, name)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s is absent: %v", p, err)
	}
	return p
}
