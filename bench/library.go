package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/verbatim-go/verbatim/themes"
)

// LibraryDiscovery is one timed run of what a user of the library does to
// find themes in a file: read the comments, then themes.Discover with its
// defaults (phrases, vocabulary limits, noun weighting, LSA and k-means on
// a sample, labels and representatives), k fixed.
type LibraryDiscovery struct {
	Stages   []Stage
	Docs     int
	Themes   int
	NoTheme  int
	Labels   []string
	PeakRSS  int64
	Settings string
}

// Total is the wall and CPU time of all stages.
func (d *LibraryDiscovery) Total() (wall, cpu time.Duration) {
	return stagesTotal(d.Stages)
}

// RunLibraryDiscovery reads the comments of the responses file at path
// (ReadCorpus) and runs themes.Discover on them with k = cfg.K (20 when
// 0), cfg.Workers and cfg.Seed; the other settings are the library's
// defaults.
func RunLibraryDiscovery(ctx context.Context, path string, cfg Config) (*LibraryDiscovery, error) {
	if cfg.K == 0 {
		cfg.K = 20
	}
	t := newTimer()
	c, err := ReadCorpus(path)
	if err != nil {
		return nil, err
	}
	t.done("read")
	opts := []themes.DiscoverOption{themes.DiscoverK(cfg.K)}
	if cfg.Workers > 0 {
		opts = append(opts, themes.DiscoverWorkers(cfg.Workers))
	}
	if cfg.Seed != 0 {
		opts = append(opts, themes.DiscoverSeed(cfg.Seed))
	}
	m, err := themes.Discover(ctx, c.Comments, opts...)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	t.done("discover")
	d := &LibraryDiscovery{Stages: t.stages, Docs: len(c.Comments), Themes: len(m.Themes()),
		NoTheme: len(m.NoTheme()), PeakRSS: ReadUsage().PeakRSS,
		Settings: fmt.Sprintf("k=%d, library defaults", cfg.K)}
	for _, th := range m.Themes() {
		d.Labels = append(d.Labels, th.Label)
	}
	return d, nil
}
