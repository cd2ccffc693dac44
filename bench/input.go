package bench

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

// ErrNoGenerator reports that the input generator (python3 or
// make_scale.py) is not available, so scale inputs cannot be made.
var ErrNoGenerator = errors.New("bench: scale input generator unavailable")

// CacheDir is where scale inputs are kept: $VERBATIM_SCALE_DIR, or
// verbatim-scale under the system temporary directory. Inputs are never
// written into the repository.
func CacheDir() string {
	if d := os.Getenv("VERBATIM_SCALE_DIR"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "verbatim-scale")
}

// Script returns the path of make_scale.py: $VERBATIM_SCALE_SCRIPT, or
// ../shared/bench/make_scale.py beside the module root found from the
// working directory. It wraps ErrNoGenerator when neither exists.
func Script() (string, error) {
	if p := os.Getenv("VERBATIM_SCALE_SCRIPT"); p != "" {
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrNoGenerator, err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared", "bench", "make_scale.py")
			if _, err := os.Stat(p); err != nil {
				return "", fmt.Errorf("%w: %s is absent", ErrNoGenerator, p)
			}
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%w: no module root above the working directory", ErrNoGenerator)
		}
		dir = parent
	}
}

// ScaleFile returns the path of a CSV of n responses (columns
// id,score,date,channel,comment), generating it into CacheDir on first use.
// make_scale.py draws with a fixed seed, so a cached file is the same as a
// fresh one. Errors wrap ErrNoGenerator when python3 or the script is
// missing.
func ScaleFile(n int) (string, error) {
	if n <= 0 {
		return "", fmt.Errorf("bench: scale size %d must be positive", n)
	}
	path := filepath.Join(CacheDir(), "scale-"+strconv.Itoa(n)+".csv")
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		return path, nil
	}
	script, err := Script()
	if err != nil {
		return "", err
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrNoGenerator, err)
	}
	if err := os.MkdirAll(CacheDir(), 0o755); err != nil {
		return "", fmt.Errorf("bench: cache dir: %w", err)
	}
	// Write to a temporary name and rename, so an interrupted run never
	// leaves a truncated file that later runs would trust.
	tmp := path + ".tmp"
	out, err := exec.Command(py, script, strconv.Itoa(n), tmp).CombinedOutput()
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("bench: %s %d: %v: %s", script, n, err, out)
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", fmt.Errorf("bench: %w", err)
	}
	return path, nil
}
