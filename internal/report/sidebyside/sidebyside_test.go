package sidebyside

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/crosslang"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/termwidth"
)

var update = flag.Bool("update", false, "rewrite golden files")

func clause(id, label, heading, text string, children ...*doc.Clause) *doc.Clause {
	c := &doc.Clause{ID: id, Label: label, Heading: heading, Text: text, Kind: doc.KindSection, Children: children}
	for _, ch := range children {
		ch.Parent = c
	}
	return c
}

// handResult is a small labelled comparison: a phone that differs, a time
// limit in Chinese numerals, a clause split in two by the translation, a
// clause missing and one added.
func handResult(t *testing.T) *change.Result {
	t.Helper()
	en := &doc.Document{Meta: doc.Meta{Title: "JD Cloud & AI Privacy Policy", Lang: doc.English, Effective: "2020-07-28"},
		Clauses: []*doc.Clause{
			clause("10", "X.", "How to contact us", "",
				clause("10.1", "10.1", "", "You can contact us by sending an email to jdcloud@jd.com or calling our customer service hotline 400-615-1212."),
				clause("10.2", "10.2", "", "We have set up personal information protection specialists. You are welcome to contact them by sending emails to privacy@jd.com."),
				clause("10.3", "10.3", "", "In general, we will give you a reply within fifteen days."),
				clause("10.4", "10.4", "", "We will also archive the old versions of the Privacy Policy for your reference."),
			),
		}}
	zh := &doc.Document{Meta: doc.Meta{Title: "京东云隐私政策", Lang: doc.Chinese, Effective: "2021-03-10"},
		Clauses: []*doc.Clause{
			clause("10", "十、", "如何联系我们", "",
				clause("10.1", "10.1", "", "如您有任何问题，请通过发送邮件至 jdcloud@jd.com 或拨打我们的客服电话 400-098-8505 转 2 与我们联系。"),
				clause("10.2", "10.2", "", "我们设立了个人信息保护专员，您可以通过发送邮件至 privacy@jd.com 的方式与其联系。"),
				clause("10.3", "10.3", "", "一般情况下，我们将在三十天内回复。"),
				clause("10.5", "10.5", "", "如果您对我们的回复不满意，您还可以向网信、电信、公安及工商等监管部门进行投诉或举报。"),
			),
		}}
	pairs, findings := crosslang.Compare(en, zh, nil)
	return &change.Result{Schema: change.Schema, Mode: change.ModeLanguage, A: en.Meta, B: zh.Meta,
		Pairs: pairs, Findings: findings, DocA: en, DocB: zh}
}

func TestRenderGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		width int
		color bool
	}{{"plain80", 80, false}, {"plain50", 50, false}, {"color80", 80, true}} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(&buf, handResult(t), tc.width, tc.color); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tc.name+".golden")
			if *update {
				os.WriteFile(golden, buf.Bytes(), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if buf.String() != string(want) {
				t.Errorf("output differs from %s:\n%s", golden, buf.String())
			}
			if !tc.color && strings.Contains(buf.String(), "\x1b[") {
				t.Error("plain output has escape codes")
			}
		})
	}
}

var ansi = strings.NewReplacer("\x1b[0m", "", "\x1b[1m", "", "\x1b[1;34m", "", "\x1b[33m", "", "\x1b[2m", "")

func checkWidth(t *testing.T, out string, width int) {
	t.Helper()
	for n, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if w := termwidth.String(ansi.Replace(l)); w > width {
			t.Errorf("line %d is %d columns wide, limit %d: %q", n+1, w, width, l)
		}
	}
}

// TestRenderWidthJDCloud renders the real English and Chinese JD Cloud
// policies and checks that no line is wider than asked, counting a Chinese
// character as two columns.
func TestRenderWidthJDCloud(t *testing.T) {
	en, err := parse.File("../../../documents/jdcloud-privacy/en/2020-07-28/original.md")
	if err != nil {
		t.Fatal(err)
	}
	zh, err := parse.File("../../../documents/jdcloud-privacy/zh/2021-03-10/original.txt")
	if err != nil {
		t.Fatal(err)
	}
	pairs, findings := crosslang.Compare(en, zh, nil)
	r := &change.Result{Mode: change.ModeLanguage, A: en.Meta, B: zh.Meta, Pairs: pairs, Findings: findings, DocA: en, DocB: zh}
	// In a terminal set up for East Asian text the gutter, rules and "…"
	// are two columns wide: the layout measures them and still fits.
	defer termwidth.SetEastAsian(termwidth.SetEastAsian(true))
	for _, width := range []int{80, 24, 41} {
		var buf bytes.Buffer
		if err := Render(&buf, r, width, false); err != nil {
			t.Fatal(err)
		}
		checkWidth(t, buf.String(), width)
	}
	termwidth.SetEastAsian(false)
	for _, width := range []int{80, 24, 41, 120} {
		for _, color := range []bool{false, true} {
			var buf bytes.Buffer
			if err := Render(&buf, r, width, color); err != nil {
				t.Fatal(err)
			}
			checkWidth(t, buf.String(), width)
			for _, want := range []string{"9.2(3) ↔ 9.2(3)", "! phone-mismatch: phone 400-615-1212 (en) ≠"} {
				if width >= 80 && !strings.Contains(ansi.Replace(buf.String()), want) {
					t.Errorf("width %d: output lacks %q", width, want)
				}
			}
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in   string
		w    int
		want []string
	}{
		{"hello world foo", 11, []string{"hello world", "foo"}},
		{"我们将在三十天内回复", 8, []string{"我们将在", "三十天内", "回复"}},
		// closing punctuation never starts a line: the character before it moves down
		{"一般情况下，我们", 10, []string{"一般情况", "下，我们"}},
		{"supercalifragilistic", 8, []string{"supercal", "ifragili", "stic"}},
		{"IP 地址与 Cookies", 9, []string{"IP 地址与", "Cookies"}},
		{"a\n\nb", 5, []string{"a", "", "b"}},
		// a flag and an emoji with its variation selector are one unit each
		{"🇨🇳🇨🇳🇨🇳", 5, []string{"🇨🇳🇨🇳", "🇨🇳"}},
		{"❤️❤️❤️❤️❤️", 4, []string{"❤️❤️", "❤️❤️", "❤️"}},
	}
	for _, tt := range tests {
		got := wrap(tt.in, tt.w)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
		for _, l := range got {
			if termwidth.String(l) > tt.w {
				t.Errorf("wrap(%q, %d): line %q too wide", tt.in, tt.w, l)
			}
		}
	}
}
