package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// bundled names where the lead's bundled corpus keeps each seed, so that
// seed tests still run where /work/shared is absent.
var bundled = map[string]string{
	"jdcloud-privacy.en.2020-07-28.md":  "jdcloud-privacy/en/2020-07-28/original.md",
	"jdcloud-privacy.zh.2021-03-10.txt": "jdcloud-privacy/zh/2021-03-10/original.txt",
	"jd-privacy.en.2020-10-20.txt":      "jd-privacy/en/2020-10-20/original.txt",
	"jdcloud-cps-terms.en.md":           "jdcloud-cps-terms/en/undated/original.md",
}

// seedPath finds a seed in shared/seeds or else in the bundled documents/.
func seedPath(name string) (string, bool) {
	if dir, ok := sharedtest.Dir("seeds"); ok {
		return filepath.Join(dir, name), true
	}
	p := filepath.Join("..", "..", "documents", bundled[name])
	if _, err := os.Stat(p); err == nil && bundled[name] != "" {
		return p, true
	}
	return "", false
}

// seed parses one of the four seed documents, skipping when absent.
func seed(t testing.TB, name string) *doc.Document {
	t.Helper()
	p, ok := seedPath(name)
	if !ok {
		t.Skipf("seed %s not found", name)
	}
	d, err := File(p)
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
