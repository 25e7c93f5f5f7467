package material

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/lazy"
)

// A flip is an edit that turns what a sentence about personal information
// allows: a negation edited in or out ("We do not sell your personal
// information" → "We sell …"), or the consent it asks for or the limit it
// sets ("only with your consent", 仅在获得您的单独同意后) added or dropped.
// The lexicon's words are the same on both sides, so no concept rule sees
// it, yet what the policy ruled out it now allows, or the other way round.
type flip struct {
	cat      int    // 3 when the sentence shares, sells or names a recipient; else 1
	rule     string // processing.{negation,consent,limit}.{removed,added}
	evidence string
}

// flippedProcessing finds the flips of a diff. It reads short edits (a
// negation: at most 12 letters a side, as negatedRight; a limit phrase: 30;
// a consent phrase: 60) in a sentence that no long deletion rewrites (words added
// after it, "… in accordance with law", leave it standing), and it asks
// of that sentence both a processing verb and what it acts on (personal
// information, or a data type, purpose or recipient of the lexicon): a
// "not" gone from "we are not liable for third-party sites" is no change
// in what is done with anyone's data.
func flippedProcessing(ops []change.Op) []flip {
	// The two texts whole, to read the sentence of an edit in each: its
	// unchanged words may lie several runs away, beyond other edits.
	var ta, tb strings.Builder
	lenA, lenB := sideLens(ops)
	ta.Grow(lenA) // once: a long clause grown by appends was copied a dozen times
	tb.Grow(lenB)
	type group struct{ atA, atB, endA, endB int }
	var groups []group
	for i := 0; i < len(ops); {
		if ops[i].Op == change.OpEqual {
			ta.WriteString(ops[i].Text)
			tb.WriteString(ops[i].Text)
			i++
			continue
		}
		g := group{atA: ta.Len(), atB: tb.Len()}
		for ; i < len(ops) && ops[i].Op != change.OpEqual; i++ {
			if ops[i].Op == change.OpDelete {
				ta.WriteString(ops[i].Text)
			} else {
				tb.WriteString(ops[i].Text)
			}
		}
		g.endA, g.endB = ta.Len(), tb.Len()
		groups = append(groups, g)
	}
	a, b := ta.String(), tb.String()
	longer := func(g group, n int) bool { return moreLetters(a[g.atA:g.endA], n) || moreLetters(b[g.atB:g.endB], n) }
	var spansA, spansB [][2]int // read once: an edit at a time was quadratic
	var out []flip
	for k, g := range groups {
		d, n := a[g.atA:g.endA], b[g.atB:g.endB]
		consent := hasFold(consentWords, d) || hasFold(consentWords, n)
		// A consent takes more words to ask for ("obtain your explicit
		// consent before we") than a negation or a limit to state.
		if longer(g, 60) || longer(g, 30) && !consent {
			continue
		}
		var negA, negB string
		if !longer(g, 12) {
			negA, negB = editNegation(d, a[:g.atA], a[g.endA:]), editNegation(n, b[:g.atB], b[g.endB:])
		}
		negation := (negA == "") != (negB == "")
		limit := hasFold(limitNeed, d) || hasFold(limitNeed, n)
		if !negation && !consent && !limit {
			continue
		}
		if spansA == nil {
			spansA, spansB = Sentences(a), Sentences(b)
		}
		fromA, toA := sentenceAt(spansA, g.atA, g.endA)
		fromB, toB := sentenceAt(spansB, g.atB, g.endB)
		rewritten := false
		for j := k - 1; j >= 0 && groups[j].endA > fromA; j-- {
			rewritten = rewritten || moreLetters(a[groups[j].atA:groups[j].endA], 12)
		}
		for j := k + 1; j < len(groups) && groups[j].atA < toA; j++ {
			rewritten = rewritten || moreLetters(a[groups[j].atA:groups[j].endA], 12)
		}
		if rewritten {
			continue // a sentence rewritten around the edit, not the edit alone
		}
		sentA, sentB := cleanText(strings.TrimSpace(a[fromA:toA])), cleanText(strings.TrimSpace(b[fromB:toB]))
		cat := processingCategory(sentB)
		if cat == 0 {
			cat = processingCategory(sentA) // the edit may have taken what it acted on
		}
		if cat == 0 {
			continue
		}
		// The evidence quotes the sentences as the policy prints them, its
		// full-width punctuation and curly quotes kept: cleanText folds
		// them for the rules, and a reader compares the quote with the page.
		both := fmt.Sprintf("%q → %q", strings.Join(strings.Fields(a[fromA:toA]), " "), strings.Join(strings.Fields(b[fromB:toB]), " "))
		// "不遭到" → "不会遭受" rewords a negation the sentence keeps.
		if negation && negationCount(sentA) != negationCount(sentB) {
			if negA != "" {
				out = append(out, flip{cat, "processing.negation.removed", fmt.Sprintf("%q deleted: %s", negA, both)})
			} else {
				out = append(out, flip{cat, "processing.negation.added", fmt.Sprintf("%q inserted: %s", negB, both)})
			}
		}
		if consent {
			if f, ok := qualified("consent", consentRe, sentA, sentB); ok {
				out = append(out, flip{cat, f.rule, f.evidence + both})
				limit = false // a limit on the consent ("only with your consent") goes with it
			}
		}
		if limit {
			if f, ok := qualified("limit", limitRe, sentA, sentB); ok {
				out = append(out, flip{cat, f.rule, f.evidence + both})
			}
		}
	}
	return out
}

// qualified compares the qualifiers a sentence states before and after an
// edit: the rule and the start of the evidence, naming one the edit took
// away or put in, when their number changed.
func qualified(name string, re *lazy.Regexp, sentA, sentB string) (flip, bool) {
	inA, inB := re.Re().FindAllString(sentA, -1), re.Re().FindAllString(sentB, -1)
	// Without the character before 仅 or 经, or after 只, that the
	// pattern reads to rule out 不仅, 未经 and 只要.
	word := func(m string) string {
		for _, w := range [...]string{"仅", "只"} {
			if strings.Contains(m, w) {
				return w
			}
		}
		if i := strings.Index(m, "经"); i > 0 && !strings.Contains(m[:i], "得") {
			m = m[i:]
		}
		return strings.TrimSpace(m)
	}
	switch {
	case len(inA) > len(inB):
		return flip{rule: "processing." + name + ".removed", evidence: fmt.Sprintf("%q deleted: ", word(firstNotIn(inA, inB)))}, true
	case len(inB) > len(inA):
		return flip{rule: "processing." + name + ".added", evidence: fmt.Sprintf("%q inserted: ", word(firstNotIn(inB, inA)))}, true
	}
	return flip{}, false
}

// firstNotIn is the first of xs that ys does not hold as often, counting
// repeats: what one side has more of.
func firstNotIn(xs, ys []string) string {
	left := map[string]int{}
	for _, y := range ys {
		left[y]++
	}
	for _, x := range xs {
		if left[x] == 0 {
			return x
		}
		left[x]--
	}
	return xs[0]
}

// consentRe is a sentence asking for the user's consent; limitRe one
// limiting what is done to a purpose or case. In Chinese the consent is
// someone's (您的同意, 经您授权, 监护人同意, 单独同意, 征得…同意, 经同意, 未经同意):
// 不同意 (disagree), 已经同意 (already agreed) and 未经授权的访问
// (unauthorised access) ask for none. 不仅 (not only) and 只要
// (as long as) limit nothing.
var (
	consentRe = &lazy.Regexp{Expr: `(?i)\b(?:(?:with|upon|after|subject to|unless (?:you|we (?:have|obtain|receive))|without|obtain(?:s|ed|ing)?|ask(?:s|ed|ing)? for|seek(?:s|ing)?|sought|request(?:s|ed|ing)?|get(?:s|ting)?|receiv(?:e|es|ed|ing)|hav(?:e|ing)) (?:(?:obtaining|receiving|getting) )?(?:your |the user's |their |the )?(?:(?:prior|express|explicit|separate|specific|affirmative|written|parental) )?consent|opt[- ]in)\b` +
		`|(?:您|用户|监护人)的?(?:单独|明示|书面|明确)?(?:同意|授权)|(?:单独|明示|书面|明确)同意|(?:征得|获得|取得).{0,8}?(?:同意|授权)` +
		`|(?:^|[^已])经过?(?:您|用户|监护人)的?.{0,4}?(?:同意|授权)|(?:^|[^已])经同意`}
	limitRe = &lazy.Regexp{Expr: `(?i)\b(?:only|solely|exclusively|strictly)\b|(?:^|[^不])仅|只(?:[^要]|$)`}
)

// consentWords are what the deleted or the inserted text of an edit must
// hold (hasFold: in upper case) for consentRe to be asked about its
// sentence, and limitNeed (needs.go) for limitRe: most edits hold neither,
// and the patterns are then never compiled. The consent must be in the
// edit itself, a narrower test than what consentRe needs.
var consentWords = []string{"CONSENT", "OPT-IN", "OPT IN", "同意", "授权"}

// sentenceAt is the span of the sentences (spans, as Sentences gives them)
// that [at, end) touches: the one an edit sits in, or the two it joins. An
// edit right after a full stop, which Chinese follows with no space,
// starts the next sentence and does not take in the one before.
func sentenceAt(spans [][2]int, at, end int) (from, to int) {
	from, to = at, end
	k := sort.Search(len(spans), func(k int) bool { return spans[k][1] > at })
	if k == len(spans) && k > 0 && spans[k-1][1] == at {
		k-- // an edit at the very end belongs to the last sentence
	}
	for ; k < len(spans) && spans[k][0] <= end; k++ {
		if spans[k][0] < end || spans[k][0] == at {
			from, to = min(from, spans[k][0]), max(to, spans[k][1])
		}
	}
	return from, to
}

// editNegation is the negation an edited run holds, or "", given the text
// before and after the run. A run that is 不 alone, as a character diff of
// Chinese leaves it, negates the verb after it unless the two make a word
// that negates nothing.
func editNegation(run, before, next string) string {
	if m := findNegation(cleanText(run)); m != "" {
		// "whether or not you are signed in" negates nothing.
		if i := indexUpper(run, "NOT"); strings.EqualFold(m, "not") && i >= 0 && !doc.NotNegates(before+run[:i]) {
			return ""
		}
		return m
	}
	if strings.TrimSpace(run) == "不" {
		if doc.BuNegates(strings.TrimLeft(next, " ")) {
			return "不"
		}
	}
	return ""
}

// zhNegationsWithoutBu are the zhNegations that hold no 不 (无法, 禁止,
// 从未, 没有, 勿): negationCount counts every 不 on its own.
var zhNegationsWithoutBu = &lazy.Value[[]string]{New: func() []string {
	var out []string
	for _, w := range zhNegations {
		if !strings.Contains(w, "不") {
			out = append(out, w)
		}
	}
	return out
}}

// negationWithoutBu reports whether s starts with one of
// zhNegationsWithoutBu.
func negationWithoutBu(s string) bool {
	for _, w := range zhNegationsWithoutBu.Get() {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// negationCount is how many negations s holds: the words findNegation
// knows, and in Chinese every 不 that negates the verb after it.
func negationCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '不':
			if doc.BuNegates(s[i+size:]) {
				n++
			}
		case r >= utf8.RuneSelf && negationWithoutBu(s[i:]):
			n++
		case r < utf8.RuneSelf:
			if end := enNegationAt(s, i); end >= 0 {
				n++
				i = end
				continue
			}
		}
		i += size
	}
	return n
}

// processingVerbRe: what a policy says it does, or does not do, with
// personal information. sharingVerbRe is the part of it that hands the
// information to someone else.
var (
	processingVerbRe = &lazy.Regexp{Expr: `(?i)\b(?:collect(?:s|ed|ing)?|use[sd]?|using|process(?:es|ed|ing)?|stor(?:e[sd]?|ing)|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|access(?:es|ed|ing)?|obtain(?:s|ed|ing)?|track(?:s|ed|ing)?|monitor(?:s|ed|ing)?|record(?:s|ed|ing)?|analy[sz](?:e[sd]?|ing)|combin(?:e[sd]?|ing)|provid(?:e[sd]?|ing)|shar(?:e[sd]?|ing)|disclos(?:e[sd]?|ing)|transfer(?:s|red|ring)?|sell(?:s|ing)?|sold|rent(?:s|ed|ing)?)\b` +
		`|收集|采集|获取|使用|用于|处理|存储|保存|保留|留存|访问|读取|调用|追踪|跟踪|分析|提供|共享|分享|转让|披露|公开|出售|售卖|出租|传输`}
	sharingVerbRe = &lazy.Regexp{Expr: `(?i)\b(?:shar(?:e[sd]?|ing)|disclos(?:e[sd]?|ing)|transfer(?:s|red|ring)?|sell(?:s|ing)?|sold|rent(?:s|ed|ing)?)\b` +
		`|共享|分享|转让|披露|公开|出售|售卖|出租|传输`}
	personalInfoRe = &lazy.Regexp{Expr: `(?i)\b(?:personal (?:information|data)|your (?:personal )?(?:information|data)|user (?:information|data)|information about you)\b` +
		`|个人信息|个人数据|您的信息|您的数据|用户信息`}
)

// processingCategory is the material-change item a sentence about handling
// personal information belongs to: 3 (main objects of sharing) when it
// shares or names a recipient, 1 (purposes, types or use) otherwise, and 0
// when it is not such a sentence.
func processingCategory(sentence string) int {
	if !processingVerbRe.Re().MatchString(sentence) {
		return 0
	}
	n, _ := countConcepts(sentence)
	object, recipient := personalInfoRe.Re().MatchString(sentence), false
	for i := range lexicon {
		con := &lexicon[i]
		if n[con.name] > 0 {
			object = object || con.cat == 1 || con.cat == 3
			recipient = recipient || con.cat == 3
		}
	}
	switch {
	case !object:
		return 0
	case recipient || sharingVerbRe.Re().MatchString(sentence):
		return 3
	}
	return 1
}
