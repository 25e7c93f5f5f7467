package material

import (
	"regexp/syntax"
	"strings"
)

// exactAlt is an alternative of a scanned pattern whose matches are a few
// fixed strings ("partners", "partner", "第三方"), tried at a place without
// a regexp: the strings in the order the matcher prefers them, the first
// that stands there (and, for an English word, ends at a word boundary)
// being the match the regexp would give.
type exactAlt struct {
	strs     []string // ASCII letters lower-cased when fold
	fold     bool     // compared case-blind
	wbBefore bool     // \b before the strings
	// wbAfter: \b after them too. A section rule's word stem ("\bcollect")
	// asks for none, and so matches "collected".
	wbAfter bool
}

// newExactAlt returns the exactAlt of expr, or nil when its matches are
// not a few fixed strings.
func newExactAlt(expr string) *exactAlt {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	x := &exactAlt{}
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat && len(re.Sub) > 1 && re.Sub[0].Op == syntax.OpWordBoundary {
		x.wbBefore, subs = true, re.Sub[1:]
		if last := len(subs) - 1; last > 0 && subs[last].Op == syntax.OpWordBoundary {
			x.wbAfter, subs = true, subs[:last]
		}
	}
	folds := map[bool]bool{}
	strs, ok := exactConcat(subs, exactLeaf(folds))
	if !ok || len(folds) > 1 {
		return nil
	}
	x.fold = folds[true]
	for _, s := range strs {
		if s == "" {
			return nil
		}
		if x.fold {
			s = lowerASCII(s)
		}
		x.strs = append(x.strs, s)
	}
	return x
}

// exactLeaf gives the strings of a literal or character class for
// newExactAlt, as they are, noting in folds whether a literal's letters are
// case-blind.
func exactLeaf(folds map[bool]bool) func(*syntax.Regexp) ([]string, bool) {
	return func(re *syntax.Regexp) ([]string, bool) {
		if re.Op == syntax.OpLiteral {
			if strings.ToLower(string(re.Rune)) != strings.ToUpper(string(re.Rune)) {
				folds[re.Flags&syntax.FoldCase != 0] = true
			}
			return []string{string(re.Rune)}, true
		}
		var out []string
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 16 || len(out) > 16 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out, true
	}
}

// exactStrings returns the strings re matches, in the order a
// backtracking matcher tries them, when they are few and re asserts
// nothing; leaf gives those of a literal or a character class (newExactAlt
// and the scan's starts read these differently).
func exactStrings(re *syntax.Regexp, leaf func(*syntax.Regexp) ([]string, bool)) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass:
		return leaf(re)
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpCapture:
		return exactStrings(re.Sub[0], leaf)
	case syntax.OpQuest:
		set, ok := exactStrings(re.Sub[0], leaf)
		if re.Flags&syntax.NonGreedy != 0 {
			return append([]string{""}, set...), ok
		}
		return append(set, ""), ok
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			set, ok := exactStrings(sub, leaf)
			if !ok || len(out)+len(set) > 64 {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	case syntax.OpConcat:
		return exactConcat(re.Sub, leaf)
	}
	return nil, false
}

// exactConcat is exactStrings of the concatenation of subs.
func exactConcat(subs []*syntax.Regexp, leaf func(*syntax.Regexp) ([]string, bool)) ([]string, bool) {
	out := []string{""}
	for _, sub := range subs {
		set, ok := exactStrings(sub, leaf)
		if !ok || len(out)*len(set) > 64 {
			return nil, false
		}
		out = concatAll(out, set)
	}
	return out, true
}

// exactAlts is newExactAlt of every alternative of every pattern.
func exactAlts(alts [][]string) [][]*exactAlt {
	out := make([][]*exactAlt, len(alts))
	for i, as := range alts {
		out[i] = make([]*exactAlt, len(as))
		for j, a := range as {
			out[i][j] = newExactAlt(a)
		}
	}
	return out
}

// matchAt returns the end of the match at offset at of text, or -1.
func (x *exactAlt) matchAt(text string, at int) int {
	if x.wbBefore && wordBefore(text, at) == wordBytes[text[at]] {
		return -1
	}
	for _, w := range x.strs {
		if len(w) > len(text)-at {
			continue
		}
		if x.fold && !hasPrefixLower(text[at:], w) || !x.fold && !strings.HasPrefix(text[at:], w) {
			continue
		}
		e := at + len(w)
		if x.wbAfter && wordBefore(text, e) == (e < len(text) && wordBytes[text[e]]) {
			continue
		}
		return e
	}
	return -1
}

// wordsAt is matchAt of whole words: the end of the first of words (lower
// case) that stands at i of s with \b on both sides, or -1.
func wordsAt(words []string, s string, i int) int {
	x := exactAlt{strs: words, fold: true, wbBefore: true, wbAfter: true}
	return x.matchAt(s, i)
}

func wordBefore(text string, at int) bool { return at > 0 && wordBytes[text[at-1]] }

// concatAll is every a+b for a in prefixes and b in set, prefixes outermost.
func concatAll(prefixes, set []string) []string {
	out := make([]string, 0, len(prefixes)*len(set))
	for _, a := range prefixes {
		for _, b := range set {
			out = append(out, a+b)
		}
	}
	return out
}
