// Package verbatim turns the open comments of Net Promoter Score surveys
// into decisions: the score with its uncertainty by segment and period, the
// recurring themes in the comments, their root causes, their sentiment, and
// how many NPS points each theme costs.
//
// The work is done by the subpackages (nps, themes, sentiment, cluster).
// This root package holds what every user needs first: SampleCSV, an
// embedded synthetic survey of 5000 responses to try everything on (see
// testdata/README.md for its columns, themes and the story planted in it).
package verbatim
