package parse

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

var update = flag.Bool("update", false, "rewrite the golden outlines in testdata/golden")

var seedFiles = []string{
	"jdcloud-privacy.en.2020-07-28.md",
	"jdcloud-privacy.zh.2021-03-10.txt",
	"jd-privacy.en.2020-10-20.txt",
	"jdcloud-cps-terms.en.md",
}

// TestSeedGolden compares each seed's clause tree with a reviewed outline.
// Run with -update after a deliberate change and read the diff.
func TestSeedGolden(t *testing.T) {
	for _, name := range seedFiles {
		t.Run(name, func(t *testing.T) {
			d := seed(t, name)
			checkInvariants(t, d)
			got := outline(d)
			path := filepath.Join("testdata", "golden", name+".outline")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("outline differs from %s; run with -update and review the diff:\n%s", path, firstDiff(string(want), got))
			}
		})
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, a, b)
		}
	}
	return ""
}

// TestSeedStructure checks what a reviewer relies on in each seed.
func TestSeedStructure(t *testing.T) {
	t.Run("material change items in both JD Cloud versions", func(t *testing.T) {
		en := seed(t, "jdcloud-privacy.en.2020-07-28.md")
		zh := seed(t, "jdcloud-privacy.zh.2021-03-10.txt")
		for _, d := range []*doc.Document{en, zh} {
			c := d.Find("9.2")
			if c == nil || len(c.Children) != 6 {
				t.Fatalf("%s: 9.2 = %+v", d.Meta.Lang, c)
			}
			for i, item := range c.Children {
				if item.ID != "9.2("+string(rune('1'+i))+")" || item.Text == "" {
					t.Errorf("%s: item %d = %s %q", d.Meta.Lang, i+1, item.ID, item.Text)
				}
			}
		}
		if got := en.Find("9.2(3)").Text; got != "Changes in main objects for personal information sharing, transfer or public disclosure;" {
			t.Errorf("en 9.2(3) = %q", got)
		}
		if got := zh.Find("9.2(3)").Text; got != "个人信息共享、转让或公开披露的主要对象发生变化;" {
			t.Errorf("zh 9.2(3) = %q", got)
		}
		// The two languages number the same clauses alike.
		for _, id := range []string{"1", "4.2.7", "5.1.1(8)", "5.2.4", "6.1.7", "7.3.4", "7.5(4)", "10.3", "A1", "A1.5(3)"} {
			if en.Find(id) == nil || zh.Find(id) == nil {
				t.Errorf("clause %s missing in en or zh", id)
			}
		}
	})
	t.Run("JD mall 7.2", func(t *testing.T) {
		d := seed(t, "jd-privacy.en.2020-10-20.txt")
		c := d.Find("7.2")
		if c == nil || len(c.Children) != 6 || c.Children[5].ID != "7.2(6)" {
			t.Fatalf("7.2 = %+v", c)
		}
		if !strings.HasPrefix(c.Children[0].Text, "Major changes in our service mode") {
			t.Errorf("7.2(1) = %q", c.Children[0].Text)
		}
		if c := d.Find("3.1.2"); c == nil || c.Label != "2" {
			t.Errorf("the dotless \"2 We may share\" should be item 3.1.2: %+v", c)
		}
	})
	t.Run("terms 9.2 is force majeure", func(t *testing.T) {
		d := seed(t, "jdcloud-cps-terms.en.md")
		if s := d.Find("9"); s == nil || s.Heading != "Force Majeure" {
			t.Fatalf("9 = %+v", s)
		}
		if c := d.Find("9.2"); c == nil || !strings.HasPrefix(c.Text, "Force majeure or accidental events") {
			t.Errorf("9.2 = %+v", c)
		}
		if c := d.Find("3.1.3.7.8"); c == nil || c.Parent.ID != "3.1.3.7" {
			t.Errorf("3.1.3.7.8 = %+v", c)
		}
	})
	t.Run("ZH broken line joined", func(t *testing.T) {
		d := seed(t, "jdcloud-privacy.zh.2021-03-10.txt")
		if c := d.Find("6.1.7"); c == nil || !strings.Contains(c.Text, "我们会采取合理、有效的方式发布公告。") {
			t.Errorf("6.1.7 = %+v", c)
		}
		if c := d.Find("7.4"); c == nil || !strings.Contains(c.Text, "也不再处理您相应的个人信息。") {
			t.Errorf("7.4 = %+v", c)
		}
	})
	t.Run("tables", func(t *testing.T) {
		zh := seed(t, "jdcloud-privacy.zh.2021-03-10.txt")
		if r := zh.Find("5.1.3/t1/r6"); r == nil || r.Cells[0] != "微信支付、分享、登录" {
			t.Errorf("zh row = %+v", r)
		}
		en := seed(t, "jdcloud-privacy.en.2020-07-28.md")
		if r := en.Find("5.1.4/t2/r4"); r == nil || r.Cells[0] != "WeChat Pay, Sharing and Login" {
			t.Errorf("en row = %+v", r)
		}
	})
	t.Run("metadata", func(t *testing.T) {
		want := map[string][3]string{
			"jdcloud-privacy.en.2020-07-28.md":  {"JD Cloud & AI Privacy Policy", "2020-07-27", "2020-07-28"},
			"jdcloud-privacy.zh.2021-03-10.txt": {"京东云隐私政策", "2021-03-10", "2021-03-10"},
			"jd-privacy.en.2020-10-20.txt":      {"JD Privacy Policy", "2020-10-13", "2020-10-20"},
		}
		for name, w := range want {
			m := seed(t, name).Meta
			if m.Title != w[0] || m.Updated != w[1] || m.Effective != w[2] || m.SHA256 == "" || m.Encoding == "" {
				t.Errorf("%s: %+v", name, m)
			}
		}
	})
}
