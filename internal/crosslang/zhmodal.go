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
	best, word := -1, ""
	try := func(at int, w string) {
		if at >= 0 && (best < 0 || at < best) {
			best, word = at, w
		}
	}
	// 必须, but not 所必须 or 必须的 ("necessary"), nor 不必须, 无必须.
	for from := 0; ; {
		k := strings.Index(s[from:], "必须")
		if k < 0 {
			break
		}
		k += from
		from = k + len("必须")
		prev, size := utf8.DecodeLastRuneInString(s[:k])
		next, _ := utf8.DecodeRuneInString(s[from:])
		if k > 0 && strings.ContainsRune("所不无", prev) || from < len(s) && next == '的' {
			continue
		}
		if k > 0 {
			try(k-size, "必须")
		} else {
			try(k, "必须")
		}
		break
	}
	try(strings.Index(s, "应当"), "应当")
	try(strings.Index(s, "应该"), "应该")
	// 应 after its subject: 您应, 我们应当, "，应事先"; not 相应, 应用.
	for from := 0; ; {
		k := strings.Index(s[from:], "应")
		if k < 0 {
			break
		}
		k += from
		from = k + len("应")
		next, _ := utf8.DecodeRuneInString(s[from:])
		if from >= len(s) || strings.ContainsRune("用急对有享", next) {
			continue
		}
		at := k
		for at > 0 && strings.IndexByte("\t\n\f\r ", s[at-1]) >= 0 {
			at--
		}
		if sub := subjectBefore(s[:at], []string{"您", "你", "我们", "用户", "双方", "者", "均", "也", "并", "则", "，", ",", "；"}); sub >= 0 {
			w := "应"
			if strings.HasPrefix(s[from:], "当") || strings.HasPrefix(s[from:], "该") {
				w += s[from : from+len("当")]
			}
			try(sub, w)
			break
		}
	}
	// 须 after 您, 你, 用户 or 我们, but not 须知 (a notice).
	for from := 0; ; {
		k := strings.Index(s[from:], "须")
		if k < 0 {
			break
		}
		k += from
		from = k + len("须")
		next, _ := utf8.DecodeRuneInString(s[from:])
		if from >= len(s) || next == '知' {
			continue
		}
		if sub := subjectBefore(s[:k], []string{"您", "你", "用户", "我们"}); sub >= 0 {
			try(sub, "须")
			break
		}
	}
	try(strings.Index(s, "有义务"), "有义务")
	try(strings.Index(s, "务必"), "务必")
	return best, word
}

func zhPermittedAt(s string) (int, string) {
	best, word := -1, ""
	try := func(at int, w string) {
		if at >= 0 && (best < 0 || at < best) {
			best, word = at, w
		}
	}
	try(strings.Index(s, "可以"), "可以")
	try(strings.Index(s, "可能"), "可能")
	try(strings.Index(s, "能够"), "能够")
	// 有权, but not 有权机关 (an authority).
	for from := 0; ; {
		k := strings.Index(s[from:], "有权")
		if k < 0 {
			break
		}
		k += from
		from = k + len("有权")
		if strings.HasPrefix(s[from:], "机") {
			continue
		}
		try(k, "有权")
		break
	}
	// 可 after its subject: 您可联系.
	for from := 0; ; {
		k := strings.Index(s[from:], "可")
		if k < 0 {
			break
		}
		k += from
		from = k + len("可")
		if sub := subjectBefore(s[:k], []string{"您", "你", "用户", "我们", "方"}); sub >= 0 {
			w := "可"
			if strings.HasPrefix(s[from:], "以") {
				w = "可以"
			}
			try(sub, w)
			break
		}
	}
	return best, word
}

// subjectBefore is where the one of subjects that s ends with starts, or
// -1.
func subjectBefore(s string, subjects []string) int {
	for _, sub := range subjects {
		if strings.HasSuffix(s, sub) {
			return len(s) - len(sub)
		}
	}
	return -1
}
