package parse

import (
	"math/bits"
	"strings"
)

// The fast paths of CleanInline: most lines need no cleaning, or little,
// and byte tables tell so without decoding them.

// cleanStop marks the ASCII bytes CleanInline must look at one by one:
// markup and spaces. Non-ASCII bytes always stop its runs.
var cleanStop = [256]bool{
	'\\': true, '*': true, '_': true, '!': true, '[': true, ']': true, '<': true,
	' ': true, '\t': true, '\r': true, '\n': true,
}

// plain reports text with nothing to clean, the common case, so that it is
// returned without being rebuilt. It reads eight bytes a round and looks
// closer only at a byte plainStop marks; a double space, which it also
// rejects, is looked for in the same words.
func plain(s string) bool {
	i := 0
	for {
		for i+8 <= len(s) {
			t := s[i : i+8]
			if plainStop[t[0]] || plainStop[t[1]] || plainStop[t[2]] || plainStop[t[3]] ||
				plainStop[t[4]] || plainStop[t[5]] || plainStop[t[6]] || plainStop[t[7]] {
				break
			}
			// z&(z>>8) marks a space followed by a space within the eight;
			// a space first in them pairs with one ending the bytes before.
			z := spaceBytes(word(s, i))
			if z&(z>>8) != 0 || (z&0x80 != 0 && i > 0 && s[i-1] == ' ') {
				return false
			}
			i += 8
		}
		for i < len(s) && !plainStop[s[i]] {
			if s[i] == ' ' && i > 0 && s[i-1] == ' ' {
				return false
			}
			i++
		}
		if i == len(s) {
			return true
		}
		switch c := s[i]; c {
		case 0xE2, 0xE3, 0xEF:
			// U+2002…U+200B, U+3000 and U+FEFF, the spaces isSpace knows.
			if i+2 < len(s) && (c == 0xE2 && s[i+1] == 0x80 && (s[i+2] <= 0x8B) ||
				c == 0xE3 && s[i+1] == 0x80 && s[i+2] == 0x80 || c == 0xEF && s[i+1] == 0xBB) {
				return false
			}
		default:
			return false
		}
		i++
	}
}

// word is the eight bytes at s[i], the first in the lowest.
func word(s string, i int) uint64 {
	t := s[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// spaceBytes sets the top bit of each byte of w that is ' ', and no other
// bit. Of a byte x of w^0x20…, the sum (x&0x7F)+0x7F carries into the top
// bit exactly when a low bit is set, and it never carries further: the
// test is exact for every byte, unlike the usual has-zero-byte trick.
func spaceBytes(w uint64) uint64 {
	const low7 = 0x7F7F7F7F7F7F7F7F
	x := w ^ 0x2020202020202020
	return ^((x&low7 + low7) | x | low7)
}

// indexDoubleSpace is strings.Index(s, "  "). In English text spaces are
// so common that strings.Index stops at nearly every one; this reads eight
// bytes a round, each round overlapping the last by one byte so that no
// pair of neighbours is missed.
func indexDoubleSpace(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 7 {
		// z&(z>>8) marks each space followed by a space; the lowest mark
		// is the first pair, and its bit over eight is its byte.
		if z := spaceBytes(word(s, i)); z&(z>>8) != 0 {
			return i + bits.TrailingZeros64(z&(z>>8))/8
		}
	}
	for ; i+1 < len(s); i++ {
		if s[i] == ' ' && s[i+1] == ' ' {
			return i
		}
	}
	return -1
}

// plainStop marks the bytes plain must look at: those it rejects outright
// and those that may start a Unicode space. A double space, which it also
// rejects, is searched for apart.
var plainStop = [256]bool{
	'*': true, '_': true, '!': true, '[': true, ']': true, '<': true, '\\': true, '&': true,
	'\t': true, '\r': true, '\n': true, 0xC2: true, 0xC3: true,
	0xE2: true, 0xE3: true, 0xEF: true,
}

// mayHoldEntity reports an '&' that could open an HTML entity: followed by
// '#' or by two letters or digits. html.UnescapeString leaves any other '&'
// as it is (no entity name is shorter than two), and "JD Cloud & AI" or
// "Q&A" need not be copied for it. Not calling it matters most on the first
// call of a process, when it builds its table of 2,231 entities (110 KB).
func mayHoldEntity(s string) bool {
	for i := strings.IndexByte(s, '&'); i >= 0 && i+1 < len(s); {
		if s[i+1] == '#' || i+2 < len(s) && isAlnum(s[i+1]) && isAlnum(s[i+2]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '&')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// plainRun returns the end of the run at s[i] that CleanInline copies as it
// is: ASCII that is neither markup nor space, single spaces between such
// characters, and well-formed Han characters (U+4000–U+9FFF) and
// full-width forms (U+FF00–U+FFFF), none of which is a space. The run
// starts with no space and takes none after another, which clean leaves to
// its rule for runs of spaces. Within the run, eight bytes are read a
// round while they are ASCII with no markup and no two spaces together.
func plainRun(s string, i int) int {
	start := i
	for i < len(s) {
		for i > start && i+8 <= len(s) {
			t := s[i : i+8]
			if runStop[t[0]] || runStop[t[1]] || runStop[t[2]] || runStop[t[3]] ||
				runStop[t[4]] || runStop[t[5]] || runStop[t[6]] || runStop[t[7]] {
				break
			}
			// As in plain: two spaces within the eight, or one across their start.
			if z := spaceBytes(word(s, i)); z&(z>>8) != 0 || (z&0x80 != 0 && s[i-1] == ' ') {
				break
			}
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		switch {
		case c == ' ':
			if i == start || s[i-1] == ' ' {
				return i
			}
			i++
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

// runStop marks the bytes that end plainRun's rounds of eight: cleanStop's
// but the space, and every byte beyond ASCII.
var runStop = func() (stop [256]bool) {
	for c := range stop {
		stop[c] = c >= 0x80 || cleanStop[c] && c != ' '
	}
	return stop
}()
