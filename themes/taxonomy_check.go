package themes

import (
	"fmt"
	"math"
)

// taxonomyResolve applies Extends, fills default settings, puts none last and
// checks every rule, returning the complete spec a Taxonomy is built from.
func taxonomyResolve(in TaxonomySpec) (TaxonomySpec, error) {
	if err := in.checkHeader(); err != nil {
		return TaxonomySpec{}, err
	}
	spec := in.clone()
	switch spec.Extends {
	case "":
	case "default":
		merged, err := taxonomyMerge(TaxonomyDefault().Spec(), spec)
		if err != nil {
			return TaxonomySpec{}, err
		}
		spec = merged
	default:
		return TaxonomySpec{}, fmt.Errorf("extends %q: only \"default\" can be extended: %w", spec.Extends, ErrTaxonomyInvalid)
	}
	taxonomyFillDefaults(&spec)
	if err := taxonomyCheckSettings(&spec); err != nil {
		return TaxonomySpec{}, err
	}
	if err := taxonomyCheckCauses(spec.Causes); err != nil {
		return TaxonomySpec{}, err
	}
	taxonomyNoneLast(&spec)
	return spec, nil
}

// taxonomyMerge overlays ext on base (see TaxonomySpec for the rules).
func taxonomyMerge(base, ext TaxonomySpec) (TaxonomySpec, error) {
	out := base
	out.Name = ext.Name
	out.Extends = ""
	if ext.Threshold != 0 {
		out.Threshold = ext.Threshold
	}
	if ext.MaxCauses != 0 {
		out.MaxCauses = ext.MaxCauses
	}
	if ext.NegationWindow != 0 {
		out.NegationWindow = ext.NegationWindow
	}
	if ext.PatternGap != 0 {
		out.PatternGap = ext.PatternGap
	}
	if ext.ContrastBefore != 0 {
		out.ContrastBefore = ext.ContrastBefore
	}
	if ext.SecondaryRatio != 0 {
		out.SecondaryRatio = ext.SecondaryRatio
	}
	for i, d := range ext.Causes {
		b := out.find(d.Key)
		if b == nil {
			if err := out.AddCause(d); err != nil {
				return TaxonomySpec{}, fmt.Errorf("causes[%d]: %w", i, err)
			}
			continue
		}
		taxonomyOverlayCause(b, d)
	}
	return out, nil
}

// taxonomyOverlayCause applies the non-empty fields of d to b.
func taxonomyOverlayCause(b *CauseDef, d CauseDef) {
	if d.Label != "" {
		b.Label = d.Label
	}
	if d.Description != "" {
		b.Description = d.Description
	}
	if d.Fix != "" {
		b.Fix = d.Fix
	}
	if d.Recovery != (RecoveryHorizon{}) {
		b.Recovery = d.Recovery
	}
	if d.ReplaceCues {
		b.Cues = nil
	}
	b.Cues = append(b.Cues, d.Cues...)
	if len(d.ScoreBands) > 0 {
		b.ScoreBands = append([]CauseScoreBand(nil), d.ScoreBands...)
	}
	if d.Threshold != 0 {
		b.Threshold = d.Threshold
	}
}

func taxonomyFillDefaults(s *TaxonomySpec) {
	if s.Threshold == 0 {
		s.Threshold = taxonomyDefaultThreshold
	}
	if s.NegationWindow == 0 {
		s.NegationWindow = taxonomyDefaultWindow
	}
	if s.PatternGap == 0 {
		s.PatternGap = taxonomyDefaultGap
	}
	if s.ContrastBefore == 0 {
		s.ContrastBefore = 1
	}
}

func taxonomyCheckSettings(s *TaxonomySpec) error {
	bad := func(field string, v any, want string) error {
		return fmt.Errorf("%s %v: want %s: %w", field, v, want, ErrTaxonomyInvalid)
	}
	switch {
	case !(s.Threshold > 0 && s.Threshold <= 1000):
		return bad("threshold", s.Threshold, "a number above 0 and at most 1000")
	case s.MaxCauses < 0:
		return bad("max_causes", s.MaxCauses, "0 (no cap) or more")
	case s.NegationWindow < 0 || s.NegationWindow > 10:
		return bad("negation_window", s.NegationWindow, "0 to 10")
	case s.PatternGap < 0 || s.PatternGap > 30:
		return bad("pattern_gap", s.PatternGap, "0 to 30")
	case !(s.ContrastBefore > 0 && s.ContrastBefore <= 1):
		return bad("contrast_before", s.ContrastBefore, "above 0 and at most 1")
	case !(s.SecondaryRatio >= 0 && s.SecondaryRatio <= 1):
		return bad("secondary_ratio", s.SecondaryRatio, "0 to 1")
	case len(s.Causes) == 0:
		return fmt.Errorf("no causes: %w", ErrTaxonomyInvalid)
	}
	return nil
}

// taxonomyCheckCauses checks keys, texts and cues of every cause.
func taxonomyCheckCauses(causes []CauseDef) error {
	seen := make(map[Cause]int, len(causes))
	for i, d := range causes {
		where := fmt.Sprintf("causes[%d] (%q)", i, d.Key)
		if j, dup := seen[d.Key]; dup {
			return fmt.Errorf("%s: duplicate key, first at causes[%d]: %w", where, j, ErrTaxonomyInvalid)
		}
		seen[d.Key] = i
		if err := taxonomyCheckCause(d); err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
	}
	return nil
}

func taxonomyCheckCause(d CauseDef) error {
	r := d.Recovery
	switch {
	case !causeKeyValid(string(d.Key)):
		return fmt.Errorf("key must be 1-40 lower-case letters, digits or '_' starting with a letter: %w", ErrTaxonomyInvalid)
	case d.Label == "":
		return fmt.Errorf("missing label: %w", ErrTaxonomyInvalid)
	case d.Key == CauseNone && len(d.Cues) > 0:
		return fmt.Errorf("none cannot have cues (it is what a comment gets when no cause reaches the threshold): %w", ErrTaxonomyInvalid)
	case r.MinDays < 0 || r.MaxDays < r.MinDays:
		return fmt.Errorf("recovery days %d-%d: want 0 <= min_days <= max_days: %w", r.MinDays, r.MaxDays, ErrTaxonomyInvalid)
	case r.MaxPoints < r.MinPoints:
		return fmt.Errorf("recovery points %d-%d: want min_points <= max_points: %w", r.MinPoints, r.MaxPoints, ErrTaxonomyInvalid)
	case !(d.Threshold >= 0 && d.Threshold <= 1000):
		return fmt.Errorf("threshold %v: want 0 (the taxonomy's) or a number above 0 and at most 1000: %w", d.Threshold, ErrTaxonomyInvalid)
	case d.Key == CauseNone && d.Threshold != 0:
		return fmt.Errorf("none cannot have a threshold (it is never scored): %w", ErrTaxonomyInvalid)
	}
	if err := causeBandsCheck(d.ScoreBands); err != nil {
		return err
	}
	seen := make(map[string]int, len(d.Cues))
	for j, c := range d.Cues {
		canon, err := cueCheck(c)
		if err != nil {
			return fmt.Errorf("cues[%d] %s %q: %w", j, c.Kind, c.Text, err)
		}
		// Two cues with the same stems would count the same words twice.
		if k, dup := seen[canon]; dup {
			return fmt.Errorf("cues[%d] %s %q: matches the same words as cues[%d] %q: %w", j, c.Kind, c.Text, k, d.Cues[k].Text, ErrTaxonomyInvalid)
		}
		seen[canon] = j
	}
	return nil
}

// cueCheck checks one cue's kind, weight and text and returns its
// canonical form.
func cueCheck(c Cue) (string, error) {
	if math.IsNaN(c.Weight) || c.Weight <= 0 || c.Weight > 100 {
		return "", fmt.Errorf("weight %v: want above 0 and at most 100: %w", c.Weight, ErrTaxonomyInvalid)
	}
	switch c.Kind {
	case CueWord, CuePhrase, CuePattern, CueWhole:
		if c.Text == "" {
			return "", fmt.Errorf("empty text: %w", ErrTaxonomyInvalid)
		}
	case CueScoreMismatch:
		if c.Text != "" {
			return "", fmt.Errorf("a score_mismatch cue takes no text: %w", ErrTaxonomyInvalid)
		}
	case "":
		return "", fmt.Errorf("missing kind (want word, phrase, pattern, whole or score_mismatch): %w", ErrTaxonomyInvalid)
	default:
		return "", fmt.Errorf("unknown kind (want word, phrase, pattern, whole or score_mismatch): %w", ErrTaxonomyInvalid)
	}
	cc, err := cueCompile(c, nil)
	return cc.canon, err
}

// taxonomyNoneLast moves none to the end, adding it when absent.
func taxonomyNoneLast(s *TaxonomySpec) {
	none := CauseDef{
		Key:         CauseNone,
		Label:       "No stated cause",
		Description: "Praise, or no reason given: nothing to fix.",
		Recovery:    RecoveryHorizon{Term: "none"},
	}
	out := s.Causes[:0:0]
	for _, d := range s.Causes {
		if d.Key == CauseNone {
			none = d
			continue
		}
		out = append(out, d)
	}
	s.Causes = append(out, none)
}
