package cluster

import (
	"fmt"
	"math/rand/v2"
)

// Unassigned is the label of a row that belongs to no cluster: a row without
// any nonzero value (for example a comment whose every term was pruned).
// Such rows are left out of fitting, sizes and the objective.
const Unassigned = -1

// Fit clusters the rows of x by spherical k-means: rows and centroids are
// compared by cosine similarity, centroids are renormalised to unit length,
// and the objective is Σ (1 − cosine of each row to its centroid), lower is
// better. Rows need not be normalised; zero rows get the label Unassigned.
//
// Seeding is greedy k-means++ on cosine distance. WithRestarts runs are
// made, each from its own seeding, and the lowest objective is kept; on more
// than 32768 nonzero rows the restarts run on a random sample of that size
// and only the best is refined on all rows, so restarts cost the same for a
// million rows as for thirty thousand. With WithMiniBatch the refinement
// learns from random batches, then assigns every row once. Without WithK, k
// is chosen by ChooseK's rule and the scores are kept in Model.KScores.
//
// Randomness comes only from WithRand or WithSeed (DefaultSeed otherwise),
// and the result is identical for any WithWorkers or GOMAXPROCS. Errors wrap
// ErrNoRows (no nonzero rows), ErrTooFewRows (k above the nonzero rows) or
// ErrOption.
func Fit(x *CSR, opts ...Option) (*Model, error) {
	o, err := buildOptions(opts)
	if err != nil {
		return nil, err
	}
	v := newView(x, nil)
	if v.len() == 0 {
		return nil, fmt.Errorf("cluster: %d rows, none with a nonzero value: %w", x.rows, ErrNoRows)
	}
	rng := o.random()
	k := o.k
	var scores []KScore
	if k == 0 {
		ch, err := chooseK(v, &o, rng)
		if err != nil {
			return nil, err
		}
		k, scores = ch.K, ch.Scores
	}
	if k > v.len() {
		return nil, fmt.Errorf("cluster: k = %d but only %d of %d rows are nonzero: %w", k, v.len(), x.rows, ErrTooFewRows)
	}
	m := newModel(v, fitView(v, k, &o, rng))
	m.KScores = scores
	return m, nil
}

// fitView runs the restarts and keeps the lowest objective (ties: the
// earliest run). Each run draws its own seed from rng in turn.
//
// On more than seedRows rows the restarts run on one random sample of
// seedRows rows (full Lloyd iterations there), and only the best of them is
// refined on all rows, by Lloyd or mini-batch iterations: restarts guard
// against a poor local optimum, which a sample shows as well as the whole,
// at a fraction of the cost.
func fitView(v view, k int, o *options, rng *rand.Rand) *run {
	if v.len() <= seedRows {
		return bestRun(v, k, o, rng, o.batch > 0 && o.batch < v.len())
	}
	s := v.sub(sample(v.len(), seedRows, rng)).compact()
	init := bestRun(s, k, o, rng, false).cent
	if o.batch > 0 && o.batch < v.len() {
		return miniBatch(v, init, o, rng)
	}
	return lloyd(v, init, o)
}

// bestRun makes o.restarts runs on v, each from its own k-means++ seeding.
func bestRun(v view, k int, o *options, rng *rand.Rand, mini bool) *run {
	var best *run
	for i := 0; i < o.restarts; i++ {
		r := newRand(rng.Uint64())
		init := seedPlusPlus(v, k, o.seedTrial, o.workers, r)
		var cur *run
		if mini {
			cur = miniBatch(v, init, o, r)
		} else {
			cur = lloyd(v, init, o)
		}
		if best == nil || cur.obj < best.obj {
			best = cur
		}
	}
	return best
}
