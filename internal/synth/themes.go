package synth

import "math/rand/v2"

// complaintKeys fixes the order in which complaint themes are weighed, so
// the draw does not depend on map order.
var complaintKeys = []string{ThemeInstallDelay, ThemeLongWait, ThemeRudeAgent,
	ThemeTransferred, ThemeBillingError, ThemePriceRise, ThemeOutage, ThemeEquipment,
	ThemeAppBugs, ThemeMissingFeature, ThemeMisleadingSales, ThemeIgnored, ThemeInconsistent}

var complaintBase = map[string]float64{
	ThemeInstallDelay: 8, ThemeLongWait: 9, ThemeRudeAgent: 7, ThemeTransferred: 6,
	ThemeBillingError: 6, ThemePriceRise: 9, ThemeOutage: 10, ThemeEquipment: 7,
	ThemeAppBugs: 7, ThemeMissingFeature: 5, ThemeMisleadingSales: 6, ThemeIgnored: 6,
	ThemeInconsistent: 5,
}

// Channel and tier multipliers make the theme mix differ by segment the way
// it does in practice: holds and transfers on the phone, app bugs in
// self-service, mis-selling for enterprise accounts.
var channelTheme = map[string]map[string]float64{
	"phone":    {ThemeLongWait: 2, ThemeTransferred: 2, ThemeRudeAgent: 1.3, ThemeAppBugs: 0.5},
	"chat":     {ThemeTransferred: 1.5, ThemeInconsistent: 1.3, ThemeAppBugs: 0.8},
	"email":    {ThemeLongWait: 1.5, ThemeIgnored: 1.6, ThemeTransferred: 0.3, ThemeRudeAgent: 0.6},
	"whatsapp": {ThemeInconsistent: 1.6, ThemeLongWait: 1.2, ThemeTransferred: 0.8},
	"self-service": {ThemeLongWait: 0, ThemeTransferred: 0, ThemeRudeAgent: 0,
		ThemeAppBugs: 3, ThemeMissingFeature: 2.5, ThemeBillingError: 1.3},
}

var tierTheme = map[string]map[string]float64{
	"consumer":   {ThemeEquipment: 1.3, ThemeAppBugs: 1.2},
	"smb":        {ThemePriceRise: 1.3, ThemeOutage: 1.3},
	"enterprise": {ThemeMisleadingSales: 2, ThemeInconsistent: 1.5, ThemeMissingFeature: 1.5, ThemeInstallDelay: 1.3, ThemePriceRise: 0.7},
}

// complaintTheme draws a complaint theme for the row's channel and tier,
// other than except.
func complaintTheme(rng *rand.Rand, r *Row, except string) string {
	w := make([]float64, len(complaintKeys))
	for i, k := range complaintKeys {
		if k == except {
			continue
		}
		w[i] = complaintBase[k]
		if m, ok := channelTheme[r.Channel][k]; ok {
			w[i] *= m
		}
		if m, ok := tierTheme[r.Tier][k]; ok {
			w[i] *= m
		}
	}
	return complaintKeys[pick(rng, w)]
}

// praiseTheme draws a praise theme: staff on the assisted channels, setup
// in self-service.
func praiseTheme(rng *rand.Rand, r *Row) string {
	staff := map[string]float64{"phone": 0.75, "chat": 0.75, "whatsapp": 0.7,
		"email": 0.6, "self-service": 0.2}[r.Channel]
	if rng.Float64() < staff {
		return ThemeHelpfulStaff
	}
	return ThemeFastSetup
}

func otherPraise(t string) string {
	if t == ThemeHelpfulStaff {
		return ThemeFastSetup
	}
	return ThemeHelpfulStaff
}

// chooseThemes sets the row's gold themes from its kind; for a mixed row
// the band decides whether the praise or the complaint is the main topic.
func chooseThemes(rng *rand.Rand, r *Row, b band) {
	switch r.Kind {
	case KindPraise:
		t := praiseTheme(rng, r)
		r.Themes = []string{t}
		if rng.Float64() < 0.12 {
			r.Themes = append(r.Themes, otherPraise(t))
		}
	case KindMild, KindSevere:
		if r.Story {
			r.Themes = []string{ThemeBillingError}
			return
		}
		r.Themes = []string{complaintTheme(rng, r, "")}
	case KindMixed:
		p, c := praiseTheme(rng, r), complaintTheme(rng, r, "")
		praiseMain := b == bandPromoter || (b == bandPassive && rng.IntN(2) == 0)
		if praiseMain {
			r.Themes = []string{p, c}
		} else {
			r.Themes = []string{c, p}
		}
	case KindDouble:
		c := complaintTheme(rng, r, "")
		r.Themes = []string{c, complaintTheme(rng, r, c)}
	case KindSurvey:
		r.Themes = []string{ThemeSurvey}
	}
}

func hasTheme(r *Row, key string) bool {
	for _, t := range r.Themes {
		if t == key {
			return true
		}
	}
	return false
}
