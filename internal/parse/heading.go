package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

// headingLike reports whether the text after a marker reads as a heading:
// short and without the punctuation that ends or continues a sentence. A
// bold rest may be longer; the seeds bold their long section titles.
func headingLike(s string, bold bool) bool {
	if s == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch {
	case strings.ContainsRune(".。!?！？;；,，、", last):
		return false
	case last == ':' || last == '：':
		return !wider(s, 30)
	case bold:
		return !wider(s, 200)
	}
	return !wider(s, 100)
}

// splitHeading splits "6.1.1 Technical measures on data security  We will
// adopt…" (two spaces) and "6.1.7 安全事件处置 在通过…" (one space between
// ideographs) into a heading and the text that follows it. single says
// that raw is known to hold no double space.
func splitHeading(raw string, single bool) (string, string, bool) {
	raw = strings.TrimSpace(raw)
	i := -1
	if !single {
		i = indexDoubleSpace(raw)
	}
	if i > 0 {
		h, t := CleanInline(raw[:i]), CleanInline(raw[i:])
		if h != "" && !endsSentence(h) && !strings.ContainsAny(h, ",，") && !wider(h, 100) && utf8.RuneCountInString(t) >= 20 {
			return h, t, true
		}
	}
	// The heading is at most 24 ideographs: look no further for its end.
	i = spaceOrIdeographicSpace(raw[:min(len(raw), 100)])
	if i <= 0 {
		return "", "", false
	}
	h := raw[:i]
	n := 0
	for _, r := range h {
		if !isIdeograph(r) {
			return "", "", false
		}
		n++
	}
	t := strings.TrimLeft(raw[i:], " \u3000")
	first, _ := utf8.DecodeRuneInString(t)
	if n < 2 || n > 24 || !isIdeograph(first) || utf8.RuneCountInString(t) < 10 {
		return "", "", false
	}
	return h, CleanInline(t), true
}

// isIdeograph is a CJK character that is not punctuation.
func isIdeograph(r rune) bool {
	return doc.IsCJK(r) && !(r >= 0x3000 && r <= 0x303F) && !(r >= 0xFF00 && r <= 0xFFEF)
}

// spaceOrIdeographicSpace is strings.IndexAny(s, " \u3000") without its
// rune-by-rune search: neither ' ' nor the bytes of U+3000 can be part of
// another character, so two byte searches tell.
func spaceOrIdeographicSpace(s string) int {
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		i = len(s)
	}
	if j := strings.Index(s[:i], "\u3000"); j >= 0 {
		return j
	}
	if i == len(s) {
		return -1
	}
	return i
}
