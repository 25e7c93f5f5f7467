package parse

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

// checkInvariants holds for every parsed document: unique ids, no clause
// without words, no markdown left in what readers see.
func checkInvariants(t *testing.T, d *doc.Document) {
	t.Helper()
	seen := map[string]bool{}
	d.Walk(func(c *doc.Clause) bool {
		if seen[c.ID] {
			t.Errorf("duplicate id %q", c.ID)
		}
		seen[c.ID] = true
		if c.Heading == "" && c.Text == "" && c.Kind != doc.KindRow {
			t.Errorf("clause %s (line %d) has neither heading nor text", c.ID, c.Line)
		}
		for _, s := range []string{c.Heading, c.Text} {
			if strings.Contains(s, "**") || strings.Contains(s, "](") || strings.Contains(s, "â€") {
				t.Errorf("clause %s keeps markup: %q", c.ID, head(s, 80))
			}
		}
		return true
	})
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func topIDs(d *doc.Document) []string {
	var ids []string
	for _, c := range d.Clauses {
		ids = append(ids, c.ID)
	}
	return ids
}

// TestExcerpts parses hand-cut excerpts of the seeds kept in testdata, so
// these checks never skip.
func TestExcerpts(t *testing.T) {
	tests := []struct {
		file, title, updated, effective string
		lang                            doc.Lang
		top                             []string
		items                           string // the clause holding the material-change list
		first, last                     string // text of its first and sixth item
	}{
		{"jdcloud-en-excerpt.md", "JD Cloud & AI Privacy Policy", "2020-07-27", "2020-07-28", doc.English,
			[]string{"0", "1", "5", "9", "10", "A1"}, "9.2",
			"Great changes in our service mode.", "Impact assessment report on personal information security demonstrating that there is a high risk."},
		{"jdcloud-zh-excerpt.txt", "京东云隐私政策", "2021-03-10", "2021-03-10", doc.Chinese,
			[]string{"0", "1", "2", "5", "6", "9", "10", "A1"}, "9.2",
			"我们的服务模式发生重大变化。", "个人信息安全影响评估报告表明存在高风险时。"},
		{"jdmall-en-excerpt.txt", "JD Privacy Policy", "2020-10-13", "2020-10-20", doc.English,
			[]string{"0", "1", "7", "8"}, "7.2",
			"Major changes in our service mode", "Impact assessment report on personal information security demonstrating that there is a high risk."},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := Parse(readTestdata(t, tt.file), Hint{})
			checkInvariants(t, d)
			m := d.Meta
			if m.Title != tt.title || m.Updated != tt.updated || m.Effective != tt.effective || m.Lang != tt.lang {
				t.Errorf("meta = %q %s %s %s, want %q %s %s %s", m.Title, m.Updated, m.Effective, m.Lang, tt.title, tt.updated, tt.effective, tt.lang)
			}
			if got := topIDs(d); !slices.Equal(got, tt.top) {
				t.Errorf("top-level ids %v, want %v (a table of contents must not make sections)", got, tt.top)
			}
			if d.Clauses[0].Kind != doc.KindPreamble {
				t.Errorf("first clause is %s, want the preamble", d.Clauses[0].Kind)
			}
			list := d.Find(tt.items)
			if list == nil || len(list.Children) != 6 {
				t.Fatalf("clause %s should hold six items:\n%s", tt.items, outline(d))
			}
			for i, c := range list.Children {
				if want := tt.items + "(" + string(rune('1'+i)) + ")"; c.ID != want {
					t.Errorf("item %d id %s, want %s", i+1, c.ID, want)
				}
			}
			if !strings.HasPrefix(list.Children[0].Text, tt.first) || list.Children[5].Text != tt.last {
				t.Errorf("items text %q … %q", list.Children[0].Text, list.Children[5].Text)
			}
		})
	}
}

func TestPreambleKeepsTableOfContents(t *testing.T) {
	d := Parse(readTestdata(t, "jdcloud-zh-excerpt.txt"), Hint{})
	pre := d.Clauses[0]
	for _, want := range []string{"更新日期", "1、适用范围", "9、如何联系我们"} {
		if !strings.Contains(pre.Text, want) {
			t.Errorf("preamble lacks %q:\n%s", want, pre.Text)
		}
	}
	if len(pre.Children) != 0 {
		t.Errorf("preamble has %d children, want the table of contents as text", len(pre.Children))
	}
}

func TestTables(t *testing.T) {
	t.Run("markdown", func(t *testing.T) {
		d := Parse(readTestdata(t, "jdcloud-en-excerpt.md"), Hint{})
		tb := d.Find("5.1.4/t1")
		if tb == nil || tb.Kind != doc.KindTable {
			t.Fatalf("no table 5.1.4/t1:\n%s", outline(d))
		}
		if tb.Text != "Scenario Description | Personal Information Field | Third-party Organization Name" {
			t.Errorf("table text %q", tb.Text)
		}
		if len(tb.Children) != 6 {
			t.Errorf("%d rows, want 6 (separator dropped)", len(tb.Children))
		}
		r := d.Find("5.1.4/t1/r2")
		if r == nil || r.Kind != doc.KindRow || len(r.Cells) != 3 || r.Cells[0] != "Huawei Push" {
			t.Fatalf("row r2 = %+v", r)
		}
		if r.Line != 54 || !strings.HasPrefix(r.Raw, "| Huawei Push") {
			t.Errorf("row r2 at line %d, raw %q", r.Line, r.Raw)
		}
		if r.Text != strings.Join(r.Cells, " | ") {
			t.Errorf("row text %q is not its cells joined", r.Text)
		}
	})
	t.Run("tsv with page break", func(t *testing.T) {
		d := Parse(readTestdata(t, "jdcloud-zh-excerpt.txt"), Hint{})
		tb := d.Find("5.1.4/t1")
		if tb == nil {
			t.Fatalf("no table:\n%s", outline(d))
		}
		if len(tb.Children) != 4 {
			t.Errorf("%d rows, want 4: the repeated header is dropped and 公司 continues a row", len(tb.Children))
		}
		if got := tb.Children[0].Cells[2]; got != "京东数字科技控股股份有限公司" {
			t.Errorf("continued cell %q", got)
		}
		first := d.Find("5.1.3/t1")
		if first == nil || len(first.Children) != 6 {
			t.Errorf("table before 5.1.4 should have 6 rows: %+v", first)
		}
	})
	t.Run("inline", func(t *testing.T) {
		text := "1. Sharing\n\n| **Name** | Purpose |\n|:--|--:|\n| [Acme](https://acme) | ads |\n| Beta \\| Co | analytics<br>and more |\n"
		d := Parse(text, Hint{})
		rows := d.Find("1/t1")
		if rows == nil || len(rows.Children) != 2 {
			t.Fatalf("table:\n%s", outline(d))
		}
		if rows.Text != "Name | Purpose" || rows.Children[0].Text != "Acme | ads" || rows.Children[1].Cells[0] != "Beta | Co" || rows.Children[1].Cells[1] != "analytics and more" {
			t.Errorf("cells: %q %q %q", rows.Text, rows.Children[0].Text, rows.Children[1].Cells)
		}
	})
}

func TestHeadingOrText(t *testing.T) {
	tests := []struct {
		name, text, id, heading, textPrefix string
	}{
		{"roman title", "IX. Notification and Revision\n\n9.1 We update.", "9", "Notification and Revision", ""},
		{"long item is text", "9.2 As for material changes, we will also provide a more remarkable notice to you:\n\n(1) one;", "9.2", "", "As for material changes"},
		{"short item with paragraphs", "5.1 Sharing\n\nWe share nothing.", "5.1", "Sharing", "We share nothing."},
		{"two-space heading", "6.1.1 Technical measures on data security  We will adopt security protection measures in compliance with industry standards.", "6.1.1", "Technical measures on data security", "We will adopt"},
		{"chinese space heading", "6.1.7 安全事件处置 在通过京东云网站与第三方进行网上商品或服务的交易时，您不可避免的要披露。", "6.1.7", "安全事件处置", "在通过京东云网站"},
		{"chinese sentence is text", "4.3 我们可能会通过 Cookies 和其他相关技术收集和使用您的信息。", "4.3", "", "我们可能会通过 Cookies"},
		{"last item of a list of sentences", "I. A\n\n1. The account information will be lost\n\n2. You cannot log in\n\nYou acknowledge the above.", "1.2", "", "You cannot log in\nYou acknowledge"},
		{"unpunctuated item alone", "I. A\n\n1. Release the authorization", "1.1", "", "Release the authorization"},
		{"bold long title", "**III. ** **Circumstances in which you may choose whether to authorize us to collect and use your personal information**\n\nYou can still browse.", "3", "Circumstances in which you may choose whether to authorize us to collect and use your personal information", "You can still browse."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.text, Hint{})
			c := d.Find(tt.id)
			if c == nil {
				t.Fatalf("no %s:\n%s", tt.id, outline(d))
			}
			if c.Heading != tt.heading || !strings.HasPrefix(c.Text, tt.textPrefix) {
				t.Errorf("heading %q text %q; want %q / %q…", c.Heading, c.Text, tt.heading, tt.textPrefix)
			}
		})
	}
}

func TestJoinBrokenLines(t *testing.T) {
	tests := []struct {
		name, text, id, want string
	}{
		{"chinese break across blank line", "6.1.7 安全事件处置\n\n难以逐一告知个人信息主体时，我们会采取合理、有效我们会采取合理、有效我们会采取合理、有效\n\n的方式发布公告。", "6.1.7",
			"安全事件处置\n难以逐一告知个人信息主体时，我们会采取合理、有效我们会采取合理、有效我们会采取合理、有效的方式发布公告。"},
		{"english hyphenation", "1.1 We will protect the personal information that we collect from infor-\nmation systems and other sources.", "1.1",
			"We will protect the personal information that we collect from information systems and other sources."},
		{"english soft wrap", "1.1 We will protect the personal information that we collect from\nvarious sources.", "1.1",
			"We will protect the personal information that we collect from various sources."},
		{"heading not glued", "I. Scope\n\nIntroduction\n\nThis policy applies to all services.", "1", "Scope\nIntroduction\nThis policy applies to all services."},
		{"sentence end not glued", "1.1 We collect your name and email address when you register an account.\nWe use them to log you in.", "1.1",
			"We collect your name and email address when you register an account.\nWe use them to log you in."},
		{"marker line not glued", "1.1 We share data in the following circumstances which are listed below\n(1) with consent;", "1.1",
			"We share data in the following circumstances which are listed below"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.text, Hint{})
			c := d.Find(tt.id)
			if c == nil {
				t.Fatalf("no %s:\n%s", tt.id, outline(d))
			}
			if c.Full() != tt.want {
				t.Errorf("got  %q\nwant %q", c.Full(), tt.want)
			}
		})
	}
}

func TestMarkdownHeadings(t *testing.T) {
	en := "Site - Docs\n\n[Skip to main content](#main)\n\n* [Policies](/en/policies)/\n\nPrivacy Statement\n=====\n\nIn this article\n----------\n\n* [Short](#short)\n* [Data](#data)\n\nEffective date: December 15, 2022\n\nThanks for trusting us.\n\n[The short version](#short)\n----------\n\nWe use data.\n\n[What we collect](#data)\n----------\n\n### [Registration](#reg) ###\n\nYour name.\n\n### Payment\n\nYour card.\n\n## 9. Contact\n\nWrite to us.\n"
	zh := "站点 - 文档\n\n[Skip to main content](#main)\n\n隐私声明\n=====\n\n本文内容\n----------\n\n* [精简版](#short)\n\n* [数据](#data)\n\n生效日期：2022 年 12 月 15 日\n\n感谢您的信任。\n\n[](#short)精简版\n----------\n\n我们使用数据。\n\n[](#data)我们收集什么\n----------\n\n### [注册](#reg) ###\n\n您的姓名。\n\n### 付款\n\n您的卡。\n\n## 9. 联系\n\n写信给我们。\n"
	want := []string{"0", "h1", "h2", "h2.1", "h2.2", "9"}
	for _, text := range []string{en, zh} {
		d := Parse(text, Hint{})
		checkInvariants(t, d)
		var ids []string
		d.Walk(func(c *doc.Clause) bool { ids = append(ids, c.ID); return true })
		if !slices.Equal(ids, want) {
			t.Errorf("ids %v, want %v\n%s", ids, want, outline(d))
		}
		if d.Meta.Effective != "2022-12-15" || !strings.Contains(d.Meta.Title, "隐私声明") && d.Meta.Title != "Privacy Statement" {
			t.Errorf("meta %+v", d.Meta)
		}
		pre := d.Clauses[0].Text
		if strings.Contains(pre, "Skip to main content") || strings.Contains(pre, "In this article") || strings.Contains(pre, "本文内容") {
			t.Errorf("navigation kept in preamble: %q", pre)
		}
		if c := d.Find("9"); c == nil || c.Label != "9." || c.Kind != doc.KindHeading {
			t.Errorf("numbered heading: %+v", c)
		}
	}
}

// A heading ending in a # of its own keeps it: only a run of #s after a
// space closes an ATX heading.
func TestHeadingEndingInHash(t *testing.T) {
	d := Parse("# Developer terms\n\n## 1. Learn C#\n\nSamples are in C#.\n\n## 2. Learn F# ##\n\nAnd in F#.\n", Hint{Format: "md"})
	checkInvariants(t, d)
	for id, want := range map[string]string{"1": "Learn C#", "2": "Learn F#"} {
		if c := d.Find(id); c == nil || c.Heading != want {
			t.Errorf("clause %s: %+v, want heading %q\n%s", id, c, want, outline(d))
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ line, updated, effective string }{
		{"Updated on: July 27, 2020\nValid from: July 28, 2020", "2020-07-27", "2020-07-28"},
		{"Version update date: October 13, 2020\nVersion effective date: October 20, 2020", "2020-10-13", "2020-10-20"},
		{"Last updated: 27 July 2020", "2020-07-27", ""},
		{"Effective date: Sept. 1, 2021", "", "2021-09-01"},
		{"更新日期: 2021 年 3 月 10 日\n生效日期：2021年3月10日", "2021-03-10", "2021-03-10"},
		{"发布日期：２０２１年３月１０日", "2021-03-10", ""},
		{"Last updated 2020/7/28. Effective date 2020-07-30.", "2020-07-28", "2020-07-30"},
		{"Effective date: soon", "", ""},
		{"Last updated: February 30, 2020", "", ""},
	}
	for _, tt := range tests {
		m := Parse(tt.line+"\n\n1. Scope\n", Hint{}).Meta
		if m.Updated != tt.updated || m.Effective != tt.effective {
			t.Errorf("%q: updated %q effective %q, want %q %q", tt.line, m.Updated, m.Effective, tt.updated, tt.effective)
		}
	}
}

func TestDatesInClosingRemark(t *testing.T) {
	text := "JD Privacy Policy\n\n" + strings.Repeat("1. An item of the policy.\n\n", 150) +
		"Remarks: The version of the Privacy Policy is updated on October 13, 2020 and will formally take effect on October 20, 2020.\n"
	if m := Parse(text, Hint{}).Meta; m.Updated != "2020-10-13" || m.Effective != "2020-10-20" {
		t.Errorf("updated %q effective %q from the closing remark", m.Updated, m.Effective)
	}
}

func TestHints(t *testing.T) {
	d := Parse("Privacy Policy\n\n1. Scope\n", Hint{Lang: doc.Chinese, Policy: "acme-privacy", Format: "md"})
	if d.Meta.Lang != doc.Chinese || d.Meta.Policy != "acme-privacy" || d.Meta.Format != "md" {
		t.Errorf("hints ignored: %+v", d.Meta)
	}
	if d := Parse("Acme Privacy Policy\n\n1. Scope\n", Hint{}); d.Meta.Policy != "acme-privacy-policy" {
		t.Errorf("policy from title = %q", d.Meta.Policy)
	}
}

func TestWarnings(t *testing.T) {
	d := Parse("I. A\n\n1.1 one.\n\n1.2 two.\n\n1.4 four.\n\n(1) x;\n\n(3) y;\n", Hint{})
	var whys []string
	for _, w := range d.Warnings {
		whys = append(whys, w.Why)
	}
	if len(d.Warnings) != 2 || !strings.Contains(whys[0], "1.4") || d.Warnings[0].Line != 7 || !strings.Contains(whys[1], "(3)") {
		t.Errorf("warnings %+v", d.Warnings)
	}
}

func TestDegenerateInput(t *testing.T) {
	for _, text := range []string{"", "\n\n\n", "|", "\t\t", "**", "1.", "第", "(", "## ", "=====", "附件", "I.\nII.\nIII.", "1. a\n1. a\n1. a"} {
		d := Parse(text, Hint{})
		if d == nil {
			t.Fatalf("Parse(%q) = nil", text)
		}
		checkInvariants(t, d)
	}
}

func TestUnstructuredText(t *testing.T) {
	d := Parse("We respect your privacy.\n\nWe collect your email address.\n\n我们不会出售您的个人信息。\n", Hint{})
	checkInvariants(t, d)
	if got := topIDs(d); !slices.Equal(got, []string{"p1", "p2", "p3"}) {
		t.Fatalf("ids %v", got)
	}
	if c := d.Find("p3"); c.Text != "我们不会出售您的个人信息。" || c.Line != 5 {
		t.Errorf("p3 = %+v", c)
	}
	if d := Parse("Only one paragraph.", Hint{}); d.Count() != 1 || d.Clauses[0].ID != "0" {
		t.Errorf("single paragraph: %s", outline(d))
	}
}
