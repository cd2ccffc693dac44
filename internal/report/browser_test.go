package report

import (
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChromiumRendersDemo renders the demo page in headless Chromium, when
// it is installed, and checks that it wrote a screenshot with something on
// it. The flags are those that work on a machine without network (see
// scripts/screenshot-report.sh).
func TestChromiumRendersDemo(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed (apt-get install -y chromium)")
	}
	if testing.Short() {
		t.Skip("starts a browser")
	}
	dir := t.TempDir()
	page, shot := filepath.Join(dir, "demo.html"), filepath.Join(dir, "demo.png")
	f, err := os.Create(page)
	require.NoError(t, err)
	require.NoError(t, demoDocument().WriteHTML(f))
	require.NoError(t, f.Close())

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--window-size=800,1200", "--screenshot="+shot, "file://"+page)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "chromium: %s", out)

	r, err := os.Open(shot)
	require.NoError(t, err)
	defer r.Close()
	img, err := png.Decode(r)
	require.NoError(t, err)
	assert.Equal(t, 800, img.Bounds().Dx())
	assert.Equal(t, 1200, img.Bounds().Dy())
	// A page that failed to render is blank: count non-white pixels on a
	// coarse grid (headings, charts and bars give many).
	inked := 0
	for y := 0; y < 1200; y += 10 {
		for x := 0; x < 800; x += 10 {
			r, g, b, _ := img.At(x, y).RGBA()
			if r < 0xe000 || g < 0xe000 || b < 0xe000 {
				inked++
			}
		}
	}
	assert.Greater(t, inked, 200, "screenshot looks blank")
}
