package doc

import "strings"

// BuNegates reports whether a 不 followed by next negates the verb after
// it. 不同 (different), 不断 (continually), 不仅 (not only), 不限于
// (including) and their like are words of their own that negate nothing:
// "我们会从不同来源收集" collects from different sources.
func BuNegates(next rune) bool { return !strings.ContainsRune(notNegating, next) }

const notNegating = "断同仅限少足良当利适满便安时论管过然但如久"
