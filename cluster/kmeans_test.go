package cluster_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/cluster"
)

func TestFitRecoversPlantedClusters(t *testing.T) {
	// Groups own disjoint column blocks and 10% of columns are noise, so a
	// correct spherical k-means separates them perfectly: NMI must be 1 (by
	// construction, as every row shares no column block with other groups
	// beyond noise).
	cases := []struct {
		name string
		opts []cluster.Option
	}{
		{"lloyd", nil},
		{"mini-batch", []cluster.Option{cluster.WithMiniBatch(256)}},
		{"one restart", []cluster.Option{cluster.WithRestarts(1)}},
	}
	x, truth := planted(t, 3000, 6, 600, 15, 0.1, 1)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := cluster.Fit(x, append([]cluster.Option{cluster.WithK(6)}, tc.opts...)...)
			require.NoError(t, err)
			nmi, err := cluster.NMI(truth, m.Labels)
			require.NoError(t, err)
			assert.InDelta(t, 1.0, nmi, 1e-12)
			assert.Len(t, m.Sizes, 6)
		})
	}
}
