package report

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	nan    = math.NaN()
	posInf = math.Inf(1)
	long   = "Account manager never follows up on renewal questions and pricing changes"
)

// chartCases covers each chart on ordinary data and on the edge cases.
func chartCases() []struct {
	name  string
	chart Chart
} {
	pt := func(l string, v, lo, hi float64) LinePoint { return LinePoint{Label: l, Value: v, Lo: lo, Hi: hi} }
	return []struct {
		name  string
		chart Chart
	}{
		{"line_basic", LineChart{Title: "NPS by quarter", Desc: "Quarterly NPS.", YLabel: "NPS", Points: []LinePoint{
			pt("Q1", 31, 26.5, 35.5), pt("Q2", 33, 28.6, 37.4), {Label: "Q3", Value: 20, Lo: 15, Hi: 25, Flag: "\u221213 vs Q2"}, pt("Q4", 25, 20.8, 29.2)}}},
		{"line_empty", LineChart{Title: "Empty"}},
		{"line_one_point", LineChart{Title: "One", Points: []LinePoint{pt("2024-Q1", 12, 4, 20)}}},
		{"line_all_equal", LineChart{Title: "Flat", Points: []LinePoint{pt("a", 30, nan, nan), pt("b", 30, nan, nan), pt("c", 30, nan, nan)}}},
		{"line_non_finite", LineChart{Title: "Gaps", Points: []LinePoint{
			pt("Q1", 10, 5, 15), pt("Q2", nan, nan, nan), pt("Q3", posInf, 0, 1), pt("Q4", -5, nan, 2), pt("Q5", -8, -12, -4), pt("Q6", -6, -10, -2)}}},
		{"line_negative_only", LineChart{Title: "Negative", YLabel: "NPS", Points: []LinePoint{pt("Jan", -40, -48, -32), pt("Feb", -35, -44, -26)}}},
		{"line_long_labels", LineChart{Title: long + " " + long, Points: []LinePoint{pt(long, 1, 0, 2), pt("<script>&", 2, 1, 3)}}},
		{"line_many_points", LineChart{Title: "By week", Points: manyPoints(52)}},
		{"impact_basic", ImpactChart{Title: "Impact", Unit: "NPS points", Rows: []ImpactRow{
			{"Slow support", -8.4, -11.2, -5.6}, {"Billing", -2, -4.1, 0.1}, {"Ease of use", 6.2, 3.9, 8.5}}}},
		{"impact_empty", ImpactChart{Title: "Impact"}},
		{"impact_negative_only", ImpactChart{Title: "Impact", Rows: []ImpactRow{{"a", -3, -5, -1}, {"b", -1, nan, nan}}}},
		{"impact_positive_only", ImpactChart{Title: "Impact", Rows: []ImpactRow{{"a", 3, 1, 5}, {"b", 1, 0.5, 1.5}}}},
		{"impact_non_finite", ImpactChart{Title: "Impact", Rows: []ImpactRow{{"nan", nan, -1, 1}, {"inf", posInf, nan, nan}, {"ok", 2, nan, posInf}}}},
		{"impact_all_zero", ImpactChart{Title: "Impact", Rows: []ImpactRow{{"a", 0, 0, 0}}}},
		{"impact_long_label", ImpactChart{Title: "Impact", Rows: []ImpactRow{{long, -1.5, -3, 0}}}},
		{"share_basic", ShareChart{Title: "Detractor share", Unit: "share", Rows: []ShareRow{{"Support", 0.46, "n=512"}, {"Billing", 0.12, ""}},
			Refs: []RefLine{{0.25, "25% act now"}, {0.30, "30% quality"}}}},
		{"share_empty", ShareChart{Title: "Shares", Refs: []RefLine{{0.25, "x"}}}},
		{"share_non_finite", ShareChart{Title: "Shares", Rows: []ShareRow{{"a", nan, "n=0"}, {"b", 0.3, ""}}, Refs: []RefLine{{nan, "bad"}}}},
		{"share_all_zero", ShareChart{Title: "Shares", Rows: []ShareRow{{"a", 0, ""}, {"b", 0, ""}}}},
		{"stack_nps", StackChart{Title: "Mix", Categories: NPSCategories(), Rows: []StackRow{
			{"Enterprise", []float64{88, 43, 17}, "n=148"}, {"SMB", []float64{71, 72, 54}, "n=197"}}}},
		{"stack_empty", StackChart{Title: "Mix", Categories: NPSCategories()}},
		{"stack_invalid", StackChart{Title: "Mix", Categories: []Category{{"A", "red"}, {"B", "#123"}}, Rows: []StackRow{
			{"zeros", []float64{0, 0}, ""}, {"bad", []float64{nan, -1, 4}, "n=4"}, {"none", nil, ""}}}},
		{"stack_many_categories", StackChart{Title: "Causes", Categories: []Category{{Name: long}, {Name: "b"}, {Name: "c"}, {Name: "d"},
			{Name: "e"}, {Name: "f"}, {Name: "g"}, {Name: "h"}, {Name: "i"}}, Rows: []StackRow{{"r", []float64{1, 2, 3, 4, 5, 6, 7, 8, 9}, ""}}}},
	}
}

func manyPoints(n int) []LinePoint {
	out := make([]LinePoint, n)
	for i := range out {
		v := 20 + 10*math.Sin(float64(i)/5)
		out[i] = LinePoint{Label: "W" + strconv.Itoa(i+1), Value: v, Lo: v - 6, Hi: v + 6}
	}
	return out
}

func TestChartsGolden(t *testing.T) {
	for _, tt := range chartCases() {
		t.Run(tt.name, func(t *testing.T) {
			out := render(tt.chart)
			es := parseSVG(t, out)
			checkClean(t, out)
			assert.Contains(t, out, "<title>", "accessible name")
			assert.Contains(t, es[0].Attrs, "viewBox")
			assert.Equal(t, "img", es[0].Attrs["role"])
			golden(t, tt.name, out)
			assert.Equal(t, out, render(tt.chart), "deterministic")
		})
	}
}

// TestChartsStayInside checks that every shape lies within the viewBox.
func TestChartsStayInside(t *testing.T) {
	for _, tt := range chartCases() {
		t.Run(tt.name, func(t *testing.T) {
			es := parseSVG(t, render(tt.chart))
			vb := strings.Fields(es[0].Attrs["viewBox"])
			require.Len(t, vb, 4)
			w, _ := strconv.ParseFloat(vb[2], 64)
			h, _ := strconv.ParseFloat(vb[3], 64)
			for _, e := range es[1:] {
				for _, k := range []string{"x", "x1", "x2", "cx"} {
					if v, ok := e.Attrs[k]; ok {
						f, err := strconv.ParseFloat(v, 64)
						require.NoError(t, err)
						assert.True(t, f >= 0 && f <= w, "%s %s=%v outside [0,%v]", e.Name, k, f, w)
					}
				}
				for _, k := range []string{"y", "y1", "y2", "cy"} {
					if v, ok := e.Attrs[k]; ok {
						f, err := strconv.ParseFloat(v, 64)
						require.NoError(t, err)
						assert.True(t, f >= 0 && f <= h, "%s %s=%v outside [0,%v]", e.Name, k, f, h)
					}
				}
			}
		})
	}
}

func TestLineChartEdges(t *testing.T) {
	cases := map[string]Chart{}
	for _, c := range chartCases() {
		cases[c.name] = c.chart
	}
	t.Run("empty says so", func(t *testing.T) {
		es := parseSVG(t, render(cases["line_empty"]))
		assert.Contains(t, texts(es), "No data to show")
		assert.Empty(t, named(es, "polyline"))
	})
	t.Run("one point has marker and whisker, no line", func(t *testing.T) {
		es := parseSVG(t, render(cases["line_one_point"]))
		assert.Len(t, named(es, "circle"), 1)
		assert.Empty(t, named(es, "polyline"))
		assert.Empty(t, named(es, "polygon"))
		assert.Contains(t, texts(es), "12.0")
	})
	t.Run("non-finite points are n/a and break the line", func(t *testing.T) {
		es := parseSVG(t, render(cases["line_non_finite"]))
		n := 0
		for _, s := range texts(es) {
			if s == "n/a" {
				n++
			}
		}
		assert.Equal(t, 2, n, "Q2 NaN and Q3 Inf")
		// Runs of finite values: {Q1} and {Q4, Q5, Q6}: one polyline.
		assert.Len(t, named(es, "polyline"), 1)
		// Bands need both bounds: {Q1} alone is a whisker, {Q5, Q6} a polygon.
		assert.Len(t, named(es, "polygon"), 1)
		assert.Len(t, named(es, "circle"), 4)
	})
	t.Run("flag has its own marker and note", func(t *testing.T) {
		es := parseSVG(t, render(cases["line_basic"]))
		assert.Len(t, named(es, "path"), 1)
		assert.Len(t, named(es, "circle"), 3)
		assert.Contains(t, texts(es), "\u25b2 \u221213 vs Q2")
	})
	t.Run("zero line when zero in range", func(t *testing.T) {
		out := render(cases["line_non_finite"])
		assert.Contains(t, out, `stroke="`+colAxis+`" stroke-width="1.5"`)
		assert.NotContains(t, render(cases["line_basic"]), `stroke="`+colAxis+`" stroke-width="1.5"`)
	})
	t.Run("long labels truncated with full title", func(t *testing.T) {
		out := render(cases["line_long_labels"])
		assert.Contains(t, out, "<title>"+long+"</title>")
		assert.Contains(t, out, "\u2026</text>")
		assert.Contains(t, out, "&lt;script&gt;&amp;")
		assert.NotContains(t, out, "<script>")
	})
	t.Run("many points thin the labels", func(t *testing.T) {
		es := parseSVG(t, render(cases["line_many_points"]))
		var weeks int
		for _, s := range texts(es) {
			if strings.HasPrefix(s, "W") {
				weeks++
			}
		}
		// slot = (760-56-16)/52 = 13.2px; 4 characters need 4*7.28=29.1px,
		// so every ceil(29.1/13.2)=3rd label: W1, W4, ..., W52 = 18 labels.
		assert.Equal(t, 18, weeks)
	})
}

func TestBarEdges(t *testing.T) {
	zeroX := func(t *testing.T, es []element) float64 {
		for _, l := range named(es, "line") {
			if l.Attrs["stroke"] == colAxis && l.Attrs["x1"] == l.Attrs["x2"] {
				f, err := strconv.ParseFloat(l.Attrs["x1"], 64)
				require.NoError(t, err)
				return f
			}
		}
		t.Fatal("no zero line")
		return 0
	}
	bars := func(es []element, fill string) [][2]float64 {
		var out [][2]float64
		for _, r := range named(es, "rect") {
			if r.Attrs["fill"] == fill {
				x, _ := strconv.ParseFloat(r.Attrs["x"], 64)
				w, _ := strconv.ParseFloat(r.Attrs["width"], 64)
				out = append(out, [2]float64{x, x + w})
			}
		}
		return out
	}
	t.Run("negative bars end at zero", func(t *testing.T) {
		es := parseSVG(t, render(ImpactChart{Rows: []ImpactRow{{"a", -3, -5, -1}, {"b", -1, nan, nan}}}))
		z := zeroX(t, es)
		bs := bars(es, colNegative)
		require.Len(t, bs, 2)
		for _, b := range bs {
			assert.InDelta(t, z, b[1], 0.01)
			assert.Less(t, b[0], z)
		}
		assert.Contains(t, texts(es), "\u22123.0 [\u22125.0, \u22121.0]")
		assert.Contains(t, texts(es), "\u22121.0", "no interval without bounds")
	})
	t.Run("positive bars start at zero", func(t *testing.T) {
		es := parseSVG(t, render(ImpactChart{Rows: []ImpactRow{{"a", 3, 1, 5}}}))
		z := zeroX(t, es)
		bs := bars(es, colPositive)
		require.Len(t, bs, 1)
		assert.InDelta(t, z, bs[0][0], 0.01)
		assert.Greater(t, bs[0][1], z)
	})
	t.Run("non-finite rows are n/a without a bar", func(t *testing.T) {
		es := parseSVG(t, render(ImpactChart{Rows: []ImpactRow{{"a", nan, -1, 1}, {"b", posInf, 0, 1}}}))
		assert.Empty(t, named(es, "rect"))
		assert.Equal(t, 2, strings.Count(strings.Join(texts(es), "|"), "n/a"))
	})
	t.Run("share values and refs", func(t *testing.T) {
		es := parseSVG(t, render(ShareChart{Rows: []ShareRow{{"a", 0.455, "n=11"}}, Refs: []RefLine{{0.25, "25%"}}}))
		// 0.455*100 = 45.5, written with one decimal.
		assert.Contains(t, texts(es), "45.5% n=11")
		assert.Contains(t, texts(es), "25%")
	})
	t.Run("all-zero shares span 0 to 100%", func(t *testing.T) {
		es := parseSVG(t, render(ShareChart{Rows: []ShareRow{{"a", 0, ""}}}))
		// Domain {0, 1}: raw step 2*0.5/5 = 0.2, ticks 0%, 20%, ..., 100%.
		assert.Subset(t, texts(es), []string{"0%", "20%", "100%"})
		assert.NotContains(t, texts(es), "\u2212100%")
	})
	t.Run("stack percentages and skipped values", func(t *testing.T) {
		es := parseSVG(t, render(StackChart{Categories: NPSCategories(), Rows: []StackRow{{"r", []float64{50, nan, 150}, "n=200"}}}))
		ts := texts(es)
		// 50/(50+150) = 25%, 150/200 = 75%; the NaN is counted as skipped.
		assert.Contains(t, ts, "25%")
		assert.Contains(t, ts, "75%")
		assert.Contains(t, ts, "n=200 (1 skipped)")
		assert.Contains(t, ts, "Promoters")
	})
}
