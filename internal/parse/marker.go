package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

// style is a numbering style. Styles have intrinsic ranks; the tree builder
// nests a lower-ranked style under a higher one.
type style uint8

const (
	styleNone    style = iota
	styleAttach        // Attachment:, Appendix, 附件
	styleChapter       // 第一章
	styleHeading       // markdown heading; rank depends on its level
	styleArticle       // 第一条
	styleSection       // 一、 I.
	styleSub           // （一） (I)
	styleDotted        // 1.1 4.1.1 7.1.
	styleItem          // 1. 1、 1)
	styleParen         // (1) （1） ⑴
	styleCircled       // ①
	styleLetter        // (a)
	styleRoman         // (i)
)

func (s style) rank(level int) int {
	switch s {
	case styleAttach:
		return 0
	case styleChapter:
		return 5
	case styleHeading:
		return 10 + level
	case styleArticle, styleSection:
		return 20
	case styleSub:
		return 30
	case styleDotted:
		return 35
	case styleItem:
		return 40
	case styleParen:
		return 50
	case styleCircled:
		return 60
	case styleLetter:
		return 70
	case styleRoman:
		return 80
	}
	return 100
}

// marker is the numbering found at the start of a line. Its small fields
// come last, sharing a word.
type marker struct {
	num   int    // sequence number; letters count a=1
	path  []int  // the components of a dotted number
	item  string // id part of letters and small romans: "a", "iv"
	label string // as printed: "IX.", "九、", "（3）"
	rest  string // the raw text after the marker
	// clean is CleanInline(rest) once cleaned is set: the join rule, the
	// table-of-contents check and finish all ask for it. plainRest says
	// that rest had nothing to clean, no double space either.
	clean     string
	style     style
	cleaned   bool
	plainRest bool
	sloppy    bool // a bare "2 We may…" without its dot; kept only in sequence
	bullet    bool // the marker followed a list bullet
	// next is what the following item says of a lone i, v or x: 'r' when
	// it is (ii), (vi), (xi); 'l' when it is (j), (w), (y).
	next byte
}

func (m *marker) cleanRest() string {
	if !m.cleaned {
		m.clean, m.plainRest = cleanInline(m.rest)
		m.cleaned = true
	}
	return m.clean
}

// detectMarker recognises the numbering at the start of line, or returns
// nil. The marker is made in room.
func detectMarker(line string, room *slab[marker]) *marker {
	core, bullet := stripLead(line)
	if core == "" || !mayOpenMarker(core) {
		return nil
	}
	var rs [24]rune
	var offs [25]int
	n, i := 0, 0
	for ; i < len(core) && n < len(rs); n++ {
		r, size := decodeRune(core, i)
		rs[n], offs[n] = foldWidth(r), i
		i += size
	}
	offs[n] = i
	m, used := markerRunes(rs[:n], core)
	if m.style == styleNone {
		return nil
	}
	m.label = strings.TrimSpace(core[:offs[used]])
	after := core[offs[used]:]
	m.rest = trimLineLeft(after)
	m.bullet = bullet
	if !m.sloppy && !followOK(&m, after) {
		return nil
	}
	p := room.new()
	*p = m
	return p
}

// followOK rejects markers glued to a word, such as "1.5million" or "I.e.".
func followOK(m *marker, rest string) bool {
	if rest == "" {
		return true
	}
	last := m.label[len(m.label)-1]
	if last == ')' || strings.HasSuffix(m.label, "、") || strings.HasSuffix(m.label, "）") ||
		m.style == styleCircled || m.style == styleChapter || m.style == styleArticle || m.style == styleAttach {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return isSpace(r) || r == '*' || r == '_' || r == '"' || r == '“' || r == '[' || doc.IsCJK(r)
}

func markerRunes(rs []rune, core string) (marker, int) {
	if m, n := attachment(rs, core); m.style != styleNone {
		return m, n
	}
	switch r := rs[0]; {
	case r == '第':
		v, k := numberAt(rs[1:])
		if k == 0 || 1+k >= len(rs) {
			return marker{}, 0
		}
		switch rs[1+k] {
		case '章':
			return marker{style: styleChapter, num: v}, 2 + k
		case '条', '條':
			return marker{style: styleArticle, num: v}, 2 + k
		}
	case r >= 0x2160 && r <= 0x216B: // Ⅰ…Ⅻ, one character each
		if len(rs) > 1 && (rs[1] == '.' || rs[1] == '、') {
			return marker{style: styleSection, num: int(r-0x2160) + 1}, 2
		}
	case r >= 0x2460 && r <= 0x2473:
		return marker{style: styleCircled, num: int(r-0x2460) + 1}, 1
	case r >= 0x2474 && r <= 0x2487:
		return marker{style: styleParen, num: int(r-0x2474) + 1}, 1
	case r == '(':
		return parenMarker(rs)
	case r >= '0' && r <= '9':
		return arabicMarker(rs)
	case r == 'I' || r == 'V' || r == 'X':
		k := 0
		for k < len(rs) && (rs[k] == 'I' || rs[k] == 'V' || rs[k] == 'X') {
			k++
		}
		if k < len(rs) && (rs[k] == '.' || rs[k] == '、') {
			if v := romanNumber(string(rs[:k])); v > 0 {
				return marker{style: styleSection, num: v}, k + 1
			}
		}
	case r >= 'a' && r <= 'z':
		k := 0
		for k < len(rs) && rs[k] >= 'a' && rs[k] <= 'z' {
			k++
		}
		if k < len(rs) && rs[k] == ')' {
			return lowerItem(string(rs[:k]), k+1)
		}
	default:
		if v, k := chineseNumber(rs); k > 0 && k < len(rs) && (rs[k] == '、' || rs[k] == '.') {
			return marker{style: styleSection, num: v}, k + 1
		}
	}
	return marker{}, 0
}

// numberAt reads Arabic or Chinese digits.
func numberAt(rs []rune) (int, int) {
	if len(rs) > 0 && rs[0] >= '0' && rs[0] <= '9' {
		v, k := 0, 0
		for k < len(rs) && rs[k] >= '0' && rs[k] <= '9' && k < 4 {
			v = v*10 + int(rs[k]-'0')
			k++
		}
		return v, k
	}
	return chineseNumber(rs)
}

func parenMarker(rs []rune) (marker, int) {
	end := -1
	for k := 1; k < len(rs) && k < 8; k++ {
		if rs[k] == ')' {
			end = k
			break
		}
	}
	if end < 2 {
		return marker{}, 0
	}
	in := rs[1:end]
	switch c := in[0]; {
	case len(in) == 1 && c >= 0x2160 && c <= 0x216B:
		return marker{style: styleSub, num: int(c-0x2160) + 1}, end + 1
	case c >= '0' && c <= '9':
		v, k := numberAt(in)
		if k == len(in) && v > 0 {
			return marker{style: styleParen, num: v}, end + 1
		}
	case c == 'I' || c == 'V' || c == 'X':
		s := string(in)
		if v := romanNumber(s); v > 0 {
			return marker{style: styleSub, num: v}, end + 1
		}
		if len(in) == 1 {
			return marker{style: styleLetter, num: int(c-'A') + 1, item: s}, end + 1
		}
	case c >= 'A' && c <= 'Z' && len(in) == 1:
		return marker{style: styleLetter, num: int(c-'A') + 1, item: string(in)}, end + 1
	case c >= 'a' && c <= 'z':
		return lowerItem(string(in), end+1)
	default:
		if v, k := chineseNumber(in); k == len(in) {
			return marker{style: styleSub, num: v}, end + 1
		}
	}
	return marker{}, 0
}

// lowerItem reads "a" or "iv" as a letter or a small Roman numeral. A lone
// i, v or x is taken as Roman here; the builder turns it into a letter when
// it follows h, u or w.
func lowerItem(s string, used int) (marker, int) {
	if v := romanNumber(s); v > 0 {
		return marker{style: styleRoman, num: v, item: s}, used
	}
	if len(s) == 1 {
		return marker{style: styleLetter, num: int(s[0]-'a') + 1, item: s}, used
	}
	return marker{}, 0
}

func arabicMarker(rs []rune) (marker, int) {
	// Most numbers have one part: the path is copied out only when dotted.
	var parts [8]int
	path := parts[:0]
	k := 0
	for {
		v, d := 0, 0
		for k < len(rs) && rs[k] >= '0' && rs[k] <= '9' && d < 4 {
			v = v*10 + int(rs[k]-'0')
			k++
			d++
		}
		if d == 0 || d == 4 && k < len(rs) && rs[k] >= '0' && rs[k] <= '9' {
			return marker{}, 0
		}
		path = append(path, v)
		// "1\." is markdown's escaped list number.
		if k+1 < len(rs) && rs[k] == '\\' && (rs[k+1] == '.' || rs[k+1] == ')') {
			k++
		}
		if k+1 < len(rs) && rs[k] == '.' && rs[k+1] >= '0' && rs[k+1] <= '9' {
			k++
			continue
		}
		break
	}
	if len(path) > 1 {
		if path[0] == 0 || path[0] > 99 || len(path) > 7 {
			return marker{}, 0
		}
		if k < len(rs) && rs[k] == '.' {
			k++
		}
		return marker{style: styleDotted, path: append([]int(nil), path...), num: path[len(path)-1]}, k
	}
	v := path[0]
	if v == 0 || v > 500 {
		return marker{}, 0
	}
	if k < len(rs) && (rs[k] == '.' || rs[k] == '、' || rs[k] == ')') {
		return marker{style: styleItem, num: v}, k + 1
	}
	// "2 We may share…": a list number that lost its dot. Only a capital or
	// an ideograph after one space, and the builder keeps it only in sequence.
	if v < 100 && k+1 < len(rs) && rs[k] == ' ' && (rs[k+1] >= 'A' && rs[k+1] <= 'Z' || doc.IsCJK(rs[k+1])) {
		return marker{style: styleItem, num: v, sloppy: true}, k + 1
	}
	return marker{}, 0
}
