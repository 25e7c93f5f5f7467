package crosslang

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
)

// sharedDir walks up from the package to the directory holding shared/<sub>.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		p := filepath.Join(dir, "shared", sub)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skipf("shared/%s not found", sub)
		}
		dir = parent
	}
}

func jdPair(t testing.TB) (en, zh *doc.Document) {
	seeds := sharedDir(t, "seeds")
	return parseFile(t, filepath.Join(seeds, "jdcloud-privacy.en.2020-07-28.md")),
		parseFile(t, filepath.Join(seeds, "jdcloud-privacy.zh.2021-03-10.txt"))
}

func parseFile(t testing.TB, path string) *doc.Document {
	t.Helper()
	d, err := parse.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
