package report

import "math"

// maxTicks bounds the number of ticks so that no input can make an axis
// loop for long or print a wall of labels.
const maxTicks = 12

// scale maps a value domain [lo, hi] onto pixels [p0, p1].
type scale struct {
	lo, hi, p0, p1 float64
	step           float64 // tick spacing
}

// niceScale returns a scale whose domain covers every finite value in vs,
// extended to whole multiples of a "nice" step (1, 2 or 5 times a power of
// ten), aiming at about target ticks. Equal values get a domain around
// them; no finite value gives [0, 1].
func niceScale(vs []float64, target int, p0, p1 float64) scale {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range vs {
		if finite(v) {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	switch {
	case lo > hi:
		lo, hi = 0, 1
	case lo == hi:
		pad := math.Max(math.Abs(lo)*0.1, 1)
		lo, hi = lo-pad, hi+pad
	}
	// Halves keep the span finite even for values near ±MaxFloat64.
	step := niceStep(hi/2-lo/2, target)
	lo = math.Floor(lo/step) * step
	hi = math.Ceil(hi/step) * step
	if !finite(lo) || !finite(hi) || lo == hi {
		lo, hi, step = -math.MaxFloat64/2, math.MaxFloat64/2, math.MaxFloat64/4
	}
	return scale{lo: lo, hi: hi, p0: p0, p1: p1, step: step}
}

// niceStep returns a step of 1, 2 or 5 times a power of ten close to
// 2*half/target.
func niceStep(half float64, target int) float64 {
	raw := half / float64(target) * 2
	if !finite(raw) || raw <= 0 {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	var f float64
	switch r := raw / mag; {
	case r <= 1:
		f = 1
	case r <= 2:
		f = 2
	case r <= 5:
		f = 5
	default:
		f = 10
	}
	if s := f * mag; finite(s) && s > 0 {
		return s
	}
	return 1
}

// at maps a value to pixels, clamped to the scale's pixel range so that
// nothing can be drawn outside the plot.
func (s scale) at(v float64) float64 {
	t := (v/2 - s.lo/2) / (s.hi/2 - s.lo/2)
	t = math.Max(0, math.Min(1, t))
	return s.p0 + t*(s.p1-s.p0)
}

// ticks lists the tick values from lo to hi, computed by index rather than
// by repeated addition so that rounding cannot add or drop one.
func (s scale) ticks() []float64 {
	n := int(math.Round(s.hi/s.step - s.lo/s.step))
	if n < 1 || n > maxTicks*4 {
		return []float64{s.lo, s.hi}
	}
	every := 1
	for n/every > maxTicks {
		every++
	}
	var out []float64
	for k := 0; k <= n; k += every {
		out = append(out, s.lo+float64(k)*s.step)
	}
	return out
}

// decimals is how many decimals a tick label needs for this step.
func (s scale) decimals() int {
	if s.step >= 1 || s.step <= 0 {
		return 0
	}
	return int(math.Ceil(-math.Log10(s.step) - 1e-9))
}

// containsZero reports whether zero lies inside the domain (edges included).
func (s scale) containsZero() bool { return s.lo <= 0 && s.hi >= 0 }
