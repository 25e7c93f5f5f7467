package doc

import (
	"strings"
	"unicode/utf8"
)

// BuNegates reports whether a 不 followed by after negates the verb that
// follows it. 不同 (different), 不断 (continually), 不仅 (not only), 不限于
// (including), 不定期 (from time to time), 不特定 (unspecified) and their like
// are words of their own that negate nothing: "我们会从不同来源收集" collects
// from different sources. 不同意 (disagree) is a negation.
func BuNegates(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return !strings.ContainsRune(notNegating, r) || strings.HasPrefix(after, "同意")
}

const notNegating = "断同仅限少足良当利适满便安时论管过然但如久定特"
