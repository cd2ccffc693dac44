package cluster

import "errors"

// Sentinel errors that callers can branch on with errors.Is. Returned errors
// wrap one of these and add the place (row, column, value) where it helps.
var (
	// ErrNoRows: the input has no rows, or no row with a nonzero value.
	ErrNoRows = errors.New("cluster: no usable rows")
	// ErrTooFewRows: k is larger than the number of usable (nonzero) rows.
	ErrTooFewRows = errors.New("cluster: fewer usable rows than clusters")
	// ErrValue: a value is NaN, infinite, outside float32 range, or a
	// negative term count.
	ErrValue = errors.New("cluster: invalid value")
	// ErrShape: a column index out of range, or matrices, models and label
	// vectors whose sizes do not agree.
	ErrShape = errors.New("cluster: shape mismatch")
	// ErrLabels: label vectors a metric cannot score, such as fewer than
	// two clusters for the silhouette.
	ErrLabels = errors.New("cluster: unusable labels")
	// ErrOption: an option value out of its documented range.
	ErrOption = errors.New("cluster: invalid option")
)
