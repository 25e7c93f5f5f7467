package parse

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// plainRef is plain as it was before it looked for double spaces itself:
// the reference it must agree with.
func plainRef(s string) bool {
	i := 0
	for {
		for i+8 <= len(s) {
			t := s[i : i+8]
			if plainStop[t[0]] || plainStop[t[1]] || plainStop[t[2]] || plainStop[t[3]] ||
				plainStop[t[4]] || plainStop[t[5]] || plainStop[t[6]] || plainStop[t[7]] {
				break
			}
			i += 8
		}
		for i < len(s) && !plainStop[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		switch c := s[i]; c {
		case 0xE2, 0xE3, 0xEF:
			if i+2 < len(s) && (c == 0xE2 && s[i+1] == 0x80 && (s[i+2] <= 0x8B) ||
				c == 0xE3 && s[i+1] == 0x80 && s[i+2] == 0x80 || c == 0xEF && s[i+1] == 0xBB) {
				return false
			}
		default:
			return false
		}
		i++
	}
	return !strings.Contains(s, "  ")
}

// doubleSpaceCases are real paragraphs and their lines, every place of a
// double space in short texts, and random texts of the bytes that matter.
func doubleSpaceCases() []string {
	var cases []string
	for _, p := range sharedtest.Paragraphs() {
		cases = append(cases, p)
		cases = append(cases, strings.Split(p, "\n")...)
	}
	for n := 0; n <= 24; n++ {
		for at := 0; at+1 < n; at++ {
			b := []byte(strings.Repeat("a", n))
			b[at], b[at+1] = ' ', ' '
			cases = append(cases, string(b))
			b[at+1] = 'x'
			cases = append(cases, string(b))
		}
	}
	rng := rand.New(rand.NewSource(1))
	alphabet := []byte{' ', ' ', 'a', 'b', '*', '&', 0xE2, 0x80, 0x8B, 0x99, 0xE3, 0xEF, 0xBB, 0xC2, 0xA0, 0xE4, 0xB8}
	for range 20000 {
		b := make([]byte, rng.Intn(30))
		for k := range b {
			b[k] = alphabet[rng.Intn(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	return cases
}

func TestPlainIsItsReference(t *testing.T) {
	for _, s := range doubleSpaceCases() {
		if got, want := plain(s), plainRef(s); got != want {
			t.Fatalf("plain(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIndexDoubleSpaceIsStringsIndex(t *testing.T) {
	for _, s := range doubleSpaceCases() {
		if got, want := indexDoubleSpace(s), strings.Index(s, "  "); got != want {
			t.Fatalf("indexDoubleSpace(%q) = %d, want %d", s, got, want)
		}
	}
}

// width is the display width wider compares, by its definition.
func width(s string) int {
	w := 0
	for _, r := range s {
		if doc.IsCJK(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func TestWiderAndTrimAreTheirDefinitions(t *testing.T) {
	cases := doubleSpaceCases()
	for _, s := range []string{" \t\u00a0x", "\u3000 a", "\t\t", "\u00a0", " \u00a0 \u3000b ", "  中文", "\xc2", "\xe3\x80"} {
		cases = append(cases, s, s+"abc")
	}
	for _, s := range cases {
		w := width(s)
		for _, n := range []int{0, 1, 7, 30, 59, 60, 90, 100, 200} {
			if got, want := wider(s, n), w > n; got != want {
				t.Fatalf("wider(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
		if got, want := trimLineLeft(s), strings.TrimLeft(s, " \t\u00a0\u3000"); got != want {
			t.Fatalf("trimLineLeft(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMayOpenMarkerRejectsNoMarker checks that every line mayOpenMarker
// turns away is one markerRunes finds no marker in: the lines of the seeds
// and corpus, lines made of their starts, and random ones.
func TestMayOpenMarkerRejectsNoMarker(t *testing.T) {
	var lines []string
	for _, s := range doubleSpaceCases() {
		lines = append(lines, strings.Split(s, "\n")...)
	}
	starts := []string{"I", "V", "X", "IV", "XI", "i", "iv", "a", "ab", "A", "S", "E", "Attachment", "APPENDIX",
		"annex", "Schedule", "exhibit", "Exhibits", "In", "ſchedule", "\u212a", "İ"}
	ends := []string{"", ".", "、", ")", "）", "．", "Ｉ.", "ｉ)", " 1", ": x", "s", "ed", " a demo.", "\xe3"}
	for _, a := range starts {
		for _, b := range ends {
			lines = append(lines, a+b, strings.ToLower(a)+b)
		}
	}
	for _, line := range lines {
		core, _ := stripLead(line)
		if core == "" || mayOpenMarker(core) {
			continue
		}
		var rs []rune
		for _, r := range core {
			if len(rs) == 24 {
				break
			}
			rs = append(rs, foldWidth(r))
		}
		if m, _ := markerRunes(rs, core); m.style != styleNone {
			t.Fatalf("mayOpenMarker(%q) = false, but it opens with a marker of style %d", core, m.style)
		}
	}
}

// TestDecodeRuneIsUTF8s checks decodeRune against the standard decoder on
// every lead byte of three and four byte characters with every pair of
// bytes after it, and at the end of a string.
func TestDecodeRuneIsUTF8s(t *testing.T) {
	for c := 0xC0; c <= 0xFF; c++ {
		for x := range 256 {
			for y := range 256 {
				s := string([]byte{'a', byte(c), byte(x), byte(y)})
				for _, cut := range []int{len(s), len(s) - 1} {
					r, n := decodeRune(s[:cut], 1)
					wr, wn := utf8.DecodeRuneInString(s[1:cut])
					if r != wr || n != wn {
						t.Fatalf("decodeRune(%q, 1) = %U, %d; want %U, %d", s[:cut], r, n, wr, wn)
					}
				}
			}
		}
	}
}
