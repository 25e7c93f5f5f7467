package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

// wider reports whether the display width of s, where ideographs take two
// columns, is over n. It reads no more of s than it needs; a character
// never takes more columns than bytes, so a short s is narrow.
func wider(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	// ASCII takes a column a byte and needs no decoding: n+1 ASCII bytes
	// at the start, the common case, settle it.
	w := 0
	for w <= n && s[w] < 0x80 {
		w++
	}
	if w > n {
		return true
	}
	for i := w; i < len(s); {
		r, size := decodeRune(s, i)
		i += size
		if doc.IsCJK(r) {
			w += 2
		} else {
			w++
		}
		if w > n {
			return true
		}
	}
	return false
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the three-byte
// characters of Chinese text decoded in line: a lead byte of E1–EC or
// EE–EF makes a valid character with any two continuation bytes, whereas
// E0 and ED need a check of the second that the general decoder does.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	if i+2 < len(s) && c >= 0xE1 && c <= 0xEF && c != 0xED && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// trimLineRight is strings.TrimRight(s, " \t\r\u00a0\u3000") and
// trimLineLeft strings.TrimLeft(s, " \t\u00a0\u3000"), answering at once
// for the common line whose end (start) is no byte of those characters,
// and trimLineLeft strips ASCII spaces itself: with a cutset beyond ASCII,
// the strings functions decode and compare rune by rune.
func trimLineRight(s string) string {
	if s == "" {
		return s
	}
	switch s[len(s)-1] {
	case ' ', '\t', '\r', 0xA0, 0x80: // U+00A0 and U+3000 end in 0xA0, 0x80
		return strings.TrimRight(s, " \t\r\u00a0\u3000")
	}
	return s
}

func trimLineLeft(s string) string {
	for s != "" && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	if s != "" && (s[0] == 0xC2 || s[0] == 0xE3) { // U+00A0 and U+3000 start with 0xC2, 0xE3
		return strings.TrimLeft(s, " \t\u00a0\u3000")
	}
	return s
}
