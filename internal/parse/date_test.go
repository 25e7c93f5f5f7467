package parse

import (
	"testing"
	"time"
)

// Full-width Latin letters, common in Chinese titles ("ＡＰＰ"), once made
// the date reader loop forever.
func TestParseDateFullWidthLetters(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ａｐｐ隐私政策", ""},
		{"ｊｕｌｙ 27, 2020", "2020-07-27"},
		{"2021 年 3 月 10 日", "2021-03-10"},
		{"２０２１-０３-１０", "2021-03-10"},
	}
	for _, tt := range tests {
		done := make(chan string, 1)
		go func() { done <- parseDate(tt.in) }()
		select {
		case got := <-done:
			if got != tt.want {
				t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("parseDate(%q) does not return", tt.in)
		}
	}
}

func TestParseTitleFullWidthLetters(t *testing.T) {
	done := make(chan string, 1)
	go func() { done <- Parse("ＡＰＰ隐私政策\n\n正文内容。\n", Hint{}).Meta.Title }()
	select {
	case got := <-done:
		if got != "ＡＰＰ隐私政策" {
			t.Errorf("title %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Parse does not return")
	}
}
