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

// jdFiles are the bundled copies of the JD Cloud privacy policy seeds:
// English of 2020-07-28 and Chinese of 2021-03-10.
var jdFiles = [2]string{"../../documents/jdcloud-privacy/en/2020-07-28/original.md",
	"../../documents/jdcloud-privacy/zh/2021-03-10/original.txt"}

func jdPair(t testing.TB) (en, zh *doc.Document) {
	return parseFile(t, jdFiles[0]), parseFile(t, jdFiles[1])
}

func parseFile(t testing.TB, path string) *doc.Document {
	t.Helper()
	d, err := parse.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
