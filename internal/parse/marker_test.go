package parse

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

// TestNumberingStyles pins every numbering style the seeds use and their
// common neighbours, in both languages and in full-width forms: the id a
// marker gets under a known parent, and its printed label.
func TestNumberingStyles(t *testing.T) {
	tests := []struct {
		name, text, id, label string
	}{
		{"roman section", "IX. Notification and Revision\n\ntext.", "9", "IX."},
		{"bold roman", "**IX. Notification and Revision**\n\ntext.", "9", "IX."},
		{"roman with split bold", "**III. ** **Circumstances in which**\n\ntext.", "3", "III."},
		{"roman XXXIX", "XXXIX. Last\n\ntext.", "39", "XXXIX."},
		{"chinese section", "九、通知和修订\n\n正文。", "9", "九、"},
		{"chinese ten", "十、如何联系我们\n\n正文。", "10", "十、"},
		{"chinese twelve", "十二、其他\n\n正文。", "12", "十二、"},
		{"chinese twenty", "二十、其他\n\n正文。", "20", "二十、"},
		{"chinese ninety-nine", "九十九、其他\n\n正文。", "99", "九十九、"},
		{"chinese hundred", "一百、其他\n\n正文。", "100", "一百、"},
		{"chinese hundred and one", "一百零一、其他\n\n正文。", "101", "一百零一、"},
		{"article", "第十二条 个人信息的保护\n\n正文。", "12", "第十二条"},
		{"article arabic", "第3条 定义\n\n正文。", "3", "第3条"},
		{"roman numeral character", "Ⅸ、通知和修订\n\n正文。", "9", "Ⅸ、"},
		{"chapter", "第一章 总则\n\n正文。", "C1", "第一章"},
		{"arabic item", "7. Notification\n\ntext.", "7", "7."},
		{"arabic ideographic comma", "7、通知\n\n正文。", "7", "7、"},
		{"full-width digit", "７．通知\n\n正文。", "7", "７．"},
		{"dotted", "4.1.1 When you create an account, we collect your phone number.", "4.1.1", "4.1.1"},
		{"dotted trailing dot", "7.3.1. Where our handling violates laws;", "7.3.1", "7.3.1."},
		{"deep dotted", "3.1.3.7.1 Political propaganda;", "3.1.3.7.1", "3.1.3.7.1"},
		{"dotted bold glued", "**4.2.4****We will receive and collect relevant information.**", "4.2.4", "4.2.4"},
		{"markdown escaped", "1\\. About this Policy\n\ntext.", "1", "1\\."},
		{"paren arabic alone", "(3) Changes in main objects;", "(3)", "(3)"},
		{"full-width paren", "（3）主要对象发生变化；", "(3)", "（3）"},
		{"bulleted paren", "- (3) 个人信息共享发生变化;", "(3)", "(3)"},
		{"parenthesised digit char", "⑶ 主要对象发生变化；", "(3)", "⑶"},
		{"circled", "③ 主要对象发生变化；", "(3)", "③"},
		{"letter", "(b) the second item;", "(b)", "(b)"},
		{"roman small", "(ii) the second item;", "(ii)", "(ii)"},
		{"roman small bare", "iv) the fourth item;", "(iv)", "iv)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.text, Hint{})
			c := d.Find(tt.id)
			if c == nil {
				t.Fatalf("no clause %s in\n%s", tt.id, outline(d))
			}
			if c.Label != tt.label {
				t.Errorf("label = %q, want %q", c.Label, tt.label)
			}
		})
	}
}

// TestNesting checks ids built from the style stack: items under sections,
// parenthesised items appended, dotted numbers absolute.
func TestNesting(t *testing.T) {
	tests := []struct {
		name string
		text string
		ids  []string
	}{
		{"mall style", "VII. Notification and Revision\n1. We update it.\n2. As for material changes:\n(1) one;\n(2) two;\n3. Archive.",
			[]string{"7", "7.1", "7.2", "7.2(1)", "7.2(2)", "7.3"}},
		{"cloud style", "IX. Notification\n\n9.1 We update.\n\n9.2 Material changes:\n\n(1) one;\n\n(2) two;\n\n9.3 Archive.",
			[]string{"9", "9.1", "9.2", "9.2(1)", "9.2(2)", "9.3"}},
		{"chinese cloud style", "九、通知和修订\n\n9.2 对于重大变更：\n\n（1）一；\n\n- (2) 二；\n\n十、联系我们\n\n10.1 正文。",
			[]string{"9", "9.2", "9.2(1)", "9.2(2)", "10", "10.1"}},
		{"sub sections", "I. Collect\n(I) You must authorize\n1. Shopping\n(1) Registration\n(2) Search\n2. Security\n(II) Optional\n1. Fun\nII. Cookies",
			[]string{"1", "1.1", "1.1.1", "1.1.1(1)", "1.1.1(2)", "1.1.2", "1.2", "1.2.1", "2"}},
		{"chinese sub sections", "一、收集\n（一）您须授权\n1、购物\n（1）注册\n①账号\n②密码\n（2）搜索\n（二）可选\n二、Cookie",
			[]string{"1", "1.1", "1.1.1", "1.1.1(1)", "1.1.1(1).1", "1.1.1(1).2", "1.1.1(2)", "1.2", "2"}},
		{"roman numeral characters nested", "Ⅱ、共享\n（Ⅰ）共享\n1、关联方。", []string{"2", "2.1", "2.1.1"}},
		{"circled under item", "第一条 定义\n1、账户\n①手机号；\n②邮箱。",
			[]string{"1", "1.1", "1.1(1)", "1.1(2)"}},
		{"chapters and articles", "第一章 总则\n第一条 目的。\n第二条 范围。\n第二章 权利\n第三条 访问。",
			[]string{"C1", "1", "2", "C2", "3"}},
		{"letters and romans", "1. Rights\n(a) access;\n(b) deletion:\n(i) online;\n(ii) by mail;\n(c) portability.",
			[]string{"1", "1(a)", "1(b)", "1(b)(i)", "1(b)(ii)", "1(c)"}},
		{"letter i after h", "1. List\n(g) seven;\n(h) eight;\n(i) nine;\n(j) ten.",
			[]string{"1", "1(g)", "1(h)", "1(i)", "1(j)"}},
		{"romans under h", "1. List\n(g) seven;\n(h) eight, namely:\n(i) first;\n(ii) second;\n(j) ten.",
			[]string{"1", "1(g)", "1(h)", "1(h)(i)", "1(h)(ii)", "1(j)"}},
		{"terms style", "1. Service Content\n1.1 Services means.\n1.2 Comply.\n2. Service Fee\n2.1 Fee.\n2.2 Payment Mode:\n2.2.1 Pay-In-Advance\n2.2.1.1 After you pay.\n2.3 Reserve.",
			[]string{"1", "1.1", "1.2", "2", "2.1", "2.2", "2.2.1", "2.2.1.1", "2.3"}},
		{"dotted returns to closed parent", "I. A\n1.1 one.\nII. B\n2.1 two.\n1.2 late.",
			[]string{"1", "1.1", "1.2", "2", "2.1"}}, // tree order: 1.2 went home to 1
		{"sloppy number in sequence", "III. Sharing\n1. We will not share.\n2 We may share with affiliates.\n3. We may share orders.",
			[]string{"3", "3.1", "3.2", "3.3"}},
		{"attachment", "I. Scope\n1.1 Text.\n\nâ€ƒ **Attachment: Instructions for Cancellation**\n\n1. The account.\n\n2. Login.",
			[]string{"1", "1.1", "A1", "A1.1", "A1.2"}},
		{"chinese attachment", "一、范围\n1.1 正文。\n\n附件: 《京东云账户注销须知》\n\n1. 账户信息。\n\n附录二 术语\n\n1. 术语。",
			[]string{"1", "1.1", "A1", "A1.1", "A2", "A2.1"}},
		{"restart disambiguated", "I. A\n1. one.\n2. two.\n\nMore text.\n\n1. again.\n2. again two.",
			[]string{"1", "1.1", "1.2", "1.1~2", "1.2~2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.text, Hint{})
			var got []string
			d.Walk(func(c *doc.Clause) bool {
				if c.ID != "0" {
					got = append(got, c.ID)
				}
				return true
			})
			if strings.Join(got, " ") != strings.Join(tt.ids, " ") {
				t.Errorf("ids\n got %v\nwant %v\n%s", got, tt.ids, outline(d))
			}
		})
	}
}

func TestNumerals(t *testing.T) {
	cn := []struct {
		s string
		n int
	}{
		{"一", 1}, {"九", 9}, {"十", 10}, {"十一", 11}, {"十九", 19}, {"二十", 20}, {"二十一", 21},
		{"四十五", 45}, {"九十九", 99}, {"一百", 100}, {"一百零一", 101}, {"一百一十", 110}, {"两百", 200}, {"〇", 0},
	}
	for _, tt := range cn {
		if n, k := chineseNumber([]rune(tt.s + "、")); n != tt.n || k != len([]rune(tt.s)) {
			t.Errorf("chineseNumber(%s) = %d, %d", tt.s, n, k)
		}
	}
	roman := map[string]int{"I": 1, "IV": 4, "IX": 9, "XIV": 14, "XXXIX": 39, "ii": 2, "xii": 12, "IIII": 0, "VX": 0, "IiI": 0, "XL": 0}
	for s, want := range roman {
		if got := romanNumber(s); got != want {
			t.Errorf("romanNumber(%s) = %d, want %d", s, got, want)
		}
	}
}

// TestNotMarkers keeps prose that merely starts with a number or a word out
// of the numbering.
func TestNotMarkers(t *testing.T) {
	for _, line := range []string{
		"2020-07-28 is the date.", "99.9% uptime is promised.", "1.5million users.", "55 Almaden Blvd, Suite 600",
		"I am a user.", "Schedule a demo with us today.", "Annexed documents apply.", "一个用户。", "(including updated versions)",
		"第三方机构名称", "2020.7.28 更新",
	} {
		if m := detectMarker(line, &slab[marker]{}); m != nil && !m.sloppy {
			t.Errorf("%q read as marker %q", line, m.label)
		}
	}
}
