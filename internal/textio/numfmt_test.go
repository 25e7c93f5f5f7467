package textio

import "testing"

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		format string
		n      int
		want   string
	}{
		{"decimal", 12, "12"},
		{"decimalZero", 3, "03"},
		{"upperRoman", 9, "IX"},
		{"lowerRoman", 14, "xiv"},
		{"upperRoman", 1994, "MCMXCIV"},
		{"upperLetter", 1, "A"},
		{"lowerLetter", 26, "z"},
		{"lowerLetter", 27, "aa"},
		{"chineseCounting", 1, "一"},
		{"chineseCounting", 9, "九"},
		{"chineseCounting", 10, "十"},
		{"chineseCounting", 11, "十一"},
		{"chineseCounting", 20, "二十"},
		{"chineseCounting", 35, "三十五"},
		{"chineseCounting", 100, "一百"},
		{"chineseCounting", 105, "一百〇五"},
		{"chineseCounting", 110, "一百一十"},
		{"chineseCountingThousand", 2021, "二千〇二十一"},
		{"japaneseCounting", 3, "三"},
		{"chineseLegalSimplified", 11, "壹拾壹"},
		{"ideographDigital", 2020, "二〇二〇"},
		{"ideographTraditional", 1, "甲"},
		{"ideographTraditional", 11, "甲"},
		{"ideographZodiac", 2, "丑"},
		{"decimalEnclosedCircle", 1, "①"},
		{"decimalEnclosedCircle", 20, "⑳"},
		{"decimalEnclosedCircle", 21, "21"},
		{"decimalEnclosedCircleChinese", 3, "③"},
		{"decimalEnclosedParen", 2, "⑵"},
		{"ideographEnclosedCircle", 1, "㈠"},
		{"decimalFullWidth", 12, "１２"},
		{"ordinal", 2, "2nd"},
		{"ordinal", 13, "13th"},
		{"none", 5, ""},
		{"someFutureFormat", 5, "5"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.format, tt.n); got != tt.want {
			t.Errorf("formatNumber(%s, %d) = %q, want %q", tt.format, tt.n, got, tt.want)
		}
	}
}
