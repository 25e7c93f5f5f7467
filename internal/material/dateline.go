package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isDateLine is dateLineRe.MatchString(line), by hand: compiling the
// pattern was the dearest single step of a process's first comparison
// (a quarter of a millisecond), and most policies hold a date line.
// TestDateLineMatcher holds the two to the same answers.
//
// The pattern is a line of punctuation and symbols (edge), an English
// "[last|latest] updated|…|version [on|date|…]" or a Chinese
// "[本政策|…]更新|…[日期|时间]", an optional colon, then date words and
// characters, then edge to the end. Edge never holds a letter, a digit or
// a Han character, so each part ends where the next must begin.
func isDateLine(line string) bool {
	i := 0
	for i < len(line) {
		r, w := utf8.DecodeRuneInString(line[i:])
		if !isEdge(r) {
			break
		}
		i += w
	}
	rest := line[i:]
	return enDateLine(rest) || zhDateLine(rest)
}

// mayBeDateLine reports whether line, past the edge dateLineRe lets it
// start with, starts with one of the words it needs there ("last",
// "updated", "本政策", "更新"…): most lines fail at once, before hasFold
// reads the whole line.
func mayBeDateLine(line string) bool {
	for i, r := range line {
		if isEdge(r) {
			continue
		}
		rest := line[i:]
		for _, words := range [...][]string{dateLineLeads, dateLineKeys, zhDateLeads, zhDateKeys} {
			for _, w := range words {
				if len(rest) >= len(w) && hasPrefixLower(rest, w) {
					return true
				}
			}
		}
		// "ſ" may stand for the "s" of "last", as (?i) matches: such a
		// line goes on to the matcher.
		return foldsToASCII(rest)
	}
	return false
}

// isEdge is [\s\p{P}\p{S}].
func isEdge(r rune) bool {
	return isSpaceRe(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// isSpaceRe is the pattern's \s: ASCII spaces only.
func isSpaceRe(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

var (
	dateLineLeads = []string{"latest", "last"}
	dateLineKeys  = []string{"updated", "modified", "revised", "amended", "effective", "valid", "published", "released", "version"}
	dateLinePreps = []string{"on", "date", "from", "as of", "since", "at"}
	// dateWords are the words of dateTail, in order.
	dateWords = []string{"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
		"dec", "december", "st", "nd", "rd", "th"}
	zhDateLeads = []string{"本政策", "本版本", "最近", "最新"}
	zhDateKeys  = []string{"更新", "修订", "生效", "发布", "版本"}
	zhDateTails = []string{"日期", "时间"}
)

func enDateLine(s string) bool {
	for _, lead := range dateLineLeads {
		if n := foldPrefix(s, lead); n > 0 {
			// (?:(?:last|latest)\s+)? taken: a key must follow the spaces.
			j := n + spaces(s[n:])
			if j > n && enDateKey(s[j:]) {
				return true
			}
		}
	}
	return enDateKey(s)
}

func enDateKey(s string) bool {
	for _, k := range dateLineKeys {
		n := foldPrefix(s, k)
		if n < 0 {
			continue
		}
		if enDateTail(s[n:]) {
			return true
		}
		if j := spaces(s[n:]); j > 0 {
			for _, p := range dateLinePreps {
				if m := foldPrefix(s[n+j:], p); m >= 0 && enDateTail(s[n+j+m:]) {
					return true
				}
			}
		}
	}
	return false
}

// enDateTail is \s*[:：]?\s*(?:dateTail)edge$. A colon may be taken
// whenever it stands: it is edge as well, and edge after it still matches.
func enDateTail(s string) bool {
	s = colonAfterSpaces(s)
	// The date part runs to the last letter or digit; edge follows.
	end := 0
	for i, r := range s {
		if !isEdge(r) {
			end = i + utf8.RuneLen(r)
		}
	}
	return dateRun(s[:end])
}

// dateRun reports whether s is a run of (?:[\d\s,./\-]|jan(?:uary)?|…|th)*.
func dateRun(s string) bool {
	reach := make([]bool, len(s)+1)
	reach[0] = true
	for i := 0; i < len(s); i++ {
		if !reach[i] {
			continue
		}
		c := s[i]
		if '0' <= c && c <= '9' || isSpaceRe(rune(c)) || strings.IndexByte(",./-", c) >= 0 {
			reach[i+1] = true
		}
		for _, w := range dateWords {
			if n := foldPrefix(s[i:], w); n > 0 {
				reach[i+n] = true
			}
		}
	}
	return reach[len(s)]
}

func zhDateLine(s string) bool {
	if zhDateKey(s) {
		return true
	}
	for _, lead := range zhDateLeads {
		if strings.HasPrefix(s, lead) && zhDateKey(s[len(lead):]) {
			return true
		}
	}
	return false
}

func zhDateKey(s string) bool {
	for _, k := range zhDateKeys {
		if !strings.HasPrefix(s, k) {
			continue
		}
		rest := s[len(k):]
		if zhDateTail(rest) {
			return true
		}
		for _, t := range zhDateTails {
			if strings.HasPrefix(rest, t) && zhDateTail(rest[len(t):]) {
				return true
			}
		}
	}
	return false
}

// zhDateTail is \s*[:：]?\s*[\d\s年月日号./\-〇一二三四五六七八九十]*edge$.
func zhDateTail(s string) bool {
	s = colonAfterSpaces(s)
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !('0' <= r && r <= '9' || isSpaceRe(r) || strings.ContainsRune("年月日号./-〇一二三四五六七八九十", r)) {
			break
		}
		i += w
	}
	for _, r := range s[i:] {
		if !isEdge(r) {
			return false
		}
	}
	return true
}

// colonAfterSpaces passes \s*[:：]?, leaving the spaces after.
func colonAfterSpaces(s string) string {
	s = s[spaces(s):]
	if strings.HasPrefix(s, ":") {
		return s[1:]
	}
	return strings.TrimPrefix(s, "：")
}

// spaces returns the length of the run of \s that starts s.
func spaces(s string) int {
	i := 0
	for i < len(s) && isSpaceRe(rune(s[i])) {
		i++
	}
	return i
}

// foldPrefix returns the length in s of a prefix of s that matches the
// lower-case ASCII word w case-blind as (?i) does (ſ is an s, the Kelvin
// sign a k), or -1.
func foldPrefix(s, w string) int {
	i := 0
	for j := 0; j < len(w); j++ {
		if i >= len(s) {
			return -1
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		c := rune(w[j])
		if r != c && r != unicode.ToUpper(c) && !(c == 's' && r == 'ſ') && !(c == 'k' && r == '\u212a') {
			return -1
		}
		i += n
	}
	return i
}
