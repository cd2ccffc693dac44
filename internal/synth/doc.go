// Package synth generates the synthetic NPS corpus that verbatim's
// examples, tests and command use by default: responses of a fictional
// broadband and mobile provider, each with a score, a comment in a
// customer's own voice, segments, operational metrics and gold labels.
//
// # Determinism
//
// Generate(seed, n) draws everything from one math/rand/v2 PCG source
// seeded with seed; the same seed and n give the same rows, and Write gives
// the same bytes. The committed file testdata/synthetic.csv at the module
// root is Generate(DefaultSeed, DefaultSize) written by Write; TestGolden
// checks it and `go test ./internal/synth -run TestGolden -update` rewrites
// it.
//
// # Columns
//
// id (r00001.. in date order), date (YYYY-MM-DD, 2025-01-01 to 2025-12-31),
// channel (phone, chat, email, whatsapp, self-service), tier (consumer,
// smb, enterprise), region (north, south, east, west), score (0-10),
// comment (may be empty, may hold commas, quotes and line breaks),
// wait_minutes (queue time for phone and chat, time to reply for WhatsApp
// and email; empty for self-service and for 1.5% unrecorded waits),
// transfers (0-5), gold_themes (theme keys joined by ';', main first, empty
// for no theme), gold_causes (cause keys joined by ';', main first; "none"
// alone when there is no cause).
//
// # Themes and causes
//
// Themes lists the sixteen gold themes: thirteen complaints (installation
// delay, long waits, rude agents, transfers, billing errors, price rises
// and hidden fees, slow speed and outages, router faults, app bugs, missing
// features, misleading sales, ignored complaints, inconsistent answers),
// the survey itself, and two praise themes (helpful staff, fast setup).
// Each complaint theme carries the root cause of the domain brief it
// belongs to; a cue sentence can add a second cause ("I said the same in the
// last survey and nobody listened" adds feedback_loop). Survey comments
// carry timing ("you sent this the minute I hung up") or methodology ("I'm
// not the account holder").
//
// # How rows are made
//
// Each row's kind (empty, generic, praise, mild or severe complaint,
// praise plus complaint, two complaints, survey) and NPS band are dealt from
// a deck per quarter × region × channel with the exact shares of the design
// (see mix.go), so segment scores follow the design instead of sampling
// noise; the score inside the band, the themes (weighted by channel and
// tier), the metrics (which follow the themes: long-wait comments quote the
// recorded wait) and the wording are then drawn. Comments are composed from
// per-theme sentence pools, slot fillers, openers, details, cue sentences,
// closers and a voice (British or American spelling and currency, terse to
// verbose, formal or informal, lower case, shouting, typos, emoji). Every
// comment with a theme is unique; generic ones ("n/a", "good", "STOP") and
// empty ones repeat, as in real surveys.
//
// # The planted story
//
// PlantedStory describes it: after a billing-system migration, region north
// gets a wave of billing-error complaints in 2025-Q3 (16% of its rows,
// partly worded around the migration) and fewer in 2025-Q4 (5%). North's
// NPS drops from about +20 to about +5 while the other regions move less
// than 5 points; without the billing-error rows north holds steady.
package synth
