package parse

import (
	"strings"
	"unicode/utf8"
)

// stripLead removes what may precede a marker: indentation, list bullets,
// bold markers and converter junk. It reports whether a bullet was seen.
func stripLead(s string) (string, bool) {
	bullet := false
	// Nothing is stripped from a line that starts with none of it: most
	// lines, and every line once its lead is gone. Past the gate, the
	// loops by hand are kept: strings.TrimLeft with NBSP in its cutset
	// decodes rune by rune, and with them stripLead takes half the time on
	// the bulleted lines of the markdown seeds.
	for s != "" && leadStart[s[0]] {
		before := s
		for s != "" {
			if s[0] == ' ' || s[0] == '\t' {
				s = s[1:]
			} else if strings.HasPrefix(s, "\u00a0") {
				s = s[2:]
			} else {
				break
			}
		}
		for _, p := range leadJunk {
			if s != "" && s[0] == p[0] && strings.HasPrefix(s, p) {
				s = s[len(p):]
			}
		}
		for _, p := range bullets {
			if s != "" && s[0] == p[0] && strings.HasPrefix(s, p) {
				s = s[len(p):]
				bullet = true
			}
		}
		if s == before {
			break
		}
	}
	return s, bullet
}

// leadStart marks the first bytes of what stripLead removes: spaces,
// leadJunk and bullets.
var leadStart = [256]bool{
	' ': true, '\t': true, '*': true, '_': true, '-': true, '+': true,
	0xC2: true, 0xC3: true, 0xE2: true, 0xE3: true, 0xEF: true,
}

var (
	leadJunk = []string{"**", "__", "â€ƒ", "\u2003", "\u3000", "\ufeff", "Â"}
	bullets  = []string{"- ", "* ", "+ ", "• ", "· ", "●", "•", "▪", "◆", "■"}
)

// mayOpenMarker rejects at its first characters most lines that
// markerRunes would, sparing them the decoding of their first runes: a
// capital letter that starts no Roman numeral or attachment word, Roman
// letters or lower-case ones followed by what closes no numeral, a Han
// character that is no numeral, 第 or 附. A numbering style that opens with
// another capital or Han character must be let through here as well.
//
// Past the first byte, only ASCII is judged: a full-width form folds to
// ASCII ("．" to "."), so any other byte lets the line through.
func mayOpenMarker(core string) bool {
	c := core[0]
	switch {
	case c == 'I' || c == 'V' || c == 'X':
		// "IV." or "IV、", not "In order to…" nor "Version".
		return closesRun(core, func(c byte) bool { return c == 'I' || c == 'V' || c == 'X' }, '.')
	case c >= 'A' && c <= 'Z':
		return (c == 'A' || c == 'S' || c == 'E') && startsAttachWord(core)
	case c >= 'a' && c <= 'z':
		// "iv)" or "a)", not "and the…".
		return closesRun(core, func(c byte) bool { return c >= 'a' && c <= 'z' }, ')') ||
			startsAttachWord(core)
	case c < 0xE4 || c > 0xE9:
		return true
	}
	r, _ := utf8.DecodeRuneInString(core)
	if r < 0x4E00 || r > 0x9FFF || r == '第' || r == '附' {
		return true
	}
	// A Chinese numeral opens with a digit or a unit (十二, 百).
	_, k := chineseNumber([]rune{r})
	return k > 0
}

// closesRun reports whether the run of bytes in at the start of s is
// followed by close or by a byte beyond ASCII.
func closesRun(s string, in func(byte) bool, close byte) bool {
	j := 1
	for j < len(s) && in(s[j]) {
		j++
	}
	return j < len(s) && (s[j] == close || s[j] >= 0x80)
}

// startsAttachWord reports whether s starts with an English word of
// attachWords in any case, which attachment needs: no character beyond
// ASCII lowers to its letters but the Kelvin sign, to a 'k' none of them
// holds, and "İ", to an 'i' with a dot after it that none of them can
// have.
func startsAttachWord(s string) bool {
	for _, w := range attachWords {
		if w[0] < 0x80 && len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			return true
		}
	}
	return false
}
