package textio

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf", "a\r\nb\r\n", "a\nb\n"},
		{"lone cr", "a\rb\r\rc", "a\nb\n\nc\n"},
		{"mixed line ends keep line count", "1\r\n2\r3\n4", "1\n2\n3\n4\n"},
		{"nbsp to space", "1.1\u00A0The Policy", "1.1 The Policy\n"},
		{"zero-width and inner bom removed", "京\u200B东\uFEFF云\u200D", "京东云\n"},
		{"soft hyphen removed", "infor\u00ADmation", "information\n"},
		{"trailing spaces stripped", "line  \t\nnext\u3000\u3000\n", "line\nnext\n"},
		{"leading indentation kept", "  - item\n", "  - item\n"},
		{"full-width forms kept", "（一）第１条：ＡＢＣ，“引号”", "（一）第１条：ＡＢＣ，“引号”\n"},
		{"ideographic space inside a line kept", "电话\u3000400", "电话\u3000400\n"},
		{"form feed is a line end", "page 1\fpage 2", "page 1\npage 2\n"},
		{"leading blank lines kept for line numbers", "\n\nTitle\n\n\n", "\n\nTitle\n"},
		{"other controls dropped", "a\x01b\x7fc\u0085d", "abc\nd\n"},
		{"latin ligatures from pdf spelled out", "conﬁdential ﬂow eﬀect", "confidential flow effect\n"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normalize(tt.in); got != tt.want {
				t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
