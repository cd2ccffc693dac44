package cluster_test

import (
	"fmt"

	"github.com/verbatim-go/verbatim/cluster"
)

// Term counts for six short comments over the vocabulary
// 0 late, 1 delivery, 2 driver, 3 rude, 4 agent, 5 refund.
func exampleCounts() *cluster.CSR {
	b := cluster.NewBuilder(6)
	for _, row := range [][]cluster.Entry{
		{{Col: 0, Val: 1}, {Col: 1, Val: 2}},                   // late delivery, delivery again
		{{Col: 0, Val: 1}, {Col: 1, Val: 1}, {Col: 2, Val: 1}}, // late delivery driver
		{{Col: 1, Val: 1}, {Col: 0, Val: 2}},                   // delivery late late
		{{Col: 3, Val: 1}, {Col: 4, Val: 1}},                   // rude agent
		{{Col: 3, Val: 2}, {Col: 4, Val: 1}, {Col: 5, Val: 1}}, // rude rude agent refund
		{{Col: 4, Val: 1}, {Col: 3, Val: 1}},                   // agent rude
	} {
		if err := b.AddRow(row); err != nil {
			panic(err)
		}
	}
	return b.Build()
}

func ExampleFit() {
	counts := exampleCounts()
	var df cluster.DocFreq
	df.Add(counts)
	weights, err := cluster.NewTFIDF(&df)
	if err != nil {
		panic(err)
	}
	x, err := weights.Transform(counts)
	if err != nil {
		panic(err)
	}
	m, err := cluster.Fit(x, cluster.WithK(2), cluster.WithSeed(42))
	if err != nil {
		panic(err)
	}
	fmt.Println("labels:", m.Labels)
	fmt.Println("sizes:", m.Sizes)
	// The objective, Σ (1 − cosine to the centroid), checked with numpy on
	// scikit-learn's TfidfTransformer(sublinear_tf=True) output: 0.41851.
	fmt.Printf("objective: %.3f\n", m.Objective)
	// Output:
	// labels: [0 0 0 1 1 1]
	// sizes: [3 3]
	// objective: 0.419
}

func ExampleNewTFIDF() {
	counts := exampleCounts()
	var df cluster.DocFreq
	df.Add(counts)
	// Keep terms found in at least two comments: "driver" and "refund" go.
	weights, err := cluster.NewTFIDF(&df, cluster.WithMinDF(2))
	if err != nil {
		panic(err)
	}
	fmt.Println("kept columns:", weights.Keep)
	fmt.Printf("idf of late: %.4f = ln(7/4)+1\n", weights.IDF[0])
	x, err := weights.Transform(counts)
	if err != nil {
		panic(err)
	}
	// By hand: late 1 → tf 1, delivery 2 → tf 1+ln 2, same idf, so the row is
	// (1, 1.6931)/1.9664.
	fmt.Printf("row 0: %.4f %.4f\n", x.At(0, 0), x.At(0, 1))
	// Output:
	// kept columns: [0 1 3 4]
	// idf of late: 1.5596 = ln(7/4)+1
	// row 0: 0.5085 0.8610
}

func ExampleModel_Similarities() {
	x, err := cluster.FromRows(3, [][]cluster.Entry{
		{{Col: 0, Val: 1}}, {{Col: 0, Val: 2}}, {{Col: 2, Val: 1}}, {{Col: 2, Val: 3}},
	})
	if err != nil {
		panic(err)
	}
	m, err := cluster.Fit(x, cluster.WithK(2))
	if err != nil {
		panic(err)
	}
	// A new row halfway between the two clusters belongs to both.
	both, err := cluster.FromRows(3, [][]cluster.Entry{{{Col: 0, Val: 1}, {Col: 2, Val: 1}}})
	if err != nil {
		panic(err)
	}
	sims, err := m.Similarities(both)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.3f %.3f\n", sims.At(0, 0), sims.At(0, 1))
	label, cos := m.PredictRow(both.Row(0))
	fmt.Printf("best: %d (%.3f)\n", label, cos)
	// Output:
	// 0.707 0.707
	// best: 0 (0.707)
}

func ExampleNewContingency() {
	manual := []string{"delivery", "delivery", "delivery", "staff", "staff", "billing"}
	found := []int{0, 0, 0, 1, 1, 1}
	c, err := cluster.NewContingency(manual, found)
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Classes, c.Clusters, c.Counts)
	// scikit-learn 1.2.1 on the same vectors: NMI 0.8132898, ARI 0.7058824.
	fmt.Printf("NMI %.3f ARI %.3f purity %.3f\n", c.NMI(), c.ARI(), c.Purity())
	// Output:
	// [delivery staff billing] [0 1] [[3 0] [0 2] [0 1]]
	// NMI 0.813 ARI 0.706 purity 0.833
}

func ExampleSilhouette() {
	x, err := cluster.FromRows(2, [][]cluster.Entry{
		{{Col: 0, Val: 1}}, {{Col: 0, Val: 1}, {Col: 1, Val: 0.1}}, {{Col: 1, Val: 1}}, {{Col: 1, Val: 1}, {Col: 0, Val: 0.1}},
	})
	if err != nil {
		panic(err)
	}
	s, err := cluster.Silhouette(x, []int{0, 0, 1, 1})
	if err != nil {
		panic(err)
	}
	// scikit-learn 1.2.1 silhouette_score(metric="cosine"): 0.9944736.
	fmt.Printf("%.3f\n", s)
	// Output:
	// 0.994
}

func ExampleMergeNear() {
	x := exampleCounts()
	// Over-split on purpose, then merge clusters whose centroids are close.
	m, err := cluster.Fit(x, cluster.WithK(4))
	if err != nil {
		panic(err)
	}
	merged, mapping, err := cluster.MergeNear(x, m, 0.6)
	if err != nil {
		panic(err)
	}
	fmt.Println(m.K, "→", merged.K, "clusters; mapping", mapping)
	fmt.Println("labels:", merged.Labels)
	// Output:
	// 4 → 2 clusters; mapping [0 1 1 1]
	// labels: [1 1 1 0 0 0]
}

func ExampleChooseK() {
	x := exampleCounts()
	ch, err := cluster.ChooseK(x, cluster.WithKRange(2, 4))
	if err != nil {
		panic(err)
	}
	for _, s := range ch.Scores {
		fmt.Printf("k=%d silhouette %.3f\n", s.K, s.Silhouette)
	}
	fmt.Println("chosen:", ch.K)
	// scikit-learn 1.2.1 silhouette_score(metric="cosine") for the k=2
	// labels [0 0 0 1 1 1]: 0.8468740.

	// Output:
	// k=2 silhouette 0.847
	// k=3 silhouette 0.493
	// k=4 silhouette 0.455
	// chosen: 2
}

func ExampleSubdivide() {
	x := exampleCounts()
	top, err := cluster.Fit(x, cluster.WithK(2))
	if err != nil {
		panic(err)
	}
	subs, err := cluster.Subdivide(x, top, cluster.WithMinSplit(3), cluster.WithKRange(2, 2))
	if err != nil {
		panic(err)
	}
	for _, s := range subs {
		if s.Model == nil {
			fmt.Println("theme", s.Parent, "rows", s.Rows, "not split")
			continue
		}
		fmt.Println("theme", s.Parent, "rows", s.Rows, "sub-labels", s.Model.Labels)
	}
	// Output:
	// theme 0 rows [3 4 5] sub-labels [0 1 0]
	// theme 1 rows [0 1 2] sub-labels [0 1 0]
}

func ExampleNewCSR() {
	// Two rows filled in place, as a parallel builder would: row 0 has
	// columns 0 and 2, row 1 has column 1.
	indptr := []int{0, 2, 3}
	ind := []int32{0, 2, 1}
	val := []float32{0.6, 0.8, 1}
	m, err := cluster.NewCSR(2, 3, indptr, ind, val)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.At(0, 2), m.At(1, 1), m.NNZ())
	_, err = cluster.NewCSR(2, 3, indptr, []int32{2, 0, 1}, val)
	fmt.Println(err)
	// Output:
	// 0.800000011920929 1 3
	// cluster: row 0: column 0 after 2 (want increasing, below 3): cluster: shape mismatch
}
