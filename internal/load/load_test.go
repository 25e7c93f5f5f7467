package load

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// files are the seeds, when shared/ is there, and small files of each kind
// of text decoding: clean UTF-8, without a final line end, CRLF, a BOM.
func files(tb testing.TB) []string {
	dir := tb.TempDir()
	made := map[string]string{
		"clean.txt":  "Privacy Policy\n1. We collect\n2. We share\n",
		"no-end.md":  "# Policy\n\n1. We collect\n\n2. We share",
		"crlf.txt":   "Privacy Policy\r\n1. We collect\r\n2. We share\r\n",
		"bom-zh.txt": "\xEF\xBB\xBF隐私政策\n一、我们如何收集\n二、我们如何共享\n",
	}
	var out []string
	for name, text := range made {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
		out = append(out, p)
	}
	sort.Strings(out)
	if seeds, ok := sharedtest.Dir("seeds"); ok {
		found, _ := filepath.Glob(filepath.Join(seeds, "*.*"))
		out = append(out, found...)
	}
	return out
}

// TestDocumentIsFile checks that Document, which reads a file without
// keeping its bytes, gives the document File gives, hash and all.
func TestDocumentIsFile(t *testing.T) {
	for _, p := range files(t) {
		got, err := Document(p, nil)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		want, raw, err := File(p, Options{})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		sum := sha256.Sum256(raw)
		if got.Meta != want.Meta || got.Meta.SHA256 != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: Document meta %+v\nFile meta %+v", p, got.Meta, want.Meta)
		}
		if got.Source != want.Source || !reflect.DeepEqual(got.Flatten(), want.Flatten()) {
			t.Errorf("%s: Document and File parse differently", p)
		}
	}
}

// BenchmarkDocument loads each seed the way `policydiff diff A B` loads
// its files: read, decode, parse.
func BenchmarkDocument(b *testing.B) {
	for _, p := range files(b) {
		b.Run(filepath.Base(p), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Document(p, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
