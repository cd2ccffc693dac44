package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// IDs are slugs of the labels, unique, and written into memberships.
func TestSetIDs(t *testing.T) {
	m := &Model{themes: []Theme{
		{Label: "Billing Errors", Seeded: true},
		{Label: "billing errors"},       // same slug: numbered
		{Label: "bill / refund"},        // a joined label
		{Label: "engineer, date, slot"}, // top terms: the first
		{Label: "!!!"},                  // no letters
		{Label: "???"},
	}, member: [][]Membership{{{Theme: 2}}, nil}}
	m.setIDs()
	var ids []string
	for _, th := range m.themes {
		ids = append(ids, th.ID)
	}
	assert.Equal(t, []string{"billing-errors", "billing-errors-2", "bill-refund", "engineer", "theme", "theme-2"}, ids)
	assert.Equal(t, "bill-refund", m.member[0][0].ID)
}
