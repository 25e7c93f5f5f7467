package glossary

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

func TestBuiltinSize(t *testing.T) {
	g := Builtin()
	if n := len(g.Entries()); n < 200 {
		t.Fatalf("builtin glossary has %d entries, want ≥ 200", n)
	}
	for _, e := range g.Entries() {
		for _, v := range Variants(e.ZH) {
			if strings.ContainsAny(v, "\t|") {
				t.Errorf("entry %q: bad Chinese variant %q", e.EN, v)
			}
		}
	}
}

func found(g *Glossary, text string, lang doc.Lang) []string {
	var out []string
	for _, m := range g.Find(text, lang) {
		out = append(out, m.Text)
	}
	return out
}

func TestFind(t *testing.T) {
	g := Builtin()
	tests := []struct {
		text string
		lang doc.Lang
		want []string
	}{
		// the longest term wins and is not also counted as its parts
		{"we process sensitive personal information", doc.English, []string{"process", "sensitive personal information"}},
		{"Personal Information of Minors", doc.English, []string{"personal information", "minor"}},
		{"我们会处理您的敏感个人信息", doc.Chinese, []string{"处理", "敏感个人信息"}},
		// PDF extraction puts spaces around Latin words in Chinese text
		{"网络 IP 地址", doc.Chinese, []string{"IP 地址"}},
		{"通过 Cookies 收集", doc.Chinese, []string{"Cookies", "收集"}},
		{"JD Cloud & AI will share", doc.English, []string{"JD Cloud & AI", "share"}},
		{"注销账户后", doc.Chinese, []string{"注销", "账户"}},
		// a Latin term inside Chinese does not match the start of a longer word
		{"Appliance 设备", doc.Chinese, nil},
	}
	for _, tt := range tests {
		got := found(g, tt.text, tt.lang)
		if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	g := Builtin()
	tests := []struct {
		query string
		from  doc.Lang
		want  []string // must all be present
		not   []string
	}{
		{"注销", doc.Chinese, []string{"cancel", "deregister"}, []string{"注销"}},
		{"敏感个人信息", doc.Chinese, []string{"sensitive personal information"}, []string{"personal information"}},
		{"public disclosure of personal information", doc.English, []string{"公开披露", "个人信息"}, nil},
		{"minors", doc.English, []string{"未成年人"}, nil},
		{"transfer", doc.English, []string{"转让"}, []string{"共享"}},
	}
	for _, tt := range tests {
		got := g.Expand(tt.query, tt.from)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Expand(%q) = %q, missing %q", tt.query, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("Expand(%q) = %q, should not hold %q", tt.query, got, n)
			}
		}
	}
	if got := g.Expand("nothing here", doc.English); len(got) != 0 {
		t.Errorf("Expand of no term = %q, want none", got)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "glossary.tsv")
	user := "\uFEFF# team glossary\n" +
		"transfer|transmit\t转让|转移\tdisclosure\n" + // overrides the builtin entry
		"cloud host\t云主机\n" + // adds one
		"\n"
	if err := os.WriteFile(path, []byte(user), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := g.Len(), Builtin().Len()+1; got != want {
		t.Errorf("merged glossary has %d entries, want %d", got, want)
	}
	if got := g.Expand("转移", doc.Chinese); !slices.Contains(got, "transmit") {
		t.Errorf("user variant not used: Expand(转移) = %q", got)
	}
	if got := g.Expand("云主机", doc.Chinese); !slices.Contains(got, "cloud host") {
		t.Errorf("user entry not used: Expand(云主机) = %q", got)
	}
	if got := Builtin().Expand("转移", doc.Chinese); len(got) != 0 {
		t.Errorf("Load changed the builtin glossary: %q", got)
	}

	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("# ok\nno tab on this line\n"), 0o644)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Load(bad) error = %v, want one naming line 2", err)
	}
	if _, err := Load(filepath.Join(dir, "absent.tsv")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load(absent) error = %v, want fs.ErrNotExist", err)
	}
}
