package material

import (
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// A lexicon pattern has no literal prefix, so Go's matcher tries it at every
// byte of a text, and the lexicon's forty patterns were most of the time the
// rules took. Yet every match begins with one of a few strings ("facial ",
// "人脸"): one pass over the text with a table keyed by its first two bytes
// finds the only places where a match can begin, and the pattern is tried,
// anchored, there alone. That gives what FindAllString gives, match for
// match: the places are tried left to right and the next try starts where a
// match ended, as FindAllString does.

// lexStart is a string every match of some concept may begin with.
type lexStart struct {
	lower   string // ASCII letters lower-cased
	concept int    // index of the pattern
	// word: the pattern asks for \b right before it and it starts with a
	// word character, so a word character before it rules it out.
	word bool
}

type lexScanner struct {
	// pair maps the first two bytes, lower-cased, to 1 + the index of
	// their starts in lists: a map lookup at every byte of every text
	// cost more than the patterns it spared.
	pair   []uint16
	lists  [][]lexStart
	single [256][]lexStart // one-byte starts
	// mid is pair for the starts a word character may precede: inside a
	// word most starts are ruled out before their prefix is compared.
	mid []uint16
	// anchored[i] matches concept i at the start of its input, fore[i] at
	// the second rune, the first standing for the text before: both read
	// the \b before a match as the whole text would.
	anchored, fore []*lazyRegexp
	window         []int  // bytes a match of concept i can span, plus a margin
	scanned        []bool // false: the concept is matched the plain way
}

var lexScan = sync.OnceValue(func() *lexScanner {
	var exprs []string
	for _, c := range lexicon() {
		exprs = append(exprs, c.expr)
	}
	return newScanner(exprs)
})

// newScanner prepares the scan of each of exprs. A pattern with no known set
// of first strings, or no bound on the length of a match, is left unscanned
// (scanned[i] false) for the caller to run the plain way.
func newScanner(exprs []string) *lexScanner {
	s := &lexScanner{pair: make([]uint16, 1<<16), mid: make([]uint16, 1<<16), anchored: make([]*lazyRegexp, len(exprs)),
		fore: make([]*lazyRegexp, len(exprs)), window: make([]int, len(exprs)), scanned: make([]bool, len(exprs))}
	for i, expr := range exprs {
		re, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			continue
		}
		starts, ok := startsOf(re, false)
		runes, bounded := maxRunes(re)
		if !ok || !bounded || nullable(re) {
			continue
		}
		s.scanned[i] = true
		s.window[i] = runes*utf8.UTFMax + 2*utf8.UTFMax
		s.anchored[i] = &lazyRegexp{expr: `^(?:` + expr + `)`}
		s.fore[i] = &lazyRegexp{expr: `^(?s:.)(?:` + expr + `)`}
		for _, st := range starts {
			st.concept = i
			if len(st.lower) == 1 {
				s.single[st.lower[0]] = append(s.single[st.lower[0]], st)
				continue
			}
			k := uint16(st.lower[0])<<8 | uint16(st.lower[1])
			s.put(s.pair, k, st)
			if !st.word {
				s.put(s.mid, k, st)
			}
		}
	}
	return s
}

func (s *lexScanner) put(table []uint16, k uint16, st lexStart) {
	if table[k] == 0 {
		s.lists = append(s.lists, nil)
		table[k] = uint16(len(s.lists))
	}
	s.lists[table[k]-1] = append(s.lists[table[k]-1], st)
}

// foldsToASCII reports whether text holds one of the only non-ASCII runes
// that match an ASCII letter case-blind, ſ and the Kelvin sign: such text
// is matched the plain way, since the byte table would not see "ſell" as
// "sell". Two substring searches: strings.ContainsAny with non-ASCII runes
// decodes every rune of text.
func foldsToASCII(text string) bool {
	return strings.Contains(text, "\u017f") || strings.Contains(text, "\u212a")
}

// candidates returns, per scanned concept, the offsets where one of its
// matches may begin, in increasing order.
func (s *lexScanner) candidates(text string) [][]int {
	out := make([][]int, len(s.scanned))
	add := func(st lexStart, i int) {
		if st.word && i > 0 && isWordByte(text[i-1]) {
			return
		}
		if len(st.lower) > len(text)-i || !hasPrefixLower(text[i:], st.lower) {
			return
		}
		if p := out[st.concept]; len(p) == 0 || p[len(p)-1] != i {
			out[st.concept] = append(p, i)
		}
	}
	for i := 0; i < len(text); i++ {
		b := lowerByte(text[i])
		for _, st := range s.single[b] {
			add(st, i)
		}
		if i+1 < len(text) {
			table := s.pair
			if i > 0 && isWordByte(text[i-1]) {
				table = s.mid
			}
			if k := table[uint16(b)<<8|uint16(lowerByte(text[i+1]))]; k != 0 {
				for _, st := range s.lists[k-1] {
					add(st, i)
				}
			}
		}
	}
	return out
}

// findAll is c.re().FindAllString(text, -1) for a scanned concept, as a
// count and the first match, trying only the offsets at.
func (s *lexScanner) findAll(i int, text string, at []int) (n int, first string) {
	pos := 0
	for _, st := range at {
		if st < pos {
			continue
		}
		end := min(len(text), st+s.window[i])
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		var loc []int
		if st == 0 {
			loc = s.anchored[i].re().FindStringIndex(text[:end])
		} else {
			_, w := utf8.DecodeLastRuneInString(text[:st])
			if loc = s.fore[i].re().FindStringIndex(text[st-w : end]); loc != nil {
				loc = []int{st, st - w + loc[1]}
			}
		}
		if loc == nil {
			continue
		}
		if n == 0 {
			first = text[loc[0]:loc[1]]
		}
		n++
		pos = loc[1]
	}
	return n, first
}

func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

func hasPrefixLower(s, lower string) bool {
	for j := 0; j < len(lower); j++ {
		if lowerByte(s[j]) != lower[j] {
			return false
		}
	}
	return true
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] = lowerByte(b[i])
	}
	return string(b)
}
