package parse

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/lazy"
)

// CleanInline strips what a reader does not see from one line of text:
// markdown emphasis and escapes, link and image syntax (a link keeps its
// text), simple HTML tags and entities, the mojibake and odd spaces left by
// converters. Runs of spaces collapse to one; the result is trimmed.
func CleanInline(s string) string {
	c, _ := cleanInline(s)
	return c
}

// cleanInline is CleanInline, and whether s was plain: nothing but spaces
// at its ends to strip.
func cleanInline(s string) (string, bool) {
	if plain(s) {
		return strings.TrimSpace(s), true
	}
	return clean(s), false
}

// clean is CleanInline for a text that is not plain.
func clean(s string) string {
	// "â" and "Â" both start with the byte 0xC3.
	if strings.IndexByte(s, 0xC3) >= 0 && (strings.Contains(s, "â€") || strings.Contains(s, "Â")) {
		s = fixMojibake(s)
	}
	if mayHoldEntity(s) {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // drops leading spaces and collapses runs
	put := func(r rune) {
		if isSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			return
		}
		b.WriteRune(r)
		space = false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if j := plainRun(s, i); j > i {
			b.WriteString(s[i:j])
			space = s[j-1] == ' '
			i = j
			continue
		}
		switch c {
		case '\\':
			if strings.HasPrefix(s[i:], `\*\*`) {
				i += 4 // escaped bold from a broken converter is still bold
				continue
			}
			if i+1 < len(s) && isMarkdownPunct(s[i+1]) {
				put(rune(s[i+1]))
				i += 2
				continue
			}
		case '*':
			j := i
			for j < len(s) && s[j] == '*' {
				j++
			}
			// "**Generally for all websites**You can…": the bold hid a space.
			if doc.BoldHidesSpace(s, i) {
				put(' ')
			}
			i = j
			continue
		case '_':
			if i+1 < len(s) && s[i+1] == '_' {
				i += 2
				continue
			}
			if emphasisUnderscore(s, i) {
				i++
				continue
			}
		case '!':
			if i+1 < len(s) && s[i+1] == '[' {
				if _, end, ok := link(s, i+1); ok {
					i = end // images carry no words worth comparing
					continue
				}
			}
		case '[':
			if text, end, ok := link(s, i); ok {
				for _, r := range CleanInline(text) {
					put(r)
				}
				i = end
				continue
			}
		case ']':
			// The tail of a link whose text began on an earlier line.
			if end, ok := linkTail(s, i); ok {
				i = end
				continue
			}
		case '<':
			if end, br, ok := htmlTag(s, i); ok {
				if br {
					put(' ')
				}
				i = end
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		put(r)
		i += n
	}
	return strings.TrimRight(b.String(), " ")
}

// isSpace covers the spaces converters leave in policies: NBSP, em and
// ideographic spaces, tabs, zero-width spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\u00a0', '\u2002', '\u2003', '\u2009', '\u3000', '\u200b', '\ufeff':
		return true
	}
	return false
}

func isMarkdownPunct(c byte) bool {
	return strings.IndexByte("\\`*_{}[]()#+-.!|<>~\"'", c) >= 0
}

// emphasisUnderscore tells `_x_` emphasis from snake_case and URL anchors:
// an underscore counts only at a word edge.
func emphasisUnderscore(s string, i int) bool {
	before := i == 0 || !isWordByte(s[i-1])
	after := i+1 >= len(s) || !isWordByte(s[i+1])
	return before != after
}

func isWordByte(c byte) bool {
	return c >= 0x80 || isAlnum(c)
}

// link parses `[text](target)` starting at s[i] == '['. It returns the text
// as a reader sees it (doc.PermalinkText) and the index after the closing
// parenthesis.
func link(s string, i int) (string, int, bool) {
	depth := 0
	j := i
	for ; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
		case '\n':
			return "", 0, false
		}
		if depth == 0 {
			break
		}
	}
	if j+1 >= len(s) || s[j] != ']' || s[j+1] != '(' {
		return "", 0, false
	}
	k := strings.IndexByte(s[j+2:], ')')
	if k < 0 {
		return "", 0, false
	}
	target := s[j+2 : j+2+k]
	if strings.ContainsAny(target, " \t") && !strings.Contains(target, "\"") {
		return "", 0, false
	}
	text := doc.PermalinkText(s[i+1:j], target)
	if text == "" && strings.HasPrefix(target, "mailto:") {
		text = strings.TrimPrefix(target, "mailto:")
	}
	return text, j + 3 + k, true
}

// linkTail recognises "](target)" at s[i] == ']' with a target free of
// spaces.
func linkTail(s string, i int) (int, bool) {
	if i+1 >= len(s) || s[i+1] != '(' {
		return 0, false
	}
	k := strings.IndexByte(s[i+2:], ')')
	if k < 0 || strings.ContainsAny(s[i+2:i+2+k], " \t\n") {
		return 0, false
	}
	return i + 3 + k, true
}

// htmlTag recognises a simple tag such as <br>, </u> or <span class="x">
// at s[i] == '<' so that "<5 years" survives. br reports a line-breaking tag.
func htmlTag(s string, i int) (end int, br, ok bool) {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	start := j
	for j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' || s[j] >= '0' && s[j] <= '9' && j > start) {
		j++
	}
	if j == start || j-start > 10 {
		return 0, false, false
	}
	name := strings.ToLower(s[start:j])
	if !knownTag(name) {
		return 0, false, false
	}
	k := strings.IndexByte(s[j:], '>')
	if k < 0 || strings.IndexByte(s[j:j+k], '<') >= 0 {
		return 0, false, false
	}
	return j + k + 1, name == "br" || name == "p" || name == "div" || name == "li", true
}

// knownTag is a switch rather than a map so that it costs nothing at
// process start.
func knownTag(name string) bool {
	switch name {
	case "br", "p", "div", "span", "u", "b", "i",
		"em", "strong", "a", "li", "ul", "ol", "sup",
		"sub", "font", "ins", "del", "mark", "small":
		return true
	}
	return false
}

// fixMojibake undoes UTF-8 read as Windows-1252 for the characters the seeds
// show: U+2003 as "â€ƒ", NBSP as "Â ", and curly quotes and dashes.
func fixMojibake(s string) string {
	return mojibake.Get().Replace(s)
}

// mojibake is built on first use, not at every process start.
var mojibake = &lazy.Value[*strings.Replacer]{New: func() *strings.Replacer {
	return strings.NewReplacer(
		"â€ƒ", " ", "â€‚", " ", "Â\u00a0", " ", "Â ", " ",
		"â€œ", "“", "â€\u009d", "”", "â€˜", "‘", "â€™", "’", "â€”", "—", "â€“", "–",
	)
}}
