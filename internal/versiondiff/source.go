package versiondiff

import (
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
)

// rawBody is the clause's source text as far as a reader could tell two
// versions apart by it: without its printed number, so that renumbering
// never shows, and without what only lays the text out. That is trailing
// spaces; an HTML line break, read as the line break it is (a markdown
// table cell can break its lines no other way, and how many it breaks is
// layout); backslash escapes of markdown marks; the marks that make a line
// a heading (#, an underline of = or -, or a rule of them) or a quotation
// (>); and the links within the page, whose anchors a site generator names
// and places as it likes (#_767rwxtn0l7j became #12-how-to-contact-us on
// Spotify's; GitHub's "[](#summary)Summary" became "[Summary](#summary)").
// A link to another page keeps its target: where it leads is part of what
// the clause says.
func rawBody(c *doc.Clause) string {
	raw := strings.TrimSpace(pageLinks(htmlBreaks(c.Raw)))
	// The number goes as printed, escapes and all ("1\." from some
	// converters) or, when the label was read without them, once they
	// are gone.
	raw, cut := withoutLabel(raw, c.Label)
	raw = unescape(raw)
	if !cut {
		raw, _ = withoutLabel(raw, unescape(c.Label))
	}
	lines := strings.Split(raw, "\n")
	kept := lines[:0]
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		if c.Kind == doc.KindRow {
			// Padding around a markdown table's pipes is layout, however
			// much of it a new version adds or takes away.
			l = unpadCells(l)
		}
		if isRule(l) {
			continue
		}
		kept = append(kept, atxText(unquote(l)))
	}
	return strings.TrimSpace(strings.Join(kept, "\n"))
}

// withoutLabel cuts label from near the start of raw, and says whether it
// did.
func withoutLabel(raw, label string) (string, bool) {
	if label == "" {
		return raw, false
	}
	if i := strings.Index(raw, label); i >= 0 && i <= 8 {
		return raw[:i] + raw[i+len(label):], true
	}
	return raw, false
}

// isRule reports a line of only = or only - (at least two, spaces
// allowed): a setext heading's underline or a thematic break.
func isRule(l string) bool {
	t := strings.ReplaceAll(strings.TrimSpace(l), " ", "")
	return len(t) >= 2 && (strings.Trim(t, "-") == "" || strings.Trim(t, "=") == "")
}

// unquote drops the > marks that make a line part of a block quote, which
// captures of one page add and take away.
func unquote(l string) string {
	t := strings.TrimLeft(l, " ")
	if !strings.HasPrefix(t, ">") {
		return l
	}
	return strings.TrimLeft(t, "> ")
}

// atxText drops the #s that make a line an ATX heading, before its text
// and, optionally, after it ("## Summary ##").
func atxText(l string) string {
	t := strings.TrimLeft(l, " ")
	n := doc.ATXLevel(t)
	if n == 0 {
		return l
	}
	return doc.ATXBody(t[n:])
}

// pageLinks keeps only the text of every markdown link within the page:
// "[Text](#anchor)" becomes "Text", and the empty "[](#anchor)" a site puts
// before a heading goes, as does a link to nowhere, "[]()".
func pageLinks(s string) string {
	return replaceEach(s, "[", func(at string) (string, int) {
		// The text ends at the first bracket or line break, the target at
		// the first ')' or what cannot stand in an anchor: each scan stops
		// where the next could start, so a line of brackets stays linear.
		mid := strings.IndexAny(at[1:], "[]\n") + 1
		if mid == 0 || at[mid] != ']' || !strings.HasPrefix(at[mid:], "](") {
			return "[", 1
		}
		end := strings.IndexAny(at[mid+2:], ") (\n[]")
		if end < 0 || at[mid+2+end] != ')' {
			return "[", 1
		}
		target := at[mid+2 : mid+2+end]
		if target != "" && target[0] != '#' {
			return "[", 1
		}
		return doc.PermalinkText(at[1:mid], target), mid + 2 + end + 1
	})
}

// unescape drops the backslash before markdown punctuation: converters
// escape the same emphasis marks one capture and not the next (`\*\*`
// and "**").
func unescape(s string) string {
	return replaceEach(s, "\\", func(at string) (string, int) {
		if len(at) > 1 && strings.IndexByte("\\`*_{}[]()#+-.!|<>~", at[1]) >= 0 {
			return at[1:2], 2
		}
		return "\\", 1
	})
}

// htmlBreaks replaces <br>, <br/> and <br /> (any case) with a newline.
func htmlBreaks(s string) string {
	return replaceEach(s, "<", func(at string) (string, int) {
		if n := breakTag(at); n > 0 {
			return "\n", n
		}
		return "<", 1
	})
}

// replaceEach copies s with each place where mark stands rewritten by
// rewrite, which returns the text to put there and how many bytes of s
// (at least those of mark) it stands for.
func replaceEach(s, mark string, rewrite func(at string) (string, int)) string {
	if !strings.Contains(s, mark) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, mark)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		out, n := rewrite(s[i:])
		b.WriteString(out)
		s = s[i+n:]
	}
}

// breakTag returns the length of the <br> tag s starts with, or 0.
func breakTag(s string) int {
	if len(s) < 4 || !strings.EqualFold(s[1:3], "br") {
		return 0
	}
	rest := strings.TrimLeft(s[3:], " ")
	rest = strings.TrimPrefix(rest, "/")
	if !strings.HasPrefix(rest, ">") {
		return 0
	}
	return len(s) - len(rest) + 1
}

// sameSource reports, without building them, that two clauses have the
// same rawBody: the common case of a clause nobody touched.
func sameSource(x, y *doc.Clause) bool {
	return x.Raw == y.Raw && x.Label == y.Label && (x.Kind == doc.KindRow) == (y.Kind == doc.KindRow)
}

func unpadCells(l string) string {
	cells := strings.Split(l, "|")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return strings.Join(cells, "|")
}
