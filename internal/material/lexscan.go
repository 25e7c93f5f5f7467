package material

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
)

// A lexicon pattern has no literal prefix, so Go's matcher tries it at every
// byte of a text, and the lexicon's forty patterns were most of the time the
// rules took. Yet every match begins with one of a few strings ("facial ",
// "人脸"): one pass over the text with a table keyed by its first two bytes
// finds the only places where a match can begin, and the pattern is tried,
// anchored, there alone. That gives what FindAllString gives, match for
// match: the places are tried left to right and the next try starts where a
// match ended, as FindAllString does.
//
// A pattern is kept as its alternatives, in order, each a pattern of its own
// (the lexicon's English words each inside their own (?i:\b(?:…)\b)): at a
// place, only the alternatives one of whose starts stands there can match,
// and the others, left out, change nothing about which match comes first.
// So a place is tried with a small pattern of those alternatives, compiled
// on first need, rather than with the whole of a big one.

// lexStart is a string every match of one alternative of a pattern may
// begin with.
type lexStart struct {
	lower   string // ASCII letters lower-cased
	pattern uint16
	alt     uint8 // index in the pattern's alternatives
	// word: the alternative asks for \b right before it and it starts with a
	// word character, so a word character before it rules it out.
	word  bool
	runes uint16 // the most runes a match of the alternative spans
}

type lexScanner struct {
	// pair maps the first two bytes, lower-cased, to 1 + the index of
	// their starts in lists: a map lookup at every byte of every text
	// cost more than the patterns it spared. A row of 256 is made only for
	// a first byte some start begins with: a full 64K table per scanner
	// was a quarter of a megabyte of fresh pages, faulted in by the first
	// comparison of every process.
	pair  [256]*pairRow
	lists [][]lexStart
	// heads holds, for each start of lists, its first four bytes: most
	// starts of a list ("re": "retina", "request", "records"…) are ruled
	// out by one comparison, before their whole prefix is compared.
	heads  [][]head
	single [256][]lexStart // one-byte starts
	// mid is pair for the starts a word character may precede: inside a
	// word most starts are ruled out before their prefix is compared.
	mid [256]*pairRow
	// first[b] and firstMid[b]: some start (one a word character may
	// precede) begins with byte b, in either case; most bytes are passed
	// over on these alone.
	first, firstMid [256]bool
	alts            [][]string // each pattern's alternatives: joined by "|", the pattern
	scanned         []bool     // false: the pattern is matched the plain way

	// exacts holds the exactAlt of every alternative, from the generated
	// table: parsing the alternatives a first comparison meets for them
	// took a quarter of a millisecond.
	exacts [][]*exactAlt

	mu       sync.Mutex
	compiled map[altKey]*regexp.Regexp // made on first need
}

// head is up to four bytes of a start, little-endian, and the mask of
// those it has.
type head struct{ bytes, mask uint32 }

func headOf(lower string) head {
	var h head
	for j := 0; j < 4 && j < len(lower); j++ {
		h.bytes |= uint32(lower[j]) << (8 * j)
		h.mask |= 0xff << (8 * j)
	}
	return h
}

// lowerHead is the next four bytes of text at i, lower-cased as
// hasPrefixLower compares them, zero past its end: no start holds a zero.
func lowerHead(text string, i int) uint32 {
	var w uint32
	for j := 0; j < 4 && i+j < len(text); j++ {
		w |= uint32(lowerByte(text[i+j])) << (8 * j)
	}
	return w
}

// pairRow maps the second byte of a start to 1 + the index of its list.
type pairRow [256]uint16

type altKey struct {
	pattern int
	mask    uint64 // the alternatives tried
	fore    bool   // see place
}

// place is where a match of a pattern may begin, and which alternatives
// may match there.
type place struct {
	at    int
	mask  uint64
	runes int
}

// buildScanner builds the scanner of a pattern's alternatives (alts[i]
// are pattern i's); lextable.go holds those of the built-in patterns.
func buildScanner(alts [][]string) *lexScanner {
	s := &lexScanner{alts: alts, scanned: make([]bool, len(alts))}
	s.addRows(startRows(alts))
	s.exacts = exactAlts(alts)
	return s
}

// startRows returns the starts of every alternative of every pattern. A
// pattern one of whose alternatives has no known set of starts, or no bound
// on the length of a match, or more than 64 alternatives, has none: it is
// matched the plain way.
func startRows(alts [][]string) (rows []lexStart) {
	for i, as := range alts {
		var mine []lexStart
		ok := len(as) <= 64
		for j, expr := range as {
			re, err := syntax.Parse(expr, syntax.Perl)
			if !ok || err != nil {
				ok = false
				break
			}
			starts, known := startsOf(re, false)
			runes, bounded := maxRunes(re)
			if !known || !bounded || nullable(re) || runes > 1<<15 {
				ok = false
				break
			}
			for _, st := range starts {
				st.pattern, st.alt, st.runes = uint16(i), uint8(j), uint16(runes)
				mine = append(mine, st)
			}
		}
		if ok {
			rows = append(rows, mine...)
		}
	}
	// In the order index wants them, so that it need not sort at run time.
	slices.SortStableFunc(rows, byRowKey)
	return rows
}

func byRowKey(a, b lexStart) int { return int(rowKey(a)) - int(rowKey(b)) }

// rowKey orders starts by their first two bytes (a one-byte start first).
func rowKey(st lexStart) uint16 {
	k := uint16(st.lower[0]) << 8
	if len(st.lower) > 1 {
		k |= uint16(st.lower[1])
	}
	return k
}

// addRows indexes rows, which are in startRows' order (by rowKey, stably:
// the generated tables are startRows' output, and a stale table is remade
// by it). The lists of pair are runs of rows itself, not a copy: a table's
// rows are read only.
func (s *lexScanner) addRows(rows []lexStart) {
	var mid []lexStart
	for _, st := range rows {
		s.scanned[st.pattern] = true
		b := st.lower[0]
		s.first[b], s.first[upperByte(b)] = true, true
		if !st.word {
			s.firstMid[b], s.firstMid[upperByte(b)] = true, true
		}
		if len(st.lower) == 1 {
			s.single[st.lower[0]] = append(s.single[st.lower[0]], st)
		} else if !st.word {
			mid = append(mid, st)
		}
	}
	s.index(&s.pair, rows)
	s.index(&s.mid, mid)
}

// index points table at each run of rows with one first two bytes: one
// slice for all the lists instead of hundreds. A run of one-byte starts,
// which sort first among those of their byte, is single's and is passed
// over.
func (s *lexScanner) index(table *[256]*pairRow, rows []lexStart) {
	heads := make([]head, len(rows))
	for i := 0; i < len(rows); {
		j := i + 1
		for j < len(rows) && rowKey(rows[j]) == rowKey(rows[i]) {
			j++
		}
		if len(rows[i].lower) == 1 {
			i = j
			continue
		}
		s.lists = append(s.lists, rows[i:j])
		for k, st := range rows[i:j] {
			heads[i+k] = headOf(st.lower)
		}
		s.heads = append(s.heads, heads[i:j])
		b0 := rows[i].lower[0]
		if table[b0] == nil {
			table[b0] = new(pairRow)
		}
		table[b0][rows[i].lower[1]] = uint16(len(s.lists))
		i = j
	}
}

// foldsToASCII reports whether text holds one of the only non-ASCII runes
// that match an ASCII letter case-blind, ſ and the Kelvin sign: such text
// is matched the plain way, since the byte table would not see "ſell" as
// "sell". Two substring searches: strings.ContainsAny with non-ASCII runes
// decodes every rune of text.
func foldsToASCII(text string) bool {
	return strings.Contains(text, "\u017f") || strings.Contains(text, "\u212a")
}

// candidates returns, per scanned pattern, the places where one of its
// matches may begin, in increasing order.
func (s *lexScanner) candidates(text string) [][]place { return s.candidatesInto(text, nil) }

// candidatesInto is candidates building on out, the answer of an earlier
// call whose places are no longer read, or nil.
func (s *lexScanner) candidatesInto(text string, out [][]place) [][]place {
	if len(out) != len(s.scanned) {
		out = make([][]place, len(s.scanned))
	}
	for i := range out {
		out[i] = out[i][:0]
	}
	add := func(st lexStart, i int) {
		if st.word && wordBefore(text, i) {
			return
		}
		if len(st.lower) > len(text)-i || !hasPrefixLower(text[i:], st.lower) {
			return
		}
		p := out[st.pattern]
		if len(p) == 0 || p[len(p)-1].at != i {
			out[st.pattern] = append(p, place{at: i})
			p = out[st.pattern]
		}
		last := &p[len(p)-1]
		last.mask |= 1 << st.alt
		last.runes = max(last.runes, int(st.runes))
	}
	midWord := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		mid := midWord
		midWord = wordBytes[c]
		if mid && !s.firstMid[c] || !s.first[c] {
			continue
		}
		b := lowerByte(text[i])
		for _, st := range s.single[b] {
			add(st, i)
		}
		if i+1 < len(text) {
			row := s.pair[b]
			if mid {
				row = s.mid[b]
			}
			if row == nil {
				continue
			}
			if k := row[lowerByte(text[i+1])]; k != 0 {
				w, heads := lowerHead(text, i), s.heads[k-1]
				for j, st := range s.lists[k-1] {
					if w&heads[j].mask == heads[j].bytes {
						add(st, i)
					}
				}
			}
		}
	}
	return out
}

func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// wordBytes are the bytes \b counts as word characters; a table, since the
// scan asks about every byte of every text.
var wordBytes = [256]bool{'_': true,
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true,
	'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true,
	'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true,
	'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true,
	'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true}

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
