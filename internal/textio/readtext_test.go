package textio

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"
)

// TestReadTextIsReadFile checks that ReadText, which makes the text of the
// very buffer it read, decodes as ReadFile does and hashes the original
// bytes, clean UTF-8 or not, with or without a final line end.
func TestReadTextIsReadFile(t *testing.T) {
	files := map[string]string{
		"clean.txt":    "Privacy Policy\n1. We collect\n",
		"no-end.md":    "# Policy\n\n1. We collect",
		"blank-end.md": "# Policy\n\n1. We collect\n\n\n",
		"crlf.txt":     "Privacy Policy\r\n1. We collect\r\n",
		"bom.txt":      "\xEF\xBB\xBFPrivacy Policy\n",
		"zh.txt":       "隐私政策\n一、我们如何收集\n",
		"page.html":    "<html><body><h1>Policy</h1><p>We collect.</p></body></html>",
		"trailing.txt": "Privacy Policy   \n1. We collect \n",
	}
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		want, raw, err := ReadFile(path, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, sum, err := ReadText(path, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got != want || sum != sha256.Sum256(raw) {
			t.Errorf("%s: ReadText = %q, %x\nReadFile gives %q, %x", name, got, sum, want, sha256.Sum256(raw))
		}
	}
	if _, _, err := ReadText(filepath.Join(dir, "missing.txt"), 0); err == nil {
		t.Error("ReadText of a missing file: no error")
	}
	if _, _, err := ReadText(filepath.Join(dir, "clean.txt"), 3); !isKind(err, ErrTooLarge) {
		t.Errorf("ReadText over the limit: %v, want ErrTooLarge", err)
	}
}
