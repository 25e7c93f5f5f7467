package parse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

// FuzzParse shows that no input makes the parser panic, return nil or give
// two clauses the same id.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"jdcloud-en-excerpt.md", "jdcloud-zh-excerpt.txt", "jdmall-en-excerpt.txt"} {
		f.Add(readTestdata(f, name))
	}
	for _, s := range []string{
		"I. A\n1.1 x\n(1) y\n① z\n(a) w\n(i) v", "第一章\n第一条\n（一）\n1、\n（1）", "附件\n1.\n1.\n1.",
		"| a | b |\n|---|---|\n| 1 | 2 |", "a\tb\tc\n\t\td", "T\n===\n## x\n### y", "**1.****x**", "1\\. x\n---",
		"0.0.0.0 x", "99.99.99.99.99.99.99.99 x", "(((((", "[a](", "\\*\\*", "第九十九条", "一百零一、", "(ⅰ)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // textio hands the parser valid UTF-8 only
		}
		d := Parse(text, Hint{})
		if d == nil {
			t.Fatal("nil document")
		}
		seen := map[string]bool{}
		d.Walk(func(c *doc.Clause) bool {
			if seen[c.ID] {
				t.Fatalf("duplicate id %q", c.ID)
			}
			seen[c.ID] = true
			if c.ID == "" {
				t.Fatal("empty id")
			}
			return true
		})
		for _, c := range d.Flatten() {
			if strings.Contains(c.Heading, "\n") {
				t.Fatalf("heading with a line break: %q", c.Heading)
			}
		}
	})
}
