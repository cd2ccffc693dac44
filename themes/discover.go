package themes

import (
	"context"
	"fmt"
	"math"

	"github.com/verbatim-go/verbatim/cluster"
)

// Discover finds the themes of comments:
//
//  1. Phrases are counted on an even sample of DiscoverPhraseSample
//     comments and joined into terms ("customer service").
//  2. Terms in fewer than DiscoverMinDocs comments or more than
//     DiscoverMaxDocShare of them are dropped, as are words that only
//     appraise ("great", "terrible"; see DiscoverKeepSentiment).
//  3. Each comment becomes a unit TF-IDF vector (sublinear tf, smooth idf).
//     Comments with fewer than DiscoverMinTerms terms go to the no-theme
//     group (Model.NoTheme).
//  4. Seeded themes (DiscoverSeedThemes) take the comments that contain
//     their terms first; the rest are clustered by spherical k-means
//     (k-means++ seeding, DiscoverRestarts restarts, the lowest objective
//     kept), the centroids then refined as a mixture of von Mises-Fisher
//     distributions (soft assignments, a few EM steps), and each comment
//     goes to its nearest refined centroid. Without DiscoverK, k is
//     √(n/20) for n comments with content, within DiscoverKRange; seeded
//     themes count towards k.
//  5. Each theme gets its top terms (class-based TF-IDF), its
//     representative comments (closest to its centroid, duplicates
//     dropped) with highlights, a label (Labeler) and an ID.
//  6. Every comment with content carries its main theme and the other
//     themes it is close to (see Model.Memberships and Assign).
//
// Same comments, options and seed: the same Model, byte for byte once
// saved, whatever GOMAXPROCS or DiscoverWorkers. The context is checked
// between chunks of work. Errors wrap ErrDiscoverOption, ErrBadOption (an
// analyzer option), ErrNoContent or the context's error.
func Discover(ctx context.Context, comments []string, opts ...DiscoverOption) (*Model, error) {
	o := defaultDiscoverOptions()
	for _, opt := range opts {
		opt(&o)
	}
	if err := o.validate(); err != nil {
		return nil, err
	}
	an, sp, x, err := prepare(ctx, comments, &o)
	if err != nil {
		return nil, err
	}
	m := &Model{an: an, sp: sp, comments: len(comments), settings: modelSettings{
		MinTerms: o.minTerms, MinStrength: o.minStrength, StrengthRatio: o.strengthRatio,
		TopTerms: o.topTerms, Seed: o.seed,
	}}
	labels, err := m.cluster(ctx, x, &o)
	if err != nil {
		return nil, err
	}
	m.build(x, labels, comments, &o)
	if o.subthemes {
		if err := m.subdivide(x, comments, &o); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// prepare analyses the comments: phrases, vocabulary, TF-IDF rows.
func prepare(ctx context.Context, comments []string, o *discoverOptions) (*Analyzer, *themeSpace, *cluster.CSR, error) {
	base, err := NewAnalyzer(o.analyzer...)
	if err != nil {
		return nil, nil, nil, err
	}
	phrases, err := discoverPhrases(ctx, base, comments, o.phraseSample, o.workers)
	if err != nil {
		return nil, nil, nil, err
	}
	an := base
	if phrases.Len() > 0 {
		an = base.UsingPhrases(phrases)
	}
	pass, err := discoverAnalyse(ctx, an, comments, o.workers, discoverFormSample)
	if err != nil {
		return nil, nil, nil, err
	}
	vc := pass.counter()
	minDocs := o.minDocs
	if minDocs == 0 {
		minDocs = discoverMinDocs(len(comments))
	}
	voc, err := vc.Vocabulary(VocabMinDocs(minDocs), VocabMaxDocShare(o.maxDocShare))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%w: %w", ErrDiscoverOption, err)
	}
	discoverMissingForms(an, pass, comments, voc, &vc.forms)
	var exclude func(string) bool
	if !o.keepSentiment {
		exclude = discoverExcluder(an)
	}
	sp := newThemeSpace(voc, exclude)
	if o.nonNoun < 1 {
		shares, err := discoverNounShares(ctx, an, comments, o.workers)
		if err != nil {
			return nil, nil, nil, err
		}
		for c, k := range sp.keys {
			sp.idf[c] *= discoverNounWeight(shares, k, o.nonNoun)
		}
	}
	x, err := pass.vectors(ctx, sp, o.workers)
	if err != nil {
		return nil, nil, nil, err
	}
	return an, sp, x, nil
}

// discoverAutoK is the number of themes for n comments with content: √(n/20)
// within [lo, hi]. Silhouette-based choices settle on two or three themes
// on survey text, far coarser than the ten to thirty an analyst codes, so
// the rule follows the corpus size instead: 9 themes for 1,500 comments,
// 15 for 4,500, 22 for 10,000.
func discoverAutoK(n, lo, hi int) int {
	return max(lo, min(hi, int(math.Round(math.Sqrt(float64(n)/20)))))
}

// cluster labels every comment: a theme index, or -1 for no theme. Seeded
// themes take indexes 0..len(seeds)-1.
func (m *Model) cluster(ctx context.Context, x *cluster.CSR, o *discoverOptions) ([]int, error) {
	n, _ := x.Dims()
	labels := make([]int, n)
	var rest []int
	var matcher *seedMatcher
	if len(o.seeds) > 0 {
		var err error
		if matcher, err = newSeedMatcher(m.an, o.seeds, m.sp.col); err != nil {
			return nil, err
		}
	}
	for i := range labels {
		r := x.Row(i)
		labels[i] = -1
		if len(r.Cols) < o.minTerms {
			m.noTheme = append(m.noTheme, i)
			continue
		}
		if matcher != nil {
			if s := matcher.match(r.Cols); s >= 0 {
				labels[i] = s
				continue
			}
		}
		rest = append(rest, i)
	}
	k := o.k
	if k == 0 {
		k = discoverAutoK(n-len(m.noTheme), o.kMin, o.kMax)
	}
	k -= len(o.seeds)
	if k < 1 || len(rest) == 0 {
		return labels, nil // every comment went to a seed (or none has content)
	}
	if len(rest) < k {
		return nil, fmt.Errorf("%w: %d comments with content (outside seeded themes) for %d themes", ErrNoContent, len(rest), k)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fitted, err := discoverFitRest(ctx, x, rest, k, o)
	if err != nil {
		return nil, err
	}
	for p, i := range rest {
		if l := fitted[p]; l >= 0 {
			labels[i] = len(o.seeds) + l
		}
	}
	return labels, nil
}

// discoverSubRows returns the rows of x at the given indexes as a new matrix.
func discoverSubRows(x *cluster.CSR, rows []int) *cluster.CSR {
	_, cols := x.Dims()
	b := cluster.NewBuilder(cols)
	var e []cluster.Entry
	for _, i := range rows {
		r := x.Row(i)
		e = e[:0]
		for p, c := range r.Cols {
			e = append(e, cluster.Entry{Col: int(c), Val: float64(r.Vals[p])})
		}
		if err := b.AddRow(e); err != nil {
			panic("themes: copying valid rows: " + err.Error())
		}
	}
	return b.Build()
}
