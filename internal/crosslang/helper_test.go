package crosslang

import (
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
)

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
