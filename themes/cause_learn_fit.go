package themes

import "math"

// learnSolver fits one cause's logistic regression by cyclic coordinate
// descent. The score of example i is
//
//	m_i = b + f_i (a·base_i + Σ_j d_j x_ij)
//
// where x_ij is how strongly candidate cue j fired, base_i the base
// taxonomy's score for the cause (its own cues with their weights w0_j)
// and f_i the cause's score band factor, so the fitted model is the one
// the taxonomy applies: cue j's learned weight is a·w0_j + d_j. The
// objective is
//
//	(1/n) Σ_i s_i [log(1+e^m_i) - y_i m_i] + λ1 Σ_j |d_j| + (λ2/2) Σ_j d_j²
//
// over the training examples (s_i = 1). The penalty pulls each weight
// towards the base's, scaled by a (unpenalised), rather than towards 0:
// a hand-written cue that never fires in the examples keeps its weight
// instead of being lost, and the examples move only the weights they
// have evidence on. Learned weights must be non-negative (a cue can only
// add to a score): d_j >= -a·w0_j, and a no lower than those bounds
// allow. Each coordinate step is the exact minimiser of a quadratic model
// of the loss; a step with the exact curvature that fails to lower the
// objective is redone with the curvature bound 1/4 Σ x², which always does
// (the logistic loss's second derivative is at most 1/4).
type learnSolver struct {
	feats  *learnFeats
	y, f   []float64 // labels (0/1) and band factors
	s      []float64 // 1 for training examples, 0 for held-out ones
	n      float64   // number of training examples
	lam1   float64
	lam2   float64
	w      []float64 // d_j, the learned change to cue j's scaled base weight
	w0     []float64 // the base weight of each candidate that is one of the cause's cues, else 0
	a      float64   // the scale of the base weights
	base   learnColumn
	b      float64
	m, p   []float64 // margin and probability of every example, held-out ones too
	sweeps int
}

const (
	learnMaxWeight = 30   // in log-odds: beyond it the data are separable and the penalty is what stops growth
	learnMaxSweeps = 300  // coordinate sweeps at most per fit
	learnTol       = 1e-5 // stop when no weight moves more than this in a sweep
)

// learnColumn is one sparse feature column: examples and values.
type learnColumn struct {
	rows []int32
	vals []float64
}

// newLearnSolver starts from the base taxonomy's model (a = 1, d = 0) at
// the base rate; w0 and base may be empty (no prior: learned from 0).
func newLearnSolver(feats *learnFeats, y, f, s, w0 []float64, base learnColumn) *learnSolver {
	sv := &learnSolver{feats: feats, y: y, f: f, s: s, w0: w0, base: base,
		w: make([]float64, len(feats.defs)), m: make([]float64, feats.n), p: make([]float64, feats.n)}
	pos := 0.0
	for i := range s {
		sv.n += s[i]
		pos += s[i] * y[i]
	}
	// Start from the base rate, clamped so an all-one or all-zero
	// training set keeps a finite margin.
	rate := math.Min(math.Max(pos/math.Max(sv.n, 1), 1e-3), 1-1e-3)
	sv.shiftAll(math.Log(rate / (1 - rate)))
	if len(base.rows) > 0 {
		sv.moveScale(1)
	}
	return sv
}

// setPenalty sets λ1 and λ2 from the strength and the L1 share.
func (sv *learnSolver) setPenalty(lambda, l1Ratio float64) {
	sv.lam1, sv.lam2 = lambda*l1Ratio, lambda*(1-l1Ratio)
}

// solve runs sweeps until the weights settle.
func (sv *learnSolver) solve() {
	for sv.sweeps = 0; sv.sweeps < learnMaxSweeps; sv.sweeps++ {
		moved := math.Max(sv.stepIntercept(), sv.stepScale())
		for j := range sv.w {
			moved = math.Max(moved, sv.stepWeight(j))
		}
		if moved < learnTol {
			return
		}
	}
}

// stepIntercept takes one Newton step on b and returns how far it moved.
func (sv *learnSolver) stepIntercept() float64 {
	if sv.n == 0 {
		return 0
	}
	g, h := 0.0, 0.0
	for i, s := range sv.s {
		g += s * (sv.p[i] - sv.y[i])
		h += s * sv.p[i] * (1 - sv.p[i])
	}
	g, h = g/sv.n, h/sv.n
	d := -g / math.Max(h, 1e-12)
	if sv.lossDelta(nil, nil, d) > 0 {
		d = -g / 0.25
	}
	sv.shiftAll(d)
	return math.Abs(d)
}

func (sv *learnSolver) shiftAll(d float64) {
	sv.b += d
	for i := range sv.m {
		sv.m[i] += d
		sv.p[i] = learnSigmoid(sv.m[i])
	}
}

// stepScale takes one Newton step on the scale a of the base weights
// and returns how far it moved.
func (sv *learnSolver) stepScale() float64 {
	if len(sv.base.rows) == 0 {
		return 0
	}
	g, h, hmax := sv.derivatives(sv.base.rows, sv.base.vals)
	if hmax == 0 {
		return 0
	}
	lo := 0.0 // every learned weight a·w0_j + d_j stays >= 0
	for j, w0 := range sv.w0 {
		if w0 > 0 {
			lo = math.Max(lo, -sv.w[j]/w0)
		}
	}
	a := sv.a
	next := math.Min(math.Max(a-g/math.Max(h, 1e-12), lo), learnMaxWeight)
	if next != a && sv.lossDelta(sv.base.rows, sv.base.vals, next-a) > 0 {
		next = math.Min(math.Max(a-g/hmax, lo), learnMaxWeight)
	}
	return sv.moveScale(next - a)
}

func (sv *learnSolver) moveScale(d float64) float64 {
	if d == 0 {
		return 0
	}
	sv.a += d
	sv.shift(sv.base.rows, sv.base.vals, d)
	return math.Abs(d)
}

// derivatives returns the first and second derivatives of the mean
// training loss along a column, and the bound on the second.
func (sv *learnSolver) derivatives(rows []int32, vals []float64) (g, h, hmax float64) {
	for k, r := range rows {
		if sv.s[r] == 0 {
			continue
		}
		x := vals[k] * sv.f[r]
		p := sv.p[r]
		g += (p - sv.y[r]) * x
		h += p * (1 - p) * x * x
		hmax += 0.25 * x * x
	}
	return g / sv.n, h / sv.n, hmax / sv.n
}

// stepWeight takes one projected Newton step on d_j and returns how far
// it moved.
func (sv *learnSolver) stepWeight(j int) float64 {
	rows, vals := sv.feats.col(j)
	g, h, hmax := sv.derivatives(rows, vals)
	lo := 0.0
	if len(sv.w0) > 0 {
		lo = -sv.a * sv.w0[j]
	}
	if hmax == 0 { // never fires in training: nothing to learn, and the penalty wants 0
		return sv.moveWeight(j, rows, vals, -sv.w[j])
	}
	d := sv.w[j]
	next := sv.proxStep(d, g, h, lo)
	if next != d && sv.objDelta(j, rows, vals, next-d) > 0 {
		next = sv.proxStep(d, g, hmax, lo)
	}
	return sv.moveWeight(j, rows, vals, next-d)
}

// proxStep minimises g(x-d) + h/2 (x-d)² + λ1|x| + λ2/2 x² over
// lo <= x <= learnMaxWeight: soft-thresholding, then the bounds (the
// function is convex, so clamping its minimiser gives the bounded one).
func (sv *learnSolver) proxStep(d, g, h, lo float64) float64 {
	z := h*d - g
	x := 0.0
	switch {
	case z > sv.lam1:
		x = (z - sv.lam1) / (h + sv.lam2 + 1e-12)
	case z < -sv.lam1:
		x = (z + sv.lam1) / (h + sv.lam2 + 1e-12)
	}
	return math.Min(math.Max(x, lo), learnMaxWeight)
}

// objDelta is the change of the objective if w_j moved by d.
func (sv *learnSolver) objDelta(j int, rows []int32, vals []float64, d float64) float64 {
	w := sv.w[j]
	pen := sv.lam1*(math.Abs(w+d)-math.Abs(w)) + sv.lam2/2*((w+d)*(w+d)-w*w)
	return sv.lossDelta(rows, vals, d) + pen
}

// lossDelta is the change of the mean training loss if the margins of
// rows moved by d times their values (of every example when rows is nil:
// the intercept).
func (sv *learnSolver) lossDelta(rows []int32, vals []float64, d float64) float64 {
	sum := 0.0
	one := func(i int, dm float64) {
		if sv.s[i] == 0 {
			return
		}
		m := sv.m[i]
		sum += learnSoftplus(m+dm) - learnSoftplus(m) - sv.y[i]*dm
	}
	if rows == nil {
		for i := range sv.m {
			one(i, d)
		}
	} else {
		for k, r := range rows {
			one(int(r), d*vals[k]*sv.f[r])
		}
	}
	return sum / sv.n
}

// moveWeight adds d to w_j and updates the margins it touches.
func (sv *learnSolver) moveWeight(j int, rows []int32, vals []float64, d float64) float64 {
	if d == 0 {
		return 0
	}
	sv.w[j] += d
	sv.shift(rows, vals, d)
	return math.Abs(d)
}

// shift moves the margins of rows by d times their values.
func (sv *learnSolver) shift(rows []int32, vals []float64, d float64) {
	for k, r := range rows {
		sv.m[r] += d * vals[k] * sv.f[r]
		sv.p[r] = learnSigmoid(sv.m[r])
	}
}

// weights returns the learned weight of every candidate: a·w0_j + d_j.
func (sv *learnSolver) weights() []float64 {
	out := make([]float64, len(sv.w))
	for j, d := range sv.w {
		out[j] = d
		if len(sv.w0) > 0 {
			out[j] += sv.a * sv.w0[j]
		}
	}
	return out
}

func learnSigmoid(m float64) float64 {
	if m >= 0 {
		return 1 / (1 + math.Exp(-m))
	}
	e := math.Exp(m)
	return e / (1 + e)
}

// learnSoftplus is log(1+e^m), without overflow for large m.
func learnSoftplus(m float64) float64 {
	if m > 30 {
		return m + math.Log1p(math.Exp(-m))
	}
	return math.Log1p(math.Exp(m))
}

func learnLogit(p float64) float64 { return math.Log(p / (1 - p)) }
