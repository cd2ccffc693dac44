package synth

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/synthetic.csv at the module root")

// goldenPath is the committed corpus, two folders up from this package.
var goldenPath = filepath.Join("..", "..", "testdata", "synthetic.csv")

// TestGolden regenerates the corpus with DefaultSeed and DefaultSize and
// requires it to be byte-identical to the committed file. Run
// `go test ./internal/synth -run TestGolden -update` after changing the
// generator on purpose.
func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, Generate(DefaultSeed, DefaultSize)))
	if *update {
		require.NoError(t, os.WriteFile(goldenPath, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(goldenPath)
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, buf.Bytes()),
		"generated corpus differs from %s; rerun with -update if the change is intended", goldenPath)
}
