// Package sentiment scores the sentiment of customer-feedback comments with
// a lexicon and rules written for that language, explains every score with
// the words behind it, learns a team's own vocabulary from scored comments,
// and flags comments whose wording contradicts their score.
package sentiment
