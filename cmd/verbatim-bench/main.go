// Command verbatim-bench times verbatim's theme discovery on a scale input
// and, in the same run, scikit-learn's read + TfidfVectorizer + KMeans on
// the same file, and prints seconds per stage, peak memory and the ratio.
//
//	go run ./cmd/verbatim-bench -n 1000000                   # themes.Discover, as a user calls it
//	go run ./cmd/verbatim-bench -n 1000000 -pipeline stages  # the bare stages: analyze, TF-IDF, k-means
//
// -pipeline library (the default) reads the comments and runs
// themes.Discover with k fixed and every other setting at its default:
// phrases, vocabulary limits, noun weighting, LSA, labels and
// representatives included. -pipeline stages streams the file through the
// analyzer into a count matrix, weighs it and runs cluster.Fit: the
// stages scikit-learn's script runs, and nothing more. Each run sets the
// same soft memory limit as the verbatim command (internal/memlimit;
// -memlimit=false leaves the runtime's default).
//
// The input is made by ../shared/bench/make_scale.py and cached (see
// bench.CacheDir); -file uses an existing CSV with a comment column
// instead. scikit-learn runs when /usr/bin/python3 imports sklearn
// (apt-get install -y python3-sklearn); -sklearn= skips it.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/verbatim-go/verbatim/bench"
	"github.com/verbatim-go/verbatim/internal/memlimit"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "verbatim-bench:", err)
		os.Exit(1)
	}
}

type flags struct {
	n        int
	file     string
	sklearn  string
	pipeline string
	memlimit bool
	cfg      bench.Config
}

func parse(args []string) (flags, error) {
	var f flags
	fs := flag.NewFlagSet("verbatim-bench", flag.ContinueOnError)
	fs.IntVar(&f.n, "n", 1_000_000, "comments to generate (ignored with -file)")
	fs.StringVar(&f.file, "file", "", "an existing CSV with a comment column")
	fs.StringVar(&f.sklearn, "sklearn", defaultSklearn(), "path of sklearn_themes.py (empty: skip scikit-learn)")
	fs.IntVar(&f.cfg.K, "k", 20, "clusters")
	fs.IntVar(&f.cfg.Workers, "workers", 0, "goroutines (0: GOMAXPROCS)")
	fs.IntVar(&f.cfg.MiniBatch, "minibatch", 4096, "mini-batch size (0: full Lloyd iterations)")
	fs.IntVar(&f.cfg.Restarts, "restarts", 0, "k-means restarts (0: library default; stages pipeline only)")
	fs.StringVar(&f.pipeline, "pipeline", "library", "library (themes.Discover) or stages (analyze, TF-IDF, k-means)")
	fs.BoolVar(&f.memlimit, "memlimit", true, "set the verbatim command's soft memory limit for the input size")
	if err := fs.Parse(args); err != nil {
		return f, err
	}
	if f.pipeline != "library" && f.pipeline != "stages" {
		return f, fmt.Errorf("-pipeline %q: want library or stages", f.pipeline)
	}
	return f, nil
}

// defaultSklearn is sklearn_themes.py beside make_scale.py, when present.
func defaultSklearn() string {
	s, err := bench.Script()
	if err != nil {
		return ""
	}
	p := filepath.Join(filepath.Dir(s), "sklearn_themes.py")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

func run(args []string, out io.Writer) error {
	f, err := parse(args)
	if err != nil {
		return err
	}
	path := f.file
	if path == "" {
		if path, err = bench.ScaleFile(f.n); err != nil {
			return err
		}
	}
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "input %s (%.0f MB), GOMAXPROCS=%d, %s\n", path, float64(st.Size())/1e6, runtime.GOMAXPROCS(0), loadAvg())
	if f.memlimit {
		memlimit.Set(st.Size())
		fmt.Fprintf(out, "soft memory limit %.0f MB (GOMEMLIMIT=%q)\n", float64(debug.SetMemoryLimit(-1))/1e6, os.Getenv("GOMEMLIMIT"))
	}
	var wall, cpu time.Duration
	var rss int64
	switch f.pipeline {
	case "library":
		d, err := bench.RunLibraryDiscovery(context.Background(), path, f.cfg)
		if err != nil {
			return err
		}
		printLibrary(out, d)
		wall, cpu = d.Total()
		rss = d.PeakRSS
	default:
		d, err := bench.RunDiscovery(path, f.cfg)
		if err != nil {
			return err
		}
		printDiscovery(out, d)
		wall, cpu = d.Total()
		rss = d.PeakRSS
	}
	if f.sklearn == "" {
		fmt.Fprintln(out, "scikit-learn: skipped")
		return nil
	}
	sk, err := runSklearn(f.sklearn, path, f.cfg.K)
	if err != nil {
		fmt.Fprintln(out, "scikit-learn: not run:", err)
		return nil
	}
	fmt.Fprintln(out, "scikit-learn:", sk.line)
	fmt.Fprintf(out, "ratio (scikit-learn read+tfidf+kmeans / verbatim %s): %.2fx wall (%.1f s / %.1f s; verbatim CPU %.1f s); peak RSS %.0f MB vs %.0f MB\n",
		f.pipeline, sk.total/wall.Seconds(), sk.total, wall.Seconds(), cpu.Seconds(), sk.rssMB, float64(rss)/1e6)
	fmt.Fprintf(out, "load after: %s\n", loadAvg())
	return nil
}

func printLibrary(out io.Writer, d *bench.LibraryDiscovery) {
	fmt.Fprintf(out, "verbatim themes.Discover (%s): %d comments, %d themes, %d without a theme\n", d.Settings, d.Docs, d.Themes, d.NoTheme)
	fmt.Fprintf(out, "labels: %s\n", strings.Join(d.Labels, "; "))
	printStages(out, d.Stages, d.PeakRSS)
}

func printDiscovery(out io.Writer, d *bench.Discovery) {
	fmt.Fprintf(out, "verbatim: %d comments, %d terms, %d columns kept, %d nonzeros, k=%d, %d iterations\n",
		d.Docs, d.Terms, d.Columns, d.NNZ, d.Model.K, d.Model.Iterations)
	printStages(out, d.Stages, d.PeakRSS)
}

func printStages(out io.Writer, stages []bench.Stage, rss int64) {
	fmt.Fprintf(out, "%-10s %9s %9s\n", "stage", "wall s", "cpu s")
	var wall, cpu time.Duration
	for _, s := range stages {
		fmt.Fprintf(out, "%-10s %9.2f %9.2f\n", s.Name, s.Wall.Seconds(), s.CPU.Seconds())
		wall, cpu = wall+s.Wall, cpu+s.CPU
	}
	fmt.Fprintf(out, "%-10s %9.2f %9.2f   peak RSS %.0f MB\n", "total", wall.Seconds(), cpu.Seconds(), float64(rss)/1e6)
}

type sklearnResult struct {
	line         string
	total, rssMB float64
}

var (
	reTotal = regexp.MustCompile(`read\+tfidf\+kmeans=([0-9.]+)s`)
	reRSS   = regexp.MustCompile(`peak_rss_mb=([0-9.]+)`)
)

// runSklearn runs the baseline's speed mode with Debian's python, which
// carries python3-sklearn.
func runSklearn(script, path string, k int) (sklearnResult, error) {
	start := time.Now()
	b, err := exec.Command("/usr/bin/python3", script, "speed", path, "comment", strconv.Itoa(k)).CombinedOutput()
	if err != nil {
		return sklearnResult{}, fmt.Errorf("%v: %s", err, b)
	}
	line := string(regexp.MustCompile(`\s+$`).ReplaceAll(b, nil))
	m, r := reTotal.FindStringSubmatch(line), reRSS.FindStringSubmatch(line)
	if m == nil || r == nil {
		return sklearnResult{}, fmt.Errorf("unexpected output after %s: %q", time.Since(start), line)
	}
	total, _ := strconv.ParseFloat(m[1], 64)
	rss, _ := strconv.ParseFloat(r[1], 64)
	return sklearnResult{line: line, total: total, rssMB: rss}, nil
}

// loadAvg is the 1-minute load average, so a reader can tell a quiet run
// from a shared one.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil || len(b) < 4 {
		return "load unknown"
	}
	return "loadavg " + string(regexp.MustCompile(`^\S+ \S+ \S+`).Find(b))
}
