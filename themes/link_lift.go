package themes

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/stat/distuv"
)

// LiftTest names the test behind a Lift's p-value.
type LiftTest string

// The tests of detractor lift.
const (
	// LiftFisher is Fisher's exact test, two-sided: the sum of the
	// hypergeometric probabilities of every table with the observed margins
	// that is no more likely than the observed one. Used when any expected
	// cell count is below 5 (Cochran's rule), where the chi-square
	// approximation is poor.
	LiftFisher LiftTest = "fisher-exact"
	// LiftChiSquare is Pearson's chi-square test of independence on the
	// 2x2 table, 1 degree of freedom, without continuity correction.
	LiftChiSquare LiftTest = "chi-square"
)

// Lift is the detractor lift of a key: how much more likely a response that
// mentions it is a detractor, as the odds ratio of being a detractor for
// mentioners against the rest.
//
// With a = detractors among mentioners, b = other mentioners, c =
// detractors among the rest and d = others among the rest, OR = ad/bc.
// The interval is Woolf's: exp(ln OR ± z·sqrt(1/a + 1/b + 1/c + 1/d)).
// When a cell is zero, 0.5 is added to all four cells (the Haldane-Anscombe
// correction) for the odds ratio and its interval, so neither is 0 or
// infinite; Corrected says so. The counts are unweighted: the test is of
// association in the sample, even for weighted data.
type Lift struct {
	OddsRatio float64  `json:"odds_ratio"`
	Low       float64  `json:"low"`
	High      float64  `json:"high"`
	Corrected bool     `json:"corrected,omitempty"`
	Test      LiftTest `json:"test"`
	PValue    float64  `json:"p_value"`
	// Adjusted is the Benjamini-Hochberg adjusted p-value across every key
	// of the result that has a lift, controlling the false discovery rate.
	Adjusted float64 `json:"adjusted_p_value"`
	// Significant is Adjusted below 1 - confidence.
	Significant bool `json:"significant"`
}

// liftOf computes the lift of the 2x2 table a, b / c, d (see Lift).
func liftOf(a, b, c, d int64, confidence float64) *Lift {
	l := &Lift{}
	fa, fb, fc, fd := float64(a), float64(b), float64(c), float64(d)
	if a == 0 || b == 0 || c == 0 || d == 0 {
		fa, fb, fc, fd = fa+0.5, fb+0.5, fc+0.5, fd+0.5
		l.Corrected = true
	}
	lor := math.Log(fa) + math.Log(fd) - math.Log(fb) - math.Log(fc)
	se := math.Sqrt(1/fa + 1/fb + 1/fc + 1/fd)
	z := distuv.UnitNormal.Quantile(1 - (1-confidence)/2)
	l.OddsRatio, l.Low, l.High = math.Exp(lor), math.Exp(lor-z*se), math.Exp(lor+z*se)
	if linkMinExpected(a, b, c, d) < 5 {
		l.Test, l.PValue = LiftFisher, liftFisherP(a, b, c, d)
	} else {
		l.Test, l.PValue = LiftChiSquare, liftChiSquareP(a, b, c, d)
	}
	return l
}

// linkMinExpected is the smallest expected cell count under independence.
func linkMinExpected(a, b, c, d int64) float64 {
	n := float64(a + b + c + d)
	rows := []float64{float64(a + b), float64(c + d)}
	cols := []float64{float64(a + c), float64(b + d)}
	return math.Min(rows[0], rows[1]) * math.Min(cols[0], cols[1]) / n
}

// liftChiSquareP returns the p-value of Pearson's statistic
// n(ad - bc)^2 / ((a+b)(c+d)(a+c)(b+d)) against chi-square with 1 degree
// of freedom, which is the two-sided normal tail of its square root.
func liftChiSquareP(a, b, c, d int64) float64 {
	fa, fb, fc, fd := float64(a), float64(b), float64(c), float64(d)
	den := (fa + fb) * (fc + fd) * (fa + fc) * (fb + fd)
	if den == 0 {
		return 1
	}
	diff := fa*fd - fb*fc
	x2 := (fa + fb + fc + fd) * (diff / den) * diff
	return math.Erfc(math.Sqrt(x2 / 2))
}

// liftFisherP returns the two-sided p-value of Fisher's exact test: the
// probability, given the margins, of tables no more likely than the
// observed one (with a relative tolerance of 1e-7 for ties in floating
// point, as R's fisher.test does).
func liftFisherP(a, b, c, d int64) float64 {
	r1, c1, n := a+b, a+c, a+b+c+d
	lo, hi := max(0, r1+c1-n), min(r1, c1)
	logp := func(x int64) float64 { // hypergeometric log-probability of a = x
		return linkLogChoose(r1, x) + linkLogChoose(n-r1, c1-x) - linkLogChoose(n, c1)
	}
	obs := logp(a)
	var p float64
	for x := lo; x <= hi; x++ {
		if lx := logp(x); lx <= obs+1e-7 {
			p += math.Exp(lx)
		}
	}
	return math.Min(1, p)
}

func linkLogChoose(n, k int64) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

// linkBH returns the Benjamini-Hochberg adjusted p-values of p, in p's
// order: sorted ascending, the i-th (1-based) of m becomes
// min over j >= i of p(j)·m/j, capped at 1.
func linkBH(p []float64) []float64 {
	m := len(p)
	order := make([]int, m)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return p[order[x]] < p[order[y]] })
	adj := make([]float64, m)
	running := 1.0
	for r := m - 1; r >= 0; r-- {
		i := order[r]
		running = math.Min(running, p[i]*float64(m)/float64(r+1))
		adj[i] = running
	}
	return adj
}
