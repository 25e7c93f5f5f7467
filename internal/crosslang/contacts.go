package crosslang

import (
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/lazy"
)

var (
	emailRe = &lazy.Regexp{Expr: `[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`}
	// "privacy [at] github [dot] com", written so to keep crawlers off
	obfuscatedRe = &lazy.Regexp{Expr: `(?i)\b[A-Za-z0-9._%+-]+\s*[\[(]\s*at\s*[\])]\s*[A-Za-z0-9-]+(?:\s*(?:[\[(]\s*dot\s*[\])]|\.)\s*[A-Za-z0-9-]+)+`}
	atDotRe      = &lazy.Regexp{Expr: `(?i)\s*[\[(]\s*(at|dot)\s*[\])]\s*`}
)

// Emails returns e-mail addresses, also when written "name [at] host [dot]
// com"; Key is the lower-case plain address.
func Emails(s string) []Span {
	obf := strings.Contains(s, "[at]") || strings.Contains(s, "(at)") || strings.Contains(s, "[ at ]")
	if !strings.Contains(s, "@") && !strings.Contains(s, "＠") && !obf {
		return nil
	}
	t := normalize(s)
	var out []Span
	for _, m := range emailRe.Re().FindAllStringIndex(t.s, -1) {
		out = append(out, Span{Text: t.orig(s, m[0], m[1]), Key: strings.ToLower(t.s[m[0]:m[1]]),
			Pos: t.off[m[0]], End: t.off[m[1]]})
	}
	for _, m := range findAll(obf, obfuscatedRe, t.s) {
		key := atDotRe.Re().ReplaceAllStringFunc(t.s[m[0]:m[1]], func(x string) string {
			if strings.Contains(strings.ToLower(x), "at") {
				return "@"
			}
			return "."
		})
		out = append(out, Span{Text: t.orig(s, m[0], m[1]), Key: strings.ToLower(key), Pos: t.off[m[0]], End: t.off[m[1]]})
	}
	sortByPos(out, func(s Span) int { return s.Pos })
	return out
}

// urlRe stops at the first non-ASCII character: Chinese text runs straight on
// after an address ("https://docs.github.com/，然后").
var urlRe = &lazy.Regexp{Expr: `(?i)\b(?:https?://|www\.)[!#-&*-;=?-Z^-z|~]+`}

// langSegment is a language path segment such as /en/ or /zh-cn/: the two
// language versions of a site legitimately link to their own language.
var langSegment = &lazy.Regexp{Expr: `(?i)/(?:en|cn|zh|ja|ko|de|fr|es|pt|ru|en-us|en-gb|zh-cn|zh-hans|zh-tw|zh-hant|pt-br|es-es)(/|$)`}

// URLs returns web addresses. Key drops the scheme, "www.", a trailing slash
// and a language path segment, so /en/... and /cn/... of one page agree.
func URLs(s string) []Span {
	if !strings.Contains(s, "http") && !strings.Contains(s, "www.") && !strings.Contains(s, "WWW.") {
		return nil
	}
	t := normalize(s)
	var out []Span
	for _, m := range urlRe.Re().FindAllStringIndex(t.s, -1) {
		e := m[1]
		for e > m[0] && strings.ContainsRune(".,;:!?*", rune(t.s[e-1])) {
			e--
		}
		u := strings.ToLower(t.s[m[0]:e])
		u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
		u = strings.TrimPrefix(u, "www.")
		u = langSegment.Re().ReplaceAllString(u, "/$1")
		u = strings.TrimRight(strings.ReplaceAll(u, "//", "/"), "/")
		out = append(out, Span{Text: t.orig(s, m[0], e), Key: u, Pos: t.off[m[0]], End: t.off[e]})
	}
	return out
}

var (
	phoneRe = &lazy.Regexp{Expr: `(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s*)?\d{2,4}(?:[\s-]\d{2,5}){0,3}`}
	extRe   = &lazy.Regexp{Expr: `(?i)^\s*(?:转|分机|ext\.?|extension|x)\s*(\d{1,6})`}
	tollRe  = &lazy.Regexp{Expr: `^(?:400|800)\d{7}$|^1[3-9]\d{9}$`}
)

// Phones returns telephone numbers with any extension ("400-098-8505 转 2",
// "+1 (415) 555-0100 ext. 12"). A run of digits counts only with at least 7
// digits and a separator, a "+" or "(", or the shape of a Chinese hotline or
// mobile number. Key is the digits, plus "x" and the extension.
func Phones(s string) []Span {
	return phones(s, append(append(Dates(s), Emails(s)...), URLs(s)...))
}

// phones finds telephone numbers outside the skip spans (dates, e-mails,
// URLs, whose digits are not phone numbers).
func phones(s string, skip []Span) []Span {
	if !hasDigitRun(s, 7) && !strings.ContainsAny(s, "０１２３４５６７８９") {
		return nil
	}
	t := normalize(s)
	var out []Span
	for _, m := range phoneRe.Re().FindAllStringIndex(t.s, -1) {
		p, e := m[0], m[1]
		for e > p && t.s[e-1] == ' ' {
			e--
		}
		raw := t.s[p:e]
		digits := onlyDigits(raw)
		if len(digits) < 7 || len(digits) > 15 {
			continue
		}
		if !strings.ContainsAny(raw, "-+(") && !tollRe.Re().MatchString(digits) {
			continue
		}
		if p > 0 && (isLatinLetter(rune(t.s[p-1])) || t.s[p-1] == '.' || t.s[p-1] >= '0' && t.s[p-1] <= '9') {
			continue
		}
		if overlaps(skip, t.off[p], t.off[e]) {
			continue
		}
		key := digits
		if x := extRe.Re().FindStringSubmatchIndex(t.s[e:]); x != nil {
			key += "x" + t.s[e+x[2]:e+x[3]]
			e += x[1]
		}
		out = append(out, Span{Text: t.orig(s, p, e), Key: key, Pos: t.off[p], End: t.off[e]})
	}
	return out
}

func hasDigitRun(s string, n int) bool {
	c := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			c++
			if c >= n {
				return true
			}
		}
	}
	return false
}

func onlyDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// Company names by their legal form. A name may hold a place in
// parentheses, as a group's arms are named: "Alipay (China) Network
// Technology Co., Ltd." and 支付宝（中国）网络技术有限公司 are whole names,
// not "Network Technology Co., Ltd." and 网络技术有限公司.
var (
	zhCompanyRe = &lazy.Regexp{Expr: `[\p{Han}A-Za-z0-9]{2,16}?(?:[（(][\p{Han}]{2,6}[）)][\p{Han}A-Za-z0-9]{0,16}?)?(?:有限责任公司|股份有限公司|有限公司|集团)`}
	enCompanyRe = &lazy.Regexp{Expr: `(?:(?:[A-Z][A-Za-z&.'-]*|\([A-Z][A-Za-z&.'-]*\))\s+){1,6}(?:Co\.,?\s*Ltd\.?|Inc\.|Ltd\.|LLC|Corporation|Limited|B\.V\.|GmbH)`}
)

// Org is an organisation named in a text.
type Org struct {
	Entry int    // glossary entry of the organisation, -1 when not in the glossary
	Text  string // the fullest form found ("华为技术有限公司" rather than "华为")
}

// Orgs returns the organisations named in s: glossary entries tagged "org",
// and company names by their legal suffix (Co., Ltd., Inc., 有限公司, 集团).
func Orgs(s string, lang doc.Lang, g *glossary.Glossary) []Org {
	return orgs(s, lang, g, g.Find(s, lang), append(Emails(s), URLs(s)...))
}

var companySuffixes = []string{"公司", "集团", "Co.", "Inc.", "Ltd", "LLC", "Corporation", "Limited", "B.V.", "GmbH"}

func orgs(s string, lang doc.Lang, g *glossary.Glossary, terms []glossary.Match, skip []Span) []Org {
	s = blank(s, skip) // jdcloud@jd.com names no company
	if len(skip) > 0 {
		terms = g.Find(s, lang)
	}
	re := enCompanyRe
	if lang == doc.Chinese {
		re = zhCompanyRe
	}
	var companies []string
	if containsAnyOf(s, companySuffixes) {
		companies = re.Re().FindAllString(s, -1)
	}
	used := make([]bool, len(companies))
	key := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, " ", "")) }
	keys := make([]string, len(companies))
	for i, c := range companies {
		keys[i] = key(c)
	}
	var out []Org
	seen := map[int]bool{}
	for k, m := range terms {
		if g.Entry(m.Entry).Tag != "org" || seen[m.Entry] {
			continue
		}
		seen[m.Entry] = true
		o := Org{Entry: m.Entry, Text: m.Text}
		// The fullest form is a company name holding any form of the
		// organisation met in s, not only the first: "微信登录 … 腾讯（深圳）
		// 计算机系统有限公司" names Tencent by its company. (A form met
		// before m would have made its entry seen already.)
	find:
		for _, n := range terms[k:] {
			if n.Entry != m.Entry {
				continue
			}
			for i, c := range companies {
				if strings.Contains(keys[i], key(n.Text)) {
					o.Text, used[i] = strings.TrimSpace(c), true
					break find
				}
			}
		}
		out = append(out, o)
	}
	for i, c := range companies {
		if !used[i] {
			out = append(out, Org{Entry: -1, Text: strings.TrimSpace(c)})
		}
	}
	return out
}

// blank replaces the spans with spaces, keeping offsets.
func blank(s string, spans []Span) string {
	if len(spans) == 0 {
		return s
	}
	b := []byte(s)
	for _, sp := range spans {
		for i := sp.Pos; i < sp.End; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}
