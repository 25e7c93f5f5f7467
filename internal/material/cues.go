package material

import (
	"strings"

	"github.com/policydiff/policydiff/internal/lazy"
)

// cueWords is a pattern (?i)\b(?:w1|w2|…)\b|z1|z2|… matched by hand: the
// cues that say what a period bounds are read for every sentence that
// states one, and compiling them was a tenth of a millisecond of a first
// comparison. Whether a text holds a match does not depend on the order of
// the alternatives, so en and zh are plain lists of what they match
// (TestCueWordsAreTheirPatterns).
type cueWords struct {
	en []string     // lower case, each a whole word or phrase, \b on both sides
	zh []string     // substrings
	re *lazy.Regexp // the pattern: text where ſ or K may stand for s or k goes to it
}

// MatchString is re.MatchString(s).
func (c *cueWords) MatchString(s string) bool {
	if foldsToASCII(s) {
		return c.re.Re().MatchString(s)
	}
	for _, z := range c.zh {
		if strings.Contains(s, z) {
			return true
		}
	}
	for i := 0; i < len(s); i++ {
		if !wordBytes[s[i]] || wordBefore(s, i) {
			continue
		}
		if wordsAt(c.en, s, i) >= 0 {
			return true
		}
	}
	return false
}

var (
	deadlineCue = &cueWords{
		en: []string{"reply", "replies", "respond", "response", "process your request", "process your application",
			"processed your request", "processed your application", "processing your request",
			"processing your application", "handle", "deal with", "feedback"},
		zh: []string{"回复", "答复", "反馈", "处理您的", "受理", "办理"},
		re: &lazy.Regexp{Expr: `(?i)\b(?:repl(?:y|ies)|respond|response|process(?:ed|ing)? your (?:request|application)|handle|deal with|feedback)\b|回复|答复|反馈|处理您的|受理|办理`},
	}
	retentionCue = &cueWords{
		en: []string{"retain", "retention", "store", "stored", "keep", "kept", "preserve"},
		zh: []string{"保存", "存储", "保留", "留存"},
		re: &lazy.Regexp{Expr: `(?i)\b(?:retain|retention|store|stored|keep|kept|preserve)\b|保存|存储|保留|留存`},
	}
	// A notice period is how long before a change or the end of the
	// service users are told: the time they have to object or leave. Its
	// sentence both tells users and says ahead.
	noticeCue = &cueWords{
		en: []string{"notify", "notified", "notice", "notification", "inform", "informed"},
		zh: []string{"通知", "告知", "提醒", "公告"},
		re: &lazy.Regexp{Expr: `(?i)\b(?:notify|notified|notice|notification|inform|informed)\b|通知|告知|提醒|公告`},
	}
	advanceCue = &cueWords{
		en: []string{"before", "prior to", "in advance"},
		zh: []string{"提前", "生效前", "之前"},
		re: &lazy.Regexp{Expr: `(?i)\b(?:before|prior to|in advance)\b|提前|生效前|之前`},
	}
)
