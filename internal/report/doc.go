// Package report draws the pieces of verbatim's self-contained HTML report:
// SVG charts (a trend line with its confidence band, signed bars with
// interval whiskers, share bars, 100% stacked bars), tables, and comments
// with their evidence highlighted, assembled into one HTML document that
// needs no network, no scripts, no fonts and no images from elsewhere.
//
// Everything here is a pure function of its input: the same chart or page
// gives byte-identical output. Numbers are written with a fixed number of
// decimals, non-finite values are never written (a point or bar that cannot
// be drawn is shown as "n/a"), and every piece of text is escaped. Charts are
// sized by their viewBox so they scale with the page, carry <title> and
// <desc> elements for screen readers, and label their values in text so
// that colour is never the only carrier of meaning.
//
// Inline SVG in HTML needs no namespace declaration, so none is written:
// the page holds no http:// or https:// reference at all.
package report
