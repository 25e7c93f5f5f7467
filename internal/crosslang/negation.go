package crosslang

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/lazy"
)

// A negation one side states and the other lacks turns the clause around:
// "We will not share your personal information" translated 我们会共享您的个
// 人信息. Each side is read two ways: a negated verb (not, never, 不会, 无法
// …), and anything that could carry a negation in translation (no,
// without, only, un-, 不, 无, 未, 非, 仅 …). A finding needs a negated verb
// on one side and nothing negative at all on the other, so that a
// negation moved into a word ("unauthorised" for 未经授权, 不必要 for
// "unnecessary") or rephrased ("only with your consent" for 未经您同意不会)
// is not one.
var (
	enNegatedVerb = []string{"not", "never", "no longer", "cannot", "unable to", "can't", "won't", "don't", "doesn't", "didn't",
		"isn't", "aren't", "wasn't", "weren't", "shouldn't", "wouldn't", "couldn't", "mustn't", "shan't", "hasn't", "haven't"}
	enNegative    = &lazy.Regexp{Expr: `(?i)\b(?:not|never|no|none|nothing|neither|nor|nobody|without|only|cannot|unable|\w+n['’]t|refus\w*|declin\w*|fail\w*|lack\w*|ceas\w*|prevent\w*|avoid\w*|den(?:y|ies|ied)|refrain\w*|prohibit\w*|forbid\w*|exclud\w*|un\w+|non-?\w+|in(?:accurate|complete|valid|correct|appropriate|sufficient|direct)\w*|il(?:legal|legitimate)\w*|im(?:proper|possible|material)\w*|dis(?:agree|allow|able|continue)\w*)\b`}
	zhNegatedVerb = []string{"不会", "不能", "不得", "不可以", "不应", "不要", "不再", "不予", "不允许", "不提供", "不支持", "不收集", "不共享",
		"不出售", "不使用", "不向", "不将", "不与", "无法", "禁止", "绝不", "决不", "从不", "从未", "切勿", "请勿", "没有", "并未", "并不", "未能"}
	// 禁止 and 勿 forbid: English says that with a verb as often ("withdraw
	// consent for future processing", 撤回同意，禁止后续处理).
	enForbidding = &lazy.Regexp{Expr: `(?i)\b(?:withdraw\w*|revok\w*|stop\w*|block\w*|restrict\w*|object(?:s|ed|ion)? to|opt[- ]?out)\b`}

	// A "not" that negates no verb ("not limited to"), and words that only
	// look negative.
	enNotLimiting   = &lazy.Regexp{Expr: `(?i)^not (?:limited to|only|just)\b`}
	enLooksNegative = &lazy.Regexp{Expr: `(?i)^(?:united|until|under\w*|understand\w*|unit\w*|universal\w*|universit\w*|unique\w*|union\w*|uniform\w*|unified|unicode)$`}
	zhNotNegating   = []string{"未成年", "未来", "无论", "非常", "是否"}

	// zhNegatedFirst holds the first character of every zhNegatedVerb: a
	// text without one skips the search for them.
	zhNegatedFirst = &lazy.Value[string]{New: func() string {
		var b strings.Builder
		for _, w := range zhNegatedVerb {
			if r, _ := utf8.DecodeRuneInString(w); !strings.ContainsRune(b.String(), r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}}

	// zhNegatives are the characters that can carry a negation in Chinese.
	zhNegatives = "不无未没非禁勿否拒仅只"
)

// minReadScore is the alignment score from which a pair is read for a
// negation or a duty one side lacks. The seeds' true pairs score 0.86 and
// more; the GitHub statement's Chinese versions, months behind the English
// of the same date, pair different clauses at 0.24 to 0.70.
const minReadScore = 0.8

// mismatch is what one side of a pair states and the other lacks (a
// negation, a duty): the word it turns on, the whole sentence that word
// stands in, and the finding's detail, which quotes that sentence (a
// window of it when it is long) and the other side.
type mismatch struct{ word, sentence, detail string }

// negationDiff finds a clause pair whose sides disagree on a negation. A
// side is read in both languages whatever its document's: a translation
// keeps some clauses untranslated.
func negationDiff(fa, fb *facts) mismatch {
	for _, x := range [2][2]*facts{{fa, fb}, {fb, fa}} {
		neg, other := x[0], x[1]
		at, word := neg.negated()
		if at < 0 || negative(other.text) || strings.ContainsAny(word, "禁勿") && enForbidding.Re().MatchString(other.text) {
			continue
		}
		whole, quote := sentenceAt(neg.text, at)
		return mismatch{word: word, sentence: whole,
			detail: fmt.Sprintf("negation %q (%s) has no counterpart in %s: %q ≠ %q", word, neg.lang, other.lang,
				quote, excerpt(other.text, 120))}
	}
	return mismatch{}
}

// negatedAt is negatedVerb of a clause's text.
type negatedAt struct {
	at   int
	word string
}

// negated is negatedVerb(f.text), read once.
func (f *facts) negated() (int, string) {
	if f.neg == nil {
		at, word := negatedVerb(f.text)
		f.neg = &negatedAt{at, word}
	}
	return f.neg.at, f.neg.word
}

// negatedVerb finds the first negated verb of s in either language: where
// it starts and how s spells it, or -1. "but not limited to" and "whether
// or not" negate no verb, nor does a 不 that starts a word of its own
// (从不同来源 is "from different sources").
func negatedVerb(s string) (int, string) {
	first, word := -1, ""
	for i := 0; i < len(s); i++ {
		end := wordAt(s, i, enNegatedVerb)
		if end == 0 {
			continue
		}
		if notNegatingNot(s, i) {
			i = end - 1
			continue
		}
		first, word = i, s[i:end]
		break
	}
	var zh [][]int
	if strings.ContainsAny(s, zhNegatedFirst.Get()) {
		zh = literalSpans(s, zhNegatedVerb)
	}
	for _, loc := range zh {
		if first >= 0 && loc[0] > first {
			break
		}
		m := s[loc[0]:loc[1]]
		if strings.HasSuffix(m, "不") {
			if !doc.BuNegates(s[loc[1]:]) {
				continue
			}
		}
		return loc[0], m
	}
	return first, word
}

// negative reports whether s holds anything that could carry a negation,
// in either language, past the words that only look negative.
func negative(s string) bool {
	// Match by match, stopping at the first that counts: most texts have
	// one early, and finding all of them first cost the most of the check.
	// A match ends at a word boundary, so the search picks up after it
	// where \b reads as it would in the whole.
	for from := 0; from < len(s); {
		loc := enNegative.Re().FindStringIndex(s[from:])
		if loc == nil {
			break
		}
		at, end := from+loc[0], from+loc[1]
		from = max(end, at+1)
		w := s[at:end]
		if strings.EqualFold(w, "not") && notNegatingNot(s, at) || enLooksNegative.Re().MatchString(w) {
			continue
		}
		return true
	}
next:
	for from := 0; ; {
		k := strings.IndexAny(s[from:], zhNegatives)
		if k < 0 {
			return false
		}
		at := from + k
		neg, size := utf8.DecodeRuneInString(s[at:])
		from = at + size
		for _, w := range zhNotNegating {
			// The negative character may stand inside the word (是否).
			if o := strings.IndexRune(w, neg); o >= 0 && at >= o && strings.HasPrefix(s[at-o:], w) {
				continue next
			}
		}
		return true
	}
}

// notNegatingNot reports whether the "not" at s[at] negates no verb: "not
// limited to", "whether or not".
func notNegatingNot(s string, at int) bool {
	return enNotLimiting.Re().MatchString(s[at:]) || !doc.NotNegates(s[:at])
}

// sentenceAround is the span of the sentence of s that holds byte at.
func sentenceAround(s string, at int) (from, to int) {
	from, to = 0, len(s)
	if i := strings.LastIndexAny(s[:at], ".!?;。！？；\n"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		from = i + size
	}
	if i := strings.IndexAny(s[at:], ".!?;。！？；\n"); i >= 0 {
		to = at + i
	}
	return from, to
}

// sentenceAt is the sentence of s that holds byte at, whole, and as a
// quote shows it: of a long one, the 160 characters around at, so that
// the quote shows the word there.
func sentenceAt(s string, at int) (whole, quote string) {
	from, to := sentenceAround(s, at)
	whole = strings.TrimSpace(s[from:to])
	head, tail := []rune(s[from:at]), []rune(s[at:to])
	if len(head)+len(tail) <= 160 {
		return whole, excerpt(s[from:to], 160)
	}
	lead := ""
	if len(head) > 40 {
		// Nor does the window start inside an English word ("…ou are").
		k := len(head) - 40
		for k < len(head)-20 && isLatinLetter(head[k-1]) && isLatinLetter(head[k]) {
			k++
		}
		head, lead = head[k:], "…"
	}
	return whole, lead + excerpt(string(head)+string(tail), 160-len(head))
}
