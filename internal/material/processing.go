package material

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/lazy"
)

// A flip is a negation edited into or out of a sentence about what the
// publisher does with personal information: "We do not sell your personal
// information" → "We sell your personal information". The lexicon's words
// are the same on both sides, so no concept rule sees it, yet what the
// policy ruled out it now allows, or the other way round.
type flip struct {
	cat      int    // 3 when the sentence shares, sells or names a recipient; else 1
	rule     string // processing.negation.removed or .added
	evidence string
}

// flippedProcessing finds the flips of a diff. Like negatedRight it reads
// only short edits (a long one is new text) and the unchanged words of
// their sentence, and it asks of that sentence both a processing verb and
// what it acts on (personal information, or a data type, purpose or
// recipient of the lexicon): a "not" gone from "we are not liable for
// third-party sites" is no change in what is done with anyone's data.
func flippedProcessing(ops []change.Op) []flip {
	// The two texts whole, to read the sentence of an edit in each: its
	// unchanged words may lie several runs away, beyond other edits.
	var ta, tb strings.Builder
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
	long := func(g group) bool { return moreLetters(a[g.atA:g.endA], 12) || moreLetters(b[g.atB:g.endB], 12) }
	var out []flip
	for _, g := range groups {
		if long(g) {
			continue
		}
		negA, negB := editNegation(a[g.atA:g.endA], a[g.endA:]), editNegation(b[g.atB:g.endB], b[g.endB:])
		if (negA == "") == (negB == "") {
			continue
		}
		fromA, toA := sentenceAt(a, g.atA, g.endA)
		fromB, toB := sentenceAt(b, g.atB, g.endB)
		rewritten := false
		for _, o := range groups {
			if o.endA >= fromA && o.atA <= toA && o.endB >= fromB && o.atB <= toB && long(o) {
				rewritten = true // a sentence rewritten around a 不, not a negation edited
			}
		}
		if rewritten {
			continue
		}
		sentA, sentB := cleanText(strings.TrimSpace(a[fromA:toA])), cleanText(strings.TrimSpace(b[fromB:toB]))
		// "不遭到" → "不会遭受" rewords a negation the sentence keeps.
		if negationCount(sentA) == negationCount(sentB) {
			continue
		}
		cat := processingCategory(sentB)
		if cat == 0 {
			continue
		}
		f := flip{cat: cat, rule: "processing.negation.removed", evidence: fmt.Sprintf("%q deleted: %q → %q", negA, sentA, sentB)}
		if negB != "" {
			f.rule, f.evidence = "processing.negation.added", fmt.Sprintf("%q inserted: %q → %q", negB, sentA, sentB)
		}
		out = append(out, f)
	}
	return out
}

// sentenceAt is the span of the sentences of s that [at, end) touches: the
// one an edit sits in, or the two an edit joins.
func sentenceAt(s string, at, end int) (from, to int) {
	from, to = at, end
	for _, sp := range Sentences(s) {
		if sp[0] <= at && at <= sp[1] {
			from = min(from, sp[0])
		}
		if sp[0] <= end && end <= sp[1] {
			to = max(to, sp[1])
		}
	}
	return from, to
}

// editNegation is the negation an edited run holds, or "". A run that is
// 不 alone, as a character diff of Chinese leaves it, negates the verb
// after it unless the two make a word that negates nothing.
func editNegation(run, next string) string {
	if m := findNegation(cleanText(run)); m != "" {
		return m
	}
	if strings.TrimSpace(run) == "不" {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, " "))
		if !strings.ContainsRune(notNegating, r) {
			return "不"
		}
	}
	return ""
}

// negationCount is how many negations s holds: the words findNegation
// knows, and in Chinese every 不 that negates the verb after it.
func negationCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '不':
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); !strings.ContainsRune(notNegating, next) {
				n++
			}
		case strings.HasPrefix(s[i:], "无法") || strings.HasPrefix(s[i:], "禁止"):
			n++
		case r < utf8.RuneSelf && negationStart(byte(r)|0x20) && !wordBefore(s, i):
			if end := wordsAt(enNegations[:], s, i); end >= 0 {
				n++
				i = end
				continue
			}
		}
		i += size
	}
	return n
}

// notNegating are the characters that make a word with 不 before them
// that negates no verb: 不断 (continually), 不同 (different), 不仅 (not
// only), 不限于 (including), 不少, 不足, 不良, 不当, 不利, 不适, 不满,
// 不便, 不安, 不时, 不论, 不管, 不过, 不然, 不但, 不如, 不久.
const notNegating = "断同仅限少足良当利适满便安时论管过然但如久"

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
