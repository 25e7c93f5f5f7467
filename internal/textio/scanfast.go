package textio

import (
	"unicode"
	"unicode/utf8"
)

// Nearly every file is already clean UTF-8 text: these checks find that out
// in one pass, eight ASCII bytes at a time and a Han character at a time,
// so normalize and checkControls can skip rebuilding the text rune by rune.

// skipPrintable returns the index of the first byte at or after i that is
// not printable ASCII (0x20–0x7E). In a word of eight bytes, one below 0x20
// borrows into its high bit and one of 0x7F or above carries into it or has
// it set already; the test is exact for the word as a whole.
func skipPrintable(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		if ((w-0x20*ones)&^w|(w+ones)|w)&highs != 0 {
			break
		}
	}
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7F {
		i++
	}
	return i
}

// skipCJK returns the index after the run of well-formed three-byte
// characters at s[i] in U+3000–U+CFFF (CJK punctuation, kana, Han, Hangul)
// or U+FF00–U+FFFF (full-width forms): most of a Chinese text, and nothing
// normalize changes or isControl counts. It returns i when there is none.
func skipCJK(s string, i int) int {
	for i+2 < len(s) {
		c, c1, c2 := s[i], s[i+1], s[i+2]
		if !(c >= 0xE3 && c <= 0xEC || c == 0xEF && c1 >= 0xBC) || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
			break
		}
		i += 3
	}
	return i
}

// isNormal reports whether normalize would give s back unchanged, apart
// from the line ends at its very end: valid UTF-8, no character it
// replaces or drops, no whitespace ending a line.
func isNormal(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7F:
			i = skipPrintable(s, i)
		case c == '\t':
			i++
		case c == '\n':
			if i > 0 && s[i-1] != '\n' && endsInSpace(s[:i]) {
				return false
			}
			i++
		case c < 0x80:
			return false
		default:
			if j := skipCJK(s, i); j > i {
				i = j
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || changedRune(r) {
				return false
			}
			i += n
		}
	}
	return s == "" || s[len(s)-1] == '\n' || !endsInSpace(s)
}

func endsInSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// changedRune reports the non-ASCII runes normalize replaces or drops; it
// must follow normalize's switch.
func changedRune(r rune) bool {
	switch {
	case r > 0x2060 && r < 0xFB00:
		return false // the bulk of Chinese text
	case r <= 0xA0, r == '\u2028', r == '\u2029', r == '\u202F', r == '\u2007':
		return true // C1 controls and NEL, NBSP, line and paragraph separators, narrow spaces
	case r >= 0xFB00 && r <= 0xFB06:
		return true
	}
	return isInvisible(r)
}

// hasControl reports whether s holds a character isControl counts. The
// C1 controls are "\xC2\x80"–"\xC2\x9F" in UTF-8; 0xC2 is never a
// continuation byte, so the pair means the same in broken UTF-8.
func hasControl(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c >= 0x20 && c < 0x7F:
			i = skipPrintable(s, i)
			continue
		case c < 0x20:
			if c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
				return true
			}
		case c == 0x7F:
			return true
		case c == 0xC2:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F {
				return true
			}
		case c >= 0xE3:
			if j := skipCJK(s, i); j > i {
				i = j
				continue
			}
		}
		i++
	}
	return false
}
