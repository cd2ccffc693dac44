package memlimit

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFor: 512 MiB plus four bytes per input byte (hand
// calculation: 536,870,912 + 4 × 341,905,319 for the 1M scale file).
func TestFor(t *testing.T) {
	for _, tc := range []struct {
		name string
		size int64
		want int64
	}{
		{"one byte", 1, 536_870_916},
		{"1M scale file", 341_905_319, 1_904_492_188},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, For(tc.size))
		})
	}
}

// TestSet: the limit is set for a file input, and left alone
// when the user set GOMEMLIMIT or the size is unknown.
func TestSet(t *testing.T) {
	before := debug.SetMemoryLimit(-1) // -1 reads the limit without changing it
	defer debug.SetMemoryLimit(before)
	for _, tc := range []struct {
		name  string
		env   string
		size  int64
		limit int64
	}{
		{"file", "", 1000, For(1000)},
		{"unknown size", "", 0, before},
		{"user's GOMEMLIMIT wins", "3GiB", 1000, before},
	} {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetMemoryLimit(before)
			t.Setenv("GOMEMLIMIT", tc.env)
			Set(tc.size)
			assert.Equal(t, tc.limit, debug.SetMemoryLimit(-1))
		})
	}
}
