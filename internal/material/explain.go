package material

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/lazy"
)

var zhCategoryNames = [...]string{
	"",
	"个人信息处理的目的、类型或使用方式",
	"所有权结构或组织架构",
	"个人信息共享、转让或公开披露的主要对象",
	"您对个人信息的权利及其行使方式",
	"个人信息安全的责任部门、联络方式或投诉渠道",
	"个人信息安全影响评估显示存在高风险",
}

// CategoryName names a category (1..6) in the reader's language.
func CategoryName(cat int, lang doc.Lang) string {
	if cat < 1 || cat > 6 {
		return ""
	}
	if lang == doc.Chinese {
		return zhCategoryNames[cat]
	}
	return change.CategoryNames[cat]
}

var entityWords = &lazy.Value[map[string][2]string]{New: func() map[string][2]string {
	return map[string][2]string{
		entEmail:   {"the email address", "电子邮箱"},
		entPhone:   {"the phone number", "电话号码"},
		entURL:     {"the web address", "网址"},
		entCompany: {"the company", "公司"},
		entAddress: {"the postal address", "联系地址"},
	}
}}

var (
	countEvRe  = &lazy.Regexp{Expr: `^"(.*)": (\d+) → (\d+)$`}
	entityEvRe = &lazy.Regexp{Expr: `^(\w+) (.*?)(?: → (.*)| added| removed)$`}
	// periodEvRe reads durationRules' evidence: "<kind> X → Y", "<kind> X
	// added" or "removed", the last two perhaps with the length the other
	// version states elsewhere ("…, Y in another clause").
	periodEvRe = &lazy.Regexp{Expr: `^(reply deadline|retention period|notice period) (.*?)(?: → (.*)| (added|removed))(?:, (.*) (?:in|gone from) another clause)?$`}
)

// periodWords says what a kind of period bounds, in English and Chinese.
func periodWords(kind string) (en, zh string) {
	switch kind {
	case "retention period":
		return "how long we keep your information", "个人信息保存期限"
	case "notice period":
		return "how long in advance we tell you", "提前通知的期限"
	}
	return "the time we take to reply", "答复期限"
}

// periodChange reads a period's evidence as what it was and what it is
// ("" for a period added or removed outright).
func periodChange(m []string) (from, to string) {
	switch {
	case m[3] != "":
		return m[2], m[3]
	case m[5] != "" && m[4] == "removed":
		return m[2], m[5]
	case m[5] != "":
		return m[5], m[2]
	case m[4] == "added":
		return "", m[2]
	}
	return m[2], ""
}

// Explain puts one reason in plain words for a notice to users: what the
// rule saw, without the rule's name.
func Explain(r change.Reason, lang doc.Lang) string {
	zh := lang == doc.Chinese
	pick := func(en, cn string) string {
		if zh {
			return cn
		}
		return en
	}
	rule := r.Rule
	switch {
	case rule == "processing.negation.removed":
		return pick("now allows what it used to rule out", "改为允许原先明确排除的做法")
	case rule == "processing.negation.added":
		return pick("now rules out what it used to allow", "改为排除原先允许的做法")
	case rule == "processing.consent.removed":
		return pick("no longer asks for your consent", "不再征得您的同意")
	case rule == "processing.consent.added":
		return pick("now asks for your consent", "改为征得您的同意")
	case rule == "processing.limit.removed":
		return pick("no longer limits it as it did", "取消了原有的限定")
	case rule == "processing.limit.added":
		return pick("now limits it further", "增加了限定条件")
	case rule == "data.children.age-changed":
		if from, to, ok := strings.Cut(strings.TrimPrefix(r.Evidence, "age "), " → "); ok {
			return pick("changes the age that sets who counts as a child from "+from+" to "+to, "儿童的年龄标准由"+from+"改为"+to)
		}
	case strings.HasSuffix(rule, ".added") || strings.HasSuffix(rule, ".removed"):
		if m := countEvRe.Re().FindStringSubmatch(r.Evidence); m != nil {
			// A word still there, less or more often, is not gone or new.
			switch {
			case strings.HasSuffix(rule, ".added") && m[2] != "0":
				return pick(fmt.Sprintf("mentions “%s” more often (%s → %s)", m[1], m[2], m[3]), fmt.Sprintf("更多提及“%s”（%s → %s）", m[1], m[2], m[3]))
			case strings.HasSuffix(rule, ".added"):
				return pick(fmt.Sprintf("now mentions “%s”", m[1]), fmt.Sprintf("新增“%s”", m[1]))
			case m[3] != "0":
				return pick(fmt.Sprintf("mentions “%s” less often (%s → %s)", m[1], m[2], m[3]), fmt.Sprintf("减少提及“%s”（%s → %s）", m[1], m[2], m[3]))
			}
			return pick(fmt.Sprintf("no longer mentions “%s”", m[1]), fmt.Sprintf("删去了“%s”", m[1]))
		}

	case rule == "rights.negated":
		return pick("now says you cannot do what it used to allow", "改为不允许原先允许的操作")
	}
	if m := periodEvRe.Re().FindStringSubmatch(r.Evidence); m != nil {
		what := pick(periodWords(m[1]))
		switch from, to := periodChange(m); {
		case from != "" && to != "":
			return pick(fmt.Sprintf("changes %s from %s to %s", what, from, to), fmt.Sprintf("%s由%s改为%s", what, from, to))
		case to != "":
			return pick(fmt.Sprintf("sets %s at %s", what, to), fmt.Sprintf("规定%s为%s", what, to))
		default:
			return pick(fmt.Sprintf("no longer promises %s of %s", what, from), fmt.Sprintf("不再承诺%s%s", what, from))
		}
	}
	if m := entityEvRe.Re().FindStringSubmatch(r.Evidence); m != nil {
		if w, ok := entityWords.Get()[m[1]]; ok {
			switch {
			case m[3] != "":
				return pick(fmt.Sprintf("replaces %s %s with %s", w[0], m[2], m[3]), fmt.Sprintf("%s由 %s 改为 %s", w[1], m[2], m[3]))
			case strings.HasSuffix(r.Evidence, " added"):
				return pick(fmt.Sprintf("adds %s %s", w[0], m[2]), fmt.Sprintf("新增%s %s", w[1], m[2]))
			}
			return pick(fmt.Sprintf("removes %s %s", w[0], m[2]), fmt.Sprintf("删去了%s %s", w[1], m[2]))
		}
	}
	return r.Evidence
}

// ContactEmails lists the email addresses of d's contact section (or of
// the whole document when it has none), for the closing line of a notice.
func ContactEmails(d *doc.Document) []string {
	if d == nil {
		return nil
	}
	var b strings.Builder
	// Every clause of a section asks about the same headings.
	memo := map[string]int{}
	for _, c := range d.Flatten() {
		if sectionCategoryIn(c, memo) == 5 {
			b.WriteString(c.Full() + "\n")
		}
	}
	text := b.String()
	if text == "" {
		text = wholeText(d)
	}
	var out []string
	seen := map[string]bool{}
	for _, m := range emailRe.Re().FindAllString(text, -1) {
		if k := strings.ToLower(m); !seen[k] {
			seen[k] = true
			out = append(out, m)
		}
	}
	return out
}

// EvidenceTerms returns the words a reason's evidence names (the concept's
// wording, the entities, the periods), so that a notice can quote the
// sentences that hold them.
func EvidenceTerms(r change.Reason) []string {
	if m := countEvRe.Re().FindStringSubmatch(r.Evidence); m != nil {
		return []string{m[1]}
	}
	var raw []string
	if m := periodEvRe.Re().FindStringSubmatch(r.Evidence); m != nil {
		// Only the periods this clause states: one "in another clause" is
		// not in the sentences a notice quotes from it.
		raw = []string{m[2], m[3]}
	} else if m := entityEvRe.Re().FindStringSubmatch(r.Evidence); m != nil {
		if _, ok := entityWords.Get()[m[1]]; ok {
			raw = append(strings.Split(m[2], ", "), strings.Split(m[3], ", ")...)
		}
	}
	var out []string
	for _, t := range raw {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}
