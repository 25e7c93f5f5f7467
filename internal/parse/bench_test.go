package parse

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// BenchmarkParse measures the parser on each seed and on a 60 KB synthetic
// policy mixing every structure it reads.
func BenchmarkParse(b *testing.B) {
	for _, name := range seedFiles {
		p, ok := seedPath(name)
		if !ok {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		b.Run(name, func(b *testing.B) { benchText(b, string(data)) })
	}
	b.Run("synthetic-60KB", func(b *testing.B) { benchText(b, synthetic(60<<10)) })
	// One paragraph hard-wrapped into 20,000 lines: joining must stay linear.
	long := strings.Repeat("we will protect the personal information that we collect from the\n", 20000)
	b.Run("wrapped-1MB", func(b *testing.B) { benchText(b, "1. Scope\n"+long) })
}

func benchText(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text, Hint{})
	}
}

// synthetic builds a policy of about n bytes in both languages with
// sections, dotted clauses, items, tables and broken lines.
func synthetic(n int) string {
	var sb strings.Builder
	sb.WriteString("**Synthetic Privacy Policy**\n\nUpdated on: July 27, 2020\n\n")
	for s := 1; sb.Len() < n; s++ {
		fmt.Fprintf(&sb, "**%s. Section number %d**\n\n", appendRoman(nil, s%39+1, false), s)
		for c := 1; c <= 4; c++ {
			fmt.Fprintf(&sb, "%d.%d We will **only** collect and use your [personal information](https://example.com) for the purposes described in this clause, and we will\nnot use it for anything else without your consent.\n\n", s%39+1, c)
			for i := 1; i <= 3; i++ {
				fmt.Fprintf(&sb, "（%d）我们会采取符合业界标准的安全防护措施，包括建立合理的制度规范、安全技术来防止您的个人信息遭到未经授权的访问使用；\n\n", i)
			}
		}
		sb.WriteString("| Scenario | Field | Party |\n|---|---|---|\n| Login | Phone | Acme Co., Ltd. |\n| Pay | Card | Beta |\n\n")
	}
	return sb.String()
}
