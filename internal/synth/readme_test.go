package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadmeFigures keeps the tables of testdata/README.md true: each theme
// row's counts and each region row's NPS by quarter are recomputed from the
// committed file.
func TestReadmeFigures(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "README.md"))
	require.NoError(t, err)
	readme := string(b)
	rs := loadGolden(t)
	for _, th := range Themes() {
		var n, main int
		for _, r := range rs {
			if has(r.themes, th.Key) {
				n++
				if r.themes[0] == th.Key {
					main++
				}
			}
		}
		suffix := fmt.Sprintf("| %d | %d |", n, main)
		assert.Contains(t, lineStarting(readme, "| "+th.Key+" | "), suffix, th.Key)
	}
	for _, reg := range Regions {
		var cells []string
		for _, q := range quarters {
			cell := filter(rs, func(r record) bool { return r.region == reg && r.quarter == q })
			v := fmt.Sprintf("%+.1f (%d)", nps(cell), len(cell))
			if reg == PlantedStory().Value && q == PlantedStory().Quarter {
				v = "**" + strings.Replace(v, " ", "** ", 1)
			}
			cells = append(cells, v)
		}
		assert.Equal(t, "| "+reg+" | "+strings.Join(cells, " | ")+" |", lineStarting(readme, "| "+reg+" | "))
	}
}

func lineStarting(text, prefix string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}
