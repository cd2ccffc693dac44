package report

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNiceScale(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name   string
		vs     []float64
		target int
		ticks  []float64
	}{
		// half-span (7.9+3.2)/2=5.55, raw step 2*5.55/5=2.22 -> nice 5;
		// floor(-3.2/5)*5=-5, ceil(7.9/5)*5=10.
		{"mixed signs", []float64{-3.2, 7.9}, 5, []float64{-5, 0, 5, 10}},
		// raw step (38.2-14.9)/5=4.66 -> 5; floor(14.9/5)*5=10, ceil(38.2/5)*5=40.
		{"nps band", []float64{14.9, 38.2}, 5, []float64{10, 15, 20, 25, 30, 35, 40}},
		// equal values 30 get a pad of max(10% of 30, 1)=3: [27, 33], raw
		// step 6/5=1.2 -> 2; floor(27/2)*2=26, ceil(33/2)*2=34.
		{"all equal", []float64{30, 30}, 5, []float64{26, 28, 30, 32, 34}},
		// zero: pad 1 -> [-1, 1], raw 0.4 -> 0.5.
		{"all zero", []float64{0}, 5, []float64{-1, -0.5, 0, 0.5, 1}},
		// no finite value: the default [0, 1], raw step 0.2 -> 0.2.
		{"nothing finite", []float64{nan, inf, -inf}, 5, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
		// non-finite values are ignored: same as {"mixed signs"}.
		{"non-finite ignored", []float64{-3.2, nan, 7.9, inf}, 5, []float64{-5, 0, 5, 10}},
		// shares 0..0.46: raw 0.092 -> 0.1; ceil(0.46/0.1)*0.1=0.5.
		{"shares", []float64{0, 0.46}, 5, []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5}},
		// negative only [-12, 0]: half-span 6, raw 2*6/5=2.4 -> 5; floor(-12/5)*5=-15.
		{"negative only", []float64{-12, 0}, 5, []float64{-15, -10, -5, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := niceScale(tt.vs, tt.target, 0, 100)
			assert.InDeltaSlice(t, tt.ticks, s.ticks(), 1e-9)
		})
	}
}

func TestNiceScaleExtremes(t *testing.T) {
	// Values near the largest float must not overflow into Inf or loop.
	s := niceScale([]float64{-math.MaxFloat64, math.MaxFloat64}, 5, 0, 100)
	for _, tk := range s.ticks() {
		assert.False(t, math.IsInf(tk, 0) || math.IsNaN(tk), "tick %v", tk)
	}
	assert.LessOrEqual(t, len(s.ticks()), maxTicks+1)
	// A tiny step on a huge offset cannot be resolved by float addition.
	s = niceScale([]float64{1e17, 1e17 + 32}, 5, 0, 100)
	assert.LessOrEqual(t, len(s.ticks()), 4*maxTicks+1)
	// at clamps to the pixel range.
	s = niceScale([]float64{0, 10}, 5, 0, 100)
	assert.Equal(t, 100.0, s.at(1e300))
	assert.Equal(t, 0.0, s.at(-1e300))
}

func TestFormatting(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"num trims zeros", num(12.50), "12.5"},
		{"num rounds to 2 decimals", num(1.0 / 3), "0.33"},
		{"num negative zero", num(math.Copysign(0, -1)), "0"},
		{"num tiny negative", num(-0.001), "0"},
		{"num NaN", num(math.NaN()), "0"},
		{"num Inf", num(math.Inf(-1)), "0"},
		{"fixed minus sign", fixed(-5.25, 1), "\u22125.2"}, // 'f' rounds half to even on the binary value 5.25 -> 5.2
		{"fixed negative zero", fixed(-0.04, 1), "0.0"},
		{"fixed NaN", fixed(math.NaN(), 1), "n/a"},
		{"signed positive", signed(3, 1), "+3.0"},
		{"signed zero", signed(0, 1), "0.0"},
		{"signed negative", signed(-3, 0), "\u22123"},
		{"percent", percent(0.4567, 1), "45.7%"},
		{"percent NaN", percent(math.NaN(), 1), "n/a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got) })
	}
}

func TestFit(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		maxPx float64
		want  string
		cut   bool
	}{
		// 13px * 0.56 = 7.28px per character: 73px hold 10 characters.
		{"fits", "short", 73, "short", false},
		{"exactly", "0123456789", 73, "0123456789", false},
		{"cut", "0123456789A", 73, "012345678\u2026", true},
		{"runes not bytes", "ééééééééééé", 73, "ééééééééé\u2026", true},
		{"trailing space dropped", "01234567 9A", 73, "01234567\u2026", true},
		{"newlines collapse", "a\n\tb", 73, "a b", false},
		{"invalid utf8", "a\xffb", 73, "a\uFFFDb", false},
		{"no room", "abc", 5, "\u2026", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := fit(tt.in, tt.maxPx, fontSize)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.cut, cut)
		})
	}
}

func TestOnColour(t *testing.T) {
	tests := []struct{ fill, want string }{
		{"#0072B2", "#ffffff"}, // L=0.16: 1.05/0.21=5.0 with white beats 0.21/0.065=3.2 with dark
		{"#F0E442", colText},   // yellow, L=0.75: dark text
		{"#fff", colText},
		{"#000", "#ffffff"},
		{"bad", colText},
	}
	for _, tt := range tests {
		t.Run(tt.fill, func(t *testing.T) { assert.Equal(t, tt.want, onColour(tt.fill)) })
	}
}
