package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

// sharedDir walks up from the package directory to the folder holding
// shared/<sub>, or skips the test when there is none.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	p, ok := findShared(sub)
	if !ok {
		t.Skipf("shared/%s not found", sub)
	}
	return p
}

func findShared(sub string) (string, bool) {
	dir, err := filepath.Abs(".")
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, "shared", sub)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// seed parses one of the shared seed documents, skipping when absent.
func seed(t testing.TB, name string) *doc.Document {
	t.Helper()
	d, err := File(filepath.Join(sharedDir(t, "seeds"), name))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// outline renders the clause tree the way a reviewer checks it: one line
// per clause with id, label, heading and the start of the text.
func outline(d *doc.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title=%q lang=%s updated=%s effective=%s\n", d.Meta.Title, d.Meta.Lang, d.Meta.Updated, d.Meta.Effective)
	d.Walk(func(c *doc.Clause) bool {
		fmt.Fprintf(&b, "%s%s [%s] %q %q\n", strings.Repeat("  ", c.Depth()), c.ID, c.Label, c.Heading, head(c.Text, 60))
		return true
	})
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "warning line %d: %s: %q\n", w.Line, w.Why, head(w.Text, 40))
	}
	return b.String()
}

func head(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
