package crosslang

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// normText is a text with full-width ASCII folded to half-width, so one
// pattern reads "３０" and "30" alike, plus the map back to the original
// offsets, so evidence is quoted as written.
type normText struct {
	s   string
	off []int // off[i] is the original offset of byte i of s; len(s)+1 entries
}

func normalize(s string) normText {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	off := make([]int, 0, len(s)+1)
	if ascii {
		for i := 0; i <= len(s); i++ {
			off = append(off, i)
		}
		return normText{s: s, off: off}
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == 0x3000:
			r = ' '
		}
		n := utf8.RuneLen(r)
		for k := 0; k < n; k++ {
			off = append(off, i)
		}
		b.WriteRune(r)
	}
	off = append(off, len(s))
	return normText{s: b.String(), off: off}
}

func (t normText) orig(s string, p, e int) string { return s[t.off[p]:t.off[e]] }

func sortByPos[T any](xs []T, pos func(T) int) {
	sort.SliceStable(xs, func(i, j int) bool { return pos(xs[i]) < pos(xs[j]) })
}
