package cluster

import (
	"fmt"
	"math/rand/v2"
)

// KScore is the score of one candidate k.
type KScore struct {
	K          int     `json:"k"`
	Silhouette float64 `json:"silhouette"` // mean cosine silhouette on the sample
	Objective  float64 `json:"objective"`  // k-means objective on the sample
}

// KChoice is the k chosen by ChooseK and the scores behind it, in
// increasing k.
type KChoice struct {
	K      int      `json:"k"`
	Sample int      `json:"sample"` // rows clustered for each k
	Scores []KScore `json:"scores"`
}

// ChooseK picks the number of clusters. It draws a sample of WithSampleSize
// rows (default 5000) with the random source, clusters it for every k in
// WithKRange (default 2 to 20; the low end is raised to 2 and the high end
// capped at the sample's rows minus one) with the other options, and keeps
// the k with the highest mean cosine silhouette (see Silhouette), the
// smaller k on a tie. The silhouette rewards clusters that are tight and
// apart; on text it often peaks at small k, so callers who want finer themes
// should raise the low end of the range.
func ChooseK(x *CSR, opts ...Option) (*KChoice, error) {
	o, err := buildOptions(opts)
	if err != nil {
		return nil, err
	}
	v := newView(x, nil)
	if v.len() == 0 {
		return nil, fmt.Errorf("cluster: %d rows, none with a nonzero value: %w", x.rows, ErrNoRows)
	}
	return chooseK(v, &o, o.random())
}

func chooseK(v view, o *options, rng *rand.Rand) (*KChoice, error) {
	s := v.sub(sample(v.len(), o.sample, rng)).compact()
	lo, hi := max(2, o.kMin), min(o.kMax, s.len()-1)
	if hi < lo {
		return nil, fmt.Errorf("cluster: cannot choose k in [%d,%d] from %d nonzero rows: %w",
			o.kMin, o.kMax, s.len(), ErrTooFewRows)
	}
	ch := &KChoice{Sample: s.len()}
	bestSil := 0.0
	for k := lo; k <= hi; k++ {
		r := fitView(s, k, o, rng)
		sil := silhouetteView(s, r.labels, k, o.workers)
		ch.Scores = append(ch.Scores, KScore{K: k, Silhouette: sil, Objective: r.obj})
		if ch.K == 0 || sil > bestSil {
			ch.K, bestSil = k, sil
		}
	}
	return ch, nil
}
