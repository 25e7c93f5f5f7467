package versiondiff

import (
	"strings"
	"testing"
)

func TestPageLinks(t *testing.T) {
	for in, want := range map[string]string{
		"[Summary](#summary) text":        "Summary text",
		"[](#summary)Summary":             "Summary",
		"[]()x":                           "x",
		"[GitHub](https://github.com) x":  "[GitHub](https://github.com) x",
		"[a](#b c) [d](#e)":               "[a](#b c) d",
		"[a\n](#b)":                       "[a\n](#b)",
		"[a [b](#c)":                      "[a b",
		"[[a](#b)](#c)":                   "[a](#c)",
		"[a](#b":                          "[a](#b",
		"[":                               "[",
		"](#x)":                           "](#x)",
		"中文[链接](#锚点)。":                    "中文链接。",
		"[x](https://e.com/a(b)) [y](#z)": "[x](https://e.com/a(b)) y",
	} {
		if got := pageLinks(in); got != want {
			t.Errorf("pageLinks(%q) = %q, want %q", in, got, want)
		}
	}
}

// Brackets that never close into a link within the page are text.
func TestPageLinksLeavesUnclosedBrackets(t *testing.T) {
	for _, unit := range []string{"[a", "[a](", "[a](#", "]("} {
		s := strings.Repeat(unit, 2000)
		if got := pageLinks(s); got != s {
			t.Errorf("%q repeated: changed", unit)
		}
	}
}

// BenchmarkPageLinksBrackets times a 80 KB line of brackets that never
// close: each scan stops where the next could start, so it grows with the
// line, not with its square (it took 63 ms when each scan ran to the end).
func BenchmarkPageLinksBrackets(b *testing.B) {
	s := strings.Repeat("[a](", 20000)
	b.SetBytes(int64(len(s)))
	for range b.N {
		pageLinks(s)
	}
}
