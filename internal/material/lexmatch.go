package material

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Matching at the places the scan found (see lexScanner): each place is
// tried with the alternatives that may start there, as fixed strings when
// they are (exact.go), else as a small anchored pattern.

// findAll is FindAllString(text, -1) of scanned pattern i, as a count and
// the first match, trying only the places at.
func (s *lexScanner) findAll(i int, text string, at []place) (n int, first string) {
	pos := 0
	for _, p := range at {
		if p.at < pos {
			continue
		}
		// A match spans at most p.runes runes, and \b or $ after it reads
		// one more: the text beyond cannot change the outcome.
		end := min(len(text), p.at+(p.runes+2)*utf8.UTFMax)
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		e := s.matchAt(i, text, p, end)
		if e < 0 {
			continue
		}
		if n == 0 {
			first = text[p.at:e]
		}
		n++
		pos = e
	}
	return n, first
}

// matchAt returns the end of the match of pattern i at p, or -1: the first
// of the alternatives p names, in order, that matches there, as in the
// whole pattern. A window of text ending at end suffices.
func (s *lexScanner) matchAt(i int, text string, p place, end int) int {
	for j := 0; p.mask>>j != 0; j++ {
		if p.mask&(1<<j) == 0 {
			continue
		}
		if x := s.exacts[i][j]; x != nil {
			if e := x.matchAt(text, p.at); e >= 0 {
				return e
			}
			continue
		}
		k := altKey{i, 1 << j, p.at > 0}
		if p.at == 0 {
			if loc := s.regexp(k).FindStringIndex(text[:end]); loc != nil {
				return loc[1]
			}
			continue
		}
		// The rune before stands in front, matched by (?s:.), so that a \b
		// at the place reads what the whole text has there.
		_, w := utf8.DecodeLastRuneInString(text[:p.at])
		if loc := s.regexp(k).FindStringIndex(text[p.at-w : end]); loc != nil {
			return p.at - w + loc[1]
		}
	}
	return -1
}

// regexp returns the anchored pattern of the alternatives k names.
func (s *lexScanner) regexp(k altKey) *regexp.Regexp {
	s.mu.Lock()
	defer s.mu.Unlock()
	if re, ok := s.compiled[k]; ok {
		return re
	}
	if s.compiled == nil {
		s.compiled = map[altKey]*regexp.Regexp{}
	}
	var picked []string
	for j, a := range s.alts[k.pattern] {
		if k.mask&(1<<j) != 0 {
			picked = append(picked, a)
		}
	}
	expr := `^(?:` + strings.Join(picked, "|") + `)`
	if k.fore {
		expr = `^(?s:.)` + expr[1:]
	}
	re := regexp.MustCompile(expr)
	s.compiled[k] = re
	return re
}
