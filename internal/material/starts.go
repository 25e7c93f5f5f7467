package material

import (
	"regexp/syntax"
	"unicode"
)

// startsOf returns the strings one of which every match of re begins with
// (see lexStart), or ok=false when no such set is known. afterWB says that
// a \b precedes re in the pattern.
func startsOf(re *syntax.Regexp, afterWB bool) (out []lexStart, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			// A case-blind letter outside ASCII matches runes the table
			// does not fold.
			if re.Flags&syntax.FoldCase != 0 && r >= 0x80 && unicode.SimpleFold(r) != r {
				return nil, false
			}
		}
		lower := lowerASCII(string(re.Rune))
		return []lexStart{{lower: lower, word: afterWB && wordBytes[lower[0]]}}, true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > 32 {
			return nil, false
		}
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				lower := lowerASCII(string(r))
				out = append(out, lexStart{lower: lower, word: afterWB && wordBytes[lower[0]]})
			}
		}
		return out, true
	case syntax.OpCapture, syntax.OpPlus, syntax.OpRepeat, syntax.OpQuest, syntax.OpStar:
		// Callers have ruled out an empty match where it matters (see
		// nullable): these match their sub-expression first.
		return startsOf(re.Sub[0], afterWB)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, ok := startsOf(sub, afterWB)
			if !ok {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	case syntax.OpConcat:
		wb := afterWB
		for k, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpWordBoundary:
				wb = true
				continue
			case syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpEmptyMatch:
				wb = false
				continue
			}
			s, ok := startsOf(sub, wb)
			if !ok {
				return nil, false
			}
			if !nullable(sub) {
				// "ma" alone, as the parser factors material|major, would
				// send every "may" and "make" to the pattern: carry a start
				// on through the parts that match fixed strings.
				if long, ok := exactRun(re.Sub[k:]); ok {
					for _, l := range long {
						out = append(out, lexStart{lower: l, word: wb && wordBytes[l[0]]})
					}
					return out, true
				}
				return append(out, s...), true
			}
			out = append(out, s...)
		}
	}
	return nil, false
}

func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpQuest, syntax.OpStar, syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return true
	case syntax.OpCapture, syntax.OpPlus:
		return nullable(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !nullable(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if nullable(sub) {
				return true
			}
		}
	}
	return false
}

// maxRunes is the most runes a match of re can span; bounded is false when
// there is no most.
func maxRunes(re *syntax.Regexp) (n int, bounded bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune), true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, true
	case syntax.OpCapture, syntax.OpQuest:
		return maxRunes(re.Sub[0])
	case syntax.OpRepeat:
		m, ok := maxRunes(re.Sub[0])
		return m * re.Max, ok && re.Max >= 0
	case syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range re.Sub {
			m, ok := maxRunes(sub)
			if !ok {
				return 0, false
			}
			if re.Op == syntax.OpConcat {
				n += m
			} else {
				n = max(n, m)
			}
		}
		return n, true
	case syntax.OpStar, syntax.OpPlus:
		return 0, false
	}
	return 0, true
}

// exactRun returns the strings the longest run of leading subs matching
// fixed strings can match, lower-cased, or ok=false when the first sub is
// not such a part or they are too many.
func exactRun(subs []*syntax.Regexp) (out []string, ok bool) {
	out = []string{""}
	for i, sub := range subs {
		set, ok := exactSet(sub)
		if !ok || len(out)*len(set) > 64 {
			if i == 0 {
				return nil, false
			}
			break
		}
		out = concatAll(out, set)
	}
	for _, s := range out {
		if s == "" {
			return nil, false
		}
	}
	return out, true
}

// exactSet returns the strings re matches, lower-cased, when they are few
// and re asserts nothing.
func exactSet(re *syntax.Regexp) ([]string, bool) { return exactStrings(re, startLeaf) }

// startLeaf gives the strings of a literal or character class as starts
// (see startsOf): lower-cased, none for a case-blind letter beyond ASCII.
func startLeaf(re *syntax.Regexp) ([]string, bool) {
	st, ok := startsOf(re, false)
	if !ok || len(st) > 16 {
		return nil, false
	}
	var out []string
	for _, x := range st {
		out = append(out, x.lower)
	}
	return out, true
}
