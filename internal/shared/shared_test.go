package shared

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDataFindsSharedFolder(t *testing.T) {
	p := Data(t, "README.md")
	_, err := os.Stat(p)
	assert.NoError(t, err)
	assert.Equal(t, "README.md", filepath.Base(p))
}
