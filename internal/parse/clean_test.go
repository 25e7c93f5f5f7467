package parse

import (
	"html"
	"testing"
)

func TestCleanInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**JD Cloud & AI Privacy Policy**", "JD Cloud & AI Privacy Policy"},
		{"our products and****/****or services", "our products and/or services"},
		{"**4.2.4****We will receive**", "4.2.4We will receive"},
		{"the content ****(****including updated versions****) and", "the content (including updated versions) and"},
		{"emails to **[**jdcloud@jd.com**](mailto:jdcloud@jd.com) ** or", "emails to jdcloud@jd.com or"},
		{"[privacy@jd.com](mailto:privacy@jd.com)", "privacy@jd.com"},
		{"see [GitHub’s Terms of Service](/en/site-policy/github-terms)", "see GitHub’s Terms of Service"},
		{"[](#summary)概述", "概述"},
		{"![logo](https://x/logo.png) Zoom", "Zoom"},
		{"a \\*literal\\* star and 1\\. item", "a *literal* star and 1. item"},
		{"*emphasis* and _underscore_ but snake_case_name", "emphasis and underscore but snake_case_name"},
		{"__strong__ text", "strong text"},
		{"â€ƒ **Attachment: Instructions**", "Attachment: Instructions"},
		{"AT&amp;T &lt;5 years&gt;", "AT&T <5 years>"},
		{"line<br>break and <u>underlined</u> but 3 <5", "line break and underlined but 3 <5"},
		{"ideographic\u3000space and\u00a0nbsp   runs", "ideographic space and nbsp runs"},
		{"trailing bold**", "trailing bold"},
		{"2. **Generally for all websites**You can control", "2. Generally for all websites You can control"},
		{"检索、**", "检索、"},
		{"[link with [nested] text](http://x)", "link with [nested] text"},
		{"\\*\\* Information we may share\\*\\*", "Information we may share"},
		{"美国州数据隐私法。](#us-state-data-privacy)", "美国州数据隐私法。"},
		{"unclosed [bracket and (paren", "unclosed [bracket and (paren"},
	}
	for _, tt := range tests {
		if got := CleanInline(tt.in); got != tt.want {
			t.Errorf("CleanInline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkCleanInline(b *testing.B) {
	s := "**4.2.4****We will receive and collect relevant information (i.e. device model, operating system version) and****/****or [mail](mailto:a@b.c)**"
	for b.Loop() {
		CleanInline(s)
	}
}

// TestMayHoldEntity checks that a text mayHoldEntity passes over is one
// html.UnescapeString leaves as it is: every '&' followed by any two bytes
// (or one, or none) and a few ends.
func TestMayHoldEntity(t *testing.T) {
	ends := []string{"", ";", " ", "=", "&", "x;", "&amp;"}
	for x := 0; x < 256; x++ {
		for y := -1; y < 256; y++ {
			s := "Q&" + string([]byte{byte(x)})
			if y >= 0 {
				s += string([]byte{byte(y)})
			}
			for _, e := range ends {
				if u := s + e; !mayHoldEntity(u) && html.UnescapeString(u) != u {
					t.Fatalf("mayHoldEntity(%q) = false, but it unescapes to %q", u, html.UnescapeString(u))
				}
			}
		}
	}
	for _, s := range []string{"Q&A", "R&D, Q&A.", "a & b", "&"} {
		if mayHoldEntity(s) {
			t.Errorf("mayHoldEntity(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"&amp;", "&lt", "&#39;", "Q&A &gt;"} {
		if !mayHoldEntity(s) {
			t.Errorf("mayHoldEntity(%q) = false, want true", s)
		}
	}
}
