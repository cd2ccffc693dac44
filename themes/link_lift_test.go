package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLiftPValues(t *testing.T) {
	tests := []struct {
		name       string
		a, b, c, d int64
		test       LiftTest
		p          float64
	}{
		// Fisher's tea-tasting table (Fisher 1935): margins 4/4 of 8, so
		// P(a=x) = C(4,x)C(4,4-x)/C(8,4) = 1, 16, 36, 16, 1 over 70; the
		// tables no more likely than a=3 are x = 0, 1, 3, 4: 34/70.
		{"tea tasting", 3, 1, 1, 3, LiftFisher, 34.0 / 70},
		// r1 = 10, c1 = 12, n = 24, C(24,12) = 2704156; P(a=x) numerators:
		// x=0: C(14,12) = 91, x=1: 10·C(14,11) = 3640, x=9: 10·C(14,3) =
		// 3640 (a tie with the observed), x=10: C(14,2) = 91, all others
		// larger; (91+3640+3640+91)/2704156 = 0.0027594 (the published
		// value for this table is 0.002759). The smallest expected cell is
		// 10·12/24 = 5, so Link itself would use chi-square here; the row
		// checks the Fisher computation directly.
		{"fisher with a tie", 1, 9, 11, 3, LiftFisher, 7462.0 / 2704156},
		// Expected cells 15, 85, 15, 85 (all >= 5): Pearson
		// chi2 = 200·(20·90-80·10)^2/(100·100·30·170) = 3.92157, whose
		// chi-square(1) upper tail is 0.047670.
		{"chi-square", 20, 80, 10, 90, LiftChiSquare, 0.047670},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "fisher with a tie" {
				assert.InDelta(t, tt.p, liftFisherP(tt.a, tt.b, tt.c, tt.d), 1e-9)
				return
			}
			l := liftOf(tt.a, tt.b, tt.c, tt.d, 0.95)
			assert.Equal(t, tt.test, l.Test)
			assert.InDelta(t, tt.p, l.PValue, 1e-6)
		})
	}
}

func TestLiftOddsRatio(t *testing.T) {
	tests := []struct {
		name          string
		a, b, c, d    int64
		or, low, high float64
		corrected     bool
	}{
		// OR = 20·90/(80·10) = 2.25; Woolf SE = sqrt(1/20+1/80+1/10+1/90)
		// = 0.416667; 2.25·exp(∓1.959964·0.416667) = 0.994295, 5.091548.
		{"woolf", 20, 80, 10, 90, 2.25, 0.994295, 5.091548, false},
		// A zero cell: 0.5 added everywhere, OR = 0.5·5.5/(10.5·5.5) =
		// 0.047619; SE = sqrt(2 + 0.095238 + 2·0.181818) = 1.568080;
		// 0.047619·exp(∓1.959964·1.568080) = 0.002203, 1.029278.
		{"zero cell corrected", 0, 10, 5, 5, 0.047619, 0.002203, 1.029278, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := liftOf(tt.a, tt.b, tt.c, tt.d, 0.95)
			assert.InDelta(t, tt.or, l.OddsRatio, 1e-6)
			assert.InDelta(t, tt.low, l.Low, 1e-6)
			assert.InDelta(t, tt.high, l.High, 1e-6)
			assert.Equal(t, tt.corrected, l.Corrected)
		})
	}
}

func TestLinkBH(t *testing.T) {
	tests := []struct {
		name string
		p    []float64
		want []float64
	}{
		// Sorted: .01 (1), .03 (2), .04 (3), .20 (4), m = 4; p·m/rank =
		// .04, .06, .053333, .20; running minimum from the largest rank:
		// .20, .053333, .053333, .04; back in input order.
		{"four keys", []float64{0.01, 0.04, 0.03, 0.20}, []float64{0.04, 0.053333, 0.053333, 0.20}},
		// 0.6·2/1 = 1.2 capped at 1 by the running minimum starting at 1.
		{"capped", []float64{0.6, 0.9}, []float64{0.9, 0.9}},
		{"empty", nil, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := linkBH(tt.p)
			assert.InDeltaSlice(t, tt.want, got, 1e-6)
		})
	}
}
