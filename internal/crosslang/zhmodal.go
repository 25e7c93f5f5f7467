package crosslang

import (
	"strings"
	"unicode/utf8"
)

// zhObligingAt and zhPermittedAt find the first Chinese modal that obliges
// (必须, 应当, 您应, 您须 …) or permits (可以, 有权, 您可 …): where its match
// starts, with the subject it needs, and the modal, or -1. They match by
// hand the patterns TestZhModalsAreThePatterns keeps: Go tried those at
// every byte of a Chinese clause, where 应 and 可 stand in words that are
// no modals (相应, 可能性) too often for a substring test to spare the try.
func zhObligingAt(s string) (int, string) {
	m := firstMatch{at: -1}
	// 必须, but not 所必须 or 必须的 ("necessary"), nor 不必须, 无必须.
	m.first(s, "必须", func(k, end int) (int, string) {
		prev, size := utf8.DecodeLastRuneInString(s[:k])
		next, _ := utf8.DecodeRuneInString(s[end:])
		if k > 0 && strings.ContainsRune("所不无", prev) || end < len(s) && next == '的' {
			return -1, ""
		}
		if k > 0 {
			return k - size, "必须" // the pattern reads the character before
		}
		return k, "必须"
	})
	m.try(strings.Index(s, "应当"), "应当")
	m.try(strings.Index(s, "应该"), "应该")
	// 应 after its subject: 您应, 我们应当, "，应事先"; not 相应, 应用.
	m.first(s, "应", func(k, end int) (int, string) {
		next, _ := utf8.DecodeRuneInString(s[end:])
		if end >= len(s) || strings.ContainsRune("用急对有享", next) {
			return -1, ""
		}
		at := k
		for at > 0 && strings.IndexByte("\t\n\f\r ", s[at-1]) >= 0 {
			at--
		}
		sub := subjectBefore(s[:at], "您", "你", "我们", "用户", "双方", "者", "均", "也", "并", "则", "，", ",", "；")
		if sub < 0 {
			return -1, ""
		}
		if next == '当' || next == '该' {
			return sub, s[k : end+len("当")]
		}
		return sub, "应"
	})
	// 须 after 您, 你, 用户 or 我们, but not 须知 (a notice).
	m.first(s, "须", func(k, end int) (int, string) {
		next, _ := utf8.DecodeRuneInString(s[end:])
		if end >= len(s) || next == '知' {
			return -1, ""
		}
		return subjectBefore(s[:k], "您", "你", "用户", "我们"), "须"
	})
	m.try(strings.Index(s, "有义务"), "有义务")
	m.try(strings.Index(s, "务必"), "务必")
	return m.at, m.word
}

func zhPermittedAt(s string) (int, string) {
	m := firstMatch{at: -1}
	m.try(strings.Index(s, "可以"), "可以")
	m.try(strings.Index(s, "可能"), "可能")
	m.try(strings.Index(s, "能够"), "能够")
	// 有权, but not 有权机关 (an authority).
	m.first(s, "有权", func(k, end int) (int, string) {
		if strings.HasPrefix(s[end:], "机") {
			return -1, ""
		}
		return k, "有权"
	})
	// 可 after its subject: 您可联系.
	m.first(s, "可", func(k, end int) (int, string) {
		w := "可"
		if strings.HasPrefix(s[end:], "以") {
			w = "可以"
		}
		return subjectBefore(s[:k], "您", "你", "用户", "我们", "方"), w
	})
	return m.at, m.word
}

// firstMatch is the leftmost of the matches tried, the first tried on a
// tie, as a pattern's alternation takes it; at is -1 until one is.
type firstMatch struct {
	at   int
	word string
}

func (m *firstMatch) try(at int, word string) {
	if at >= 0 && (m.at < 0 || at < m.at) {
		m.at, m.word = at, word
	}
}

// first tries the first occurrence of sub in s that check accepts: check
// is given where it starts and ends, and says where the match starts and
// its modal, or -1.
func (m *firstMatch) first(s, sub string, check func(k, end int) (int, string)) {
	for from := 0; ; {
		k := strings.Index(s[from:], sub)
		if k < 0 {
			return
		}
		k += from
		from = k + len(sub)
		if at, w := check(k, from); at >= 0 {
			m.try(at, w)
			return
		}
	}
}

// subjectBefore is where the one of subjects that s ends with starts, or
// -1.
func subjectBefore(s string, subjects ...string) int {
	for _, sub := range subjects {
		if strings.HasSuffix(s, sub) {
			return len(s) - len(sub)
		}
	}
	return -1
}
