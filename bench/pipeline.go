package bench

import (
	"fmt"
	"runtime"
	"time"

	"github.com/verbatim-go/verbatim/cluster"
	"github.com/verbatim-go/verbatim/themes"
)

// Stage is the cost of one pipeline stage.
type Stage struct {
	Name string
	Wall time.Duration
	CPU  time.Duration
}

// Config sets the discovery pipeline's knobs; the zero value is k = 20
// with the library defaults for everything else.
type Config struct {
	K         int    // clusters (20 when 0)
	Workers   int    // goroutines (GOMAXPROCS when 0)
	MiniBatch int    // mini-batch size for clustering (0: full Lloyd iterations)
	Restarts  int    // k-means restarts (library default when 0)
	MinDF     int    // minimum document frequency of a column (2 when 0, as scikit-learn's baseline)
	Seed      uint64 // clustering seed (cluster.DefaultSeed when 0)
}

// Discovery is one timed run of read, analyze, TF-IDF and clustering.
type Discovery struct {
	Stages  []Stage
	Docs    int
	Terms   int // distinct term keys before pruning
	Columns int // columns kept by TF-IDF
	NNZ     int
	Model   *cluster.Model
	PeakRSS int64
}

// Total is the wall and CPU time of all stages.
func (d *Discovery) Total() (wall, cpu time.Duration) { return stagesTotal(d.Stages) }

func stagesTotal(stages []Stage) (wall, cpu time.Duration) {
	for _, s := range stages {
		wall += s.Wall
		cpu += s.CPU
	}
	return wall, cpu
}

// timer records stages as they end.
type timer struct {
	stages []Stage
	wall   time.Time
	cpu    time.Duration
}

func newTimer() *timer { return &timer{wall: time.Now(), cpu: ReadUsage().CPU} }

func (t *timer) done(name string) {
	now, cpu := time.Now(), ReadUsage().CPU
	t.stages = append(t.stages, Stage{Name: name, Wall: now.Sub(t.wall), CPU: cpu - t.cpu})
	t.wall, t.cpu = now, cpu
}

// RunDiscovery runs the theme-discovery pipeline on the responses file at
// path, stage by stage, the verbatim side of the comparison with
// scikit-learn's read + TfidfVectorizer + KMeans.
func RunDiscovery(path string, cfg Config) (*Discovery, error) {
	if cfg.K == 0 {
		cfg.K = 20
	}
	if cfg.MinDF == 0 {
		cfg.MinDF = 2
	}
	a, err := themes.NewAnalyzer()
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	t := newTimer()
	counts, _, err := CountFile(path, a, cfg.Workers)
	if err != nil {
		return nil, err
	}
	t.done("read+analyze")
	x, err := Weigh(counts.X, cfg.MinDF)
	if err != nil {
		return nil, err
	}
	d := &Discovery{Terms: len(counts.Keys), NNZ: x.NNZ()}
	d.Docs, d.Columns = x.Dims()
	counts = Counts{} // the weighted matrix replaces the counts
	runtime.GC()
	t.done("tfidf")
	if d.Model, err = cluster.Fit(x, cfg.clusterOptions()...); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	t.done("cluster")
	d.Stages = t.stages
	d.PeakRSS = ReadUsage().PeakRSS
	return d, nil
}

// Weigh turns term counts into L2-normalised TF-IDF rows (sublinear tf,
// smooth idf: scikit-learn's TfidfVectorizer(sublinear_tf=True)), dropping
// columns in fewer than minDF documents.
func Weigh(counts *cluster.CSR, minDF int) (*cluster.CSR, error) {
	var df cluster.DocFreq
	df.Add(counts)
	w, err := cluster.NewTFIDF(&df, cluster.WithMinDF(minDF))
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	x, err := w.Transform(counts)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	return x, nil
}

func (c Config) clusterOptions() []cluster.Option {
	opts := []cluster.Option{cluster.WithK(c.K)}
	if c.Workers > 0 {
		opts = append(opts, cluster.WithWorkers(c.Workers))
	}
	if c.MiniBatch > 0 {
		opts = append(opts, cluster.WithMiniBatch(c.MiniBatch))
	}
	if c.Restarts > 0 {
		opts = append(opts, cluster.WithRestarts(c.Restarts))
	}
	if c.Seed != 0 {
		opts = append(opts, cluster.WithSeed(c.Seed))
	}
	return opts
}
