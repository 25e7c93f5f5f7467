package parse

import (
	"html"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

func cleanInlineRef(s string) string {
	if plain(s) {
		return strings.TrimSpace(s)
	}
	return cleanRef(s)
}

// cleanRef is clean as it was before plainRun took in single spaces: the
// reference clean must agree with.
func cleanRef(s string) string {
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
		if j := plainRunRef(s, i); j > i {
			b.WriteString(s[i:j])
			space = false
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
				for _, r := range cleanInlineRef(text) {
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

// plainRunRef is plainRun as it was; plainRun returns the end of the run at s[i] that CleanInline copies as it
// is: ASCII that is neither markup nor space, and well-formed Han
// characters (U+4000–U+9FFF) and full-width forms (U+FF00–U+FFFF), none
// of which is a space.
func plainRunRef(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < 0x80:
			if cleanStop[c] {
				return i
			}
			i++
		case (c >= 0xE4 && c <= 0xE9 || c == 0xEF && i+1 < len(s) && s[i+1] >= 0xBC) &&
			i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			return i
		}
	}
	return i
}

// TestCleanIsItsReference checks clean against the reference on the
// paragraphs and lines of the seeds and corpus and on random markup.
func TestCleanIsItsReference(t *testing.T) {
	cases := doubleSpaceCases()
	pieces := []string{"a", "b", " ", "  ", "\t", "\u00a0", "\u3000", "*", "**", "_", "__", "[", "]", "(x)", "](y)",
		"!", "<br>", "<u>", "&amp;", "&", "\\", "\\*", "中", "文", "ｈ", "â€ƒ", "Â ", "A", ".", "\xe4", "\xe4\xb8"}
	rng := rand.New(rand.NewSource(5))
	for range 30000 {
		var b strings.Builder
		for range rng.Intn(16) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := clean(s), cleanRef(s); got != want {
			t.Fatalf("clean(%.200q)\n = %.200q\nwant %.200q", s, got, want)
		}
	}
}
