package material

import (
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/lazy"
)

// materialRe finds the clause by what it says, never by its number: 9.2 of
// the JD Cloud privacy policy is force majeure in the JD Cloud service terms.
const materialExpr = `(?i)\b(?:material|major|significant) changes?\b|\bmore (?:remarkable|prominent|conspicuous) notice|重大变更|重大变化|显著的通知|更为显著`

var materialRe = &lazy.Regexp{Expr: materialExpr}

var materialScan = &lazy.Value[*lexScanner]{New: func() *lexScanner {
	return tableScanner([]string{materialExpr}, materialAlts, &materialTable)
}}

// materialAlts are the alternatives of materialExpr, split when the
// scanner is first needed rather than at package init.
func materialAlts() [][]string { return [][]string{flagAlts(materialExpr)} }

// mentionsMaterial is materialRe.MatchString, tried only where a match can
// begin (see lexScanner): most clauses of a policy are read here.
func mentionsMaterial(text string) bool {
	// Every match holds one of materialNeed: most clauses fail this at the
	// speed of strings.IndexByte.
	if !materialNeeds.Get().in(text) {
		return false
	}
	s := materialScan.Get()
	if !s.scanned[0] || foldsToASCII(text) {
		return materialRe.Re().MatchString(text)
	}
	n, _ := s.findAll(0, text, s.candidates(text)[0])
	return n > 0
}

// clauseMentionsMaterial is mentionsMaterial(c.Full()) without building
// the full text, for every clause of a version: no match of materialExpr
// holds a line break, so none spans the one between heading and text, and
// either side of it reads as the end of a text does to \b
// (TestClauseMentionsMaterial).
func clauseMentionsMaterial(c *doc.Clause) bool {
	return mentionsMaterial(c.Heading) || mentionsMaterial(c.Text)
}

// FindClause returns the clause of d that lists what counts as a material
// change, with its items, or nil. A clause that only mentions material
// changes without listing them ("we will notify you of material changes")
// is not that list.
func FindClause(d *doc.Document) *change.MaterialClause {
	if d == nil {
		return nil
	}
	var best *change.MaterialClause
	d.Walk(func(c *doc.Clause) bool {
		if best != nil {
			return false
		}
		if !clauseMentionsMaterial(c) {
			return true
		}
		items := itemsOf(c)
		if len(items) < 3 || !listsChanges(items) && !leadsToChanges(c) {
			return true
		}
		best = &change.MaterialClause{ID: c.ID, Label: c.Label, Text: c.Full(), Items: items}
		return false
	})
	return best
}

// A clause that mentions material changes beside a list of something else
// ("… any material change … we will provide you with more information.
// The aim of this Policy is to: ensure …; explain …", Spotify's "About
// this Policy") is not the list. The list is one when its items describe
// changes (listsChanges) or the sentence that leads into it names material
// changes (leadsToChanges).

// listsChanges reports whether at least half of items describe a change,
// as the items of a material-change list do ("Great changes in ownership
// …", 个人信息共享、转让或公开披露的主要对象发生变化).
func listsChanges(items []string) bool {
	n := 0
	for _, it := range items {
		if changeWordRe.Re().MatchString(it) {
			n++
		}
	}
	return 2*n >= len(items)
}

// leadsToChanges reports whether the last sentence of c's text before its
// items ("本政策所指的重大变更包括但不限于：") names material changes.
func leadsToChanges(c *doc.Clause) bool {
	lines := strings.Split(c.Full(), "\n")
	for i, line := range lines {
		if i > 0 && itemLabelEnd(line) >= 0 {
			lines = lines[:i]
			break
		}
	}
	return mentionsMaterial(lastSentence(strings.TrimSpace(strings.Join(lines, "\n"))))
}

var changeWordRe = &lazy.Regexp{Expr: `(?i)\b(?:chang\w*|modif\w*|alter\w*|amend\w*|adjust\w*|new|added|becom\w*)\b|变化|变更|变动|调整|改变|发生`}

// itemsOf collects the items of the list a clause introduces: its
// children; failing that the item-labelled siblings that follow it (a flat
// parse); failing that item-labelled lines of its own text.
func itemsOf(c *doc.Clause) []string {
	var items []string
	for _, ch := range c.Children {
		if t := strings.TrimSpace(ch.Full()); t != "" {
			items = append(items, stripItemLabel(t))
		}
	}
	if len(items) > 0 {
		return items
	}
	if p := c.Parent; p != nil {
		after := false
		for _, s := range p.Children {
			if s == c {
				after = true
				continue
			}
			if !after {
				continue
			}
			if s.Label == "" || itemLabelEnd(s.Label) < 0 {
				break
			}
			items = append(items, stripItemLabel(s.Full()))
		}
		if len(items) > 0 {
			return items
		}
	}
	for _, line := range strings.Split(c.Text, "\n") {
		if itemLabelEnd(line) >= 0 {
			items = append(items, stripItemLabel(line))
		}
	}
	return items
}

func stripItemLabel(s string) string {
	s = strings.TrimSpace(s)
	if end := itemLabelEnd(s); end >= 0 {
		s = s[end:]
	}
	return strings.TrimSpace(s)
}

// Builtin returns the six items of the GB/T 35273 material-change list that
// JD Cloud 9.2 and many Chinese privacy policies carry, for documents that
// list none themselves.
func Builtin(lang doc.Lang) *change.MaterialClause {
	if lang == doc.Chinese {
		return &change.MaterialClause{
			Side: "builtin",
			Text: "两份文件均未列出何为重大变更，以下采用 GB/T 35273《个人信息安全规范》（京东云隐私政策第9.2条同此）所列的重大变更：",
			Items: []string{
				"我们的服务模式发生重大变化。如处理个人信息的目的、处理的个人信息类型、个人信息的使用方式等；",
				"我们在所有权结构、组织架构等方面发生重大变化。如业务调整、破产并购等引起的所有者变更等；",
				"个人信息共享、转让或公开披露的主要对象发生变化；",
				"您参与个人信息处理方面的权利及其行使方式发生重大变化；",
				"我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化；",
				"个人信息安全影响评估报告表明存在高风险。",
			},
		}
	}
	return &change.MaterialClause{
		Side: "builtin",
		Text: "Neither document lists what counts as a material change; the list of GB/T 35273 (as in clause 9.2 of the JD Cloud privacy policy) is used:",
		Items: []string{
			"Great changes in the service mode, such as the purpose of processing personal information, the types of personal information processed and the way it is used;",
			"Great changes in ownership structure or organisation, such as a change of owner caused by business adjustment, bankruptcy, merger or acquisition;",
			"Changes in the main recipients of personal information sharing, transfer or public disclosure;",
			"Great changes in users' rights to take part in the processing of personal information and the ways to exercise them;",
			"Changes in the department responsible for personal information security, its contact method or the complaint channel;",
			"A personal information security impact assessment showing a high risk.",
		},
	}
}
