package main

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-go/verbatim/nps"
)

// responseBlocks gives back every response in the order added, across the
// block boundaries: 1024 fills the first block, 1025 opens a second, and
// 200,000 fills blocks of 1024, 2048, ..., 65536 (130,048 responses) and
// part of a second 65536 block.
func TestResponseBlocks(t *testing.T) {
	for _, n := range []int{0, 1, 1024, 1025, 200_000} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			var rb responseBlocks
			for i := range n {
				rb.add(nps.Response{ID: strconv.Itoa(i), Score: i % 11})
			}
			got := rb.all()
			assert.Len(t, got, n)
			ok := true
			for i, r := range got {
				ok = ok && r.ID == strconv.Itoa(i) && r.Score == i%11
			}
			assert.True(t, ok, "every response in order")
		})
	}
}
