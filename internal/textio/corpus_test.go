package textio

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// Every real policy in the corpus and the seeds decodes, keeps its line
// numbering (so a clause's Line points into the file), and reads the same
// from GB18030 and UTF-16 as from UTF-8.
func TestDecodeRealDocuments(t *testing.T) {
	var files []string
	for _, name := range []string{"corpus", "seeds"} {
		// Dir resolves symbolic links: WalkDir does not descend into a root
		// that is one.
		root, ok := sharedtest.Dir(name)
		if !ok {
			continue
		}
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) == 0 {
		t.Skip("shared/corpus and shared/seeds not found")
	}
	le := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Decode(p, data)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if strings.ContainsRune(got.Text, '\uFFFD') {
			t.Errorf("%s: replacement characters in the text", p)
		}
		srcLines := strings.Count(strings.TrimRight(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n \t"), "\n")
		if n := strings.Count(strings.TrimRight(got.Text, "\n"), "\n"); n != srcLines {
			t.Errorf("%s: %d lines, the file has %d", p, n+1, srcLines+1)
		}
		for _, enc := range []struct {
			name string
			data []byte
		}{
			{"gb18030", encode(t, simplifiedchinese.GB18030, string(data))},
			{"utf-16le", encode(t, le, string(data))},
		} {
			if !strings.Contains(p, ".zh.") && enc.name == "gb18030" && isASCII(data) {
				continue // plain ASCII is the same bytes in GB18030
			}
			again, err := Decode(p, enc.data)
			if err != nil || again.Text != got.Text || again.Encoding != enc.name {
				t.Errorf("%s as %s: encoding %q, same text %v, err %v", p, enc.name, again.Encoding, again.Text == got.Text, err)
			}
		}
	}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
