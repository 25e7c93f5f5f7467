package doc

import (
	"strings"
	"unicode/utf8"
)

// BuNegates reports whether a 不 followed by after negates the verb that
// follows it. 不同 (different), 不断 (continually), 不仅 (not only), 不限于
// (including), 不定期 (from time to time), 不特定 (unspecified) and their like
// are words of their own that negate nothing: "我们会从不同来源收集" collects
// from different sources. 不同意 (disagree) is a negation; 不同意见 (different
// opinions) is not.
func BuNegates(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return !strings.ContainsRune(notNegating, r) || strings.HasPrefix(after, "同意") && !strings.HasPrefix(after, "同意见")
}

const notNegating = "断同仅限少足良当利适满便安时论管过然但如久定特"

// NotNegates reports whether a "not" that comes after before negates a
// verb: in "whether or not" and "if not otherwise required" it negates
// none. before is the text up to the "not".
func NotNegates(before string) bool {
	t := strings.TrimRight(before, " ")
	for _, w := range [...]string{"or", "if"} {
		n := len(t) - len(w)
		if n >= 0 && strings.EqualFold(t[n:], w) && (n == 0 || !isWordByte(t[n-1])) {
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}
