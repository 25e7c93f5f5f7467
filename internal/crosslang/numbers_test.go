package crosslang

import (
	"reflect"
	"testing"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []string // Key of each number, in order
	}{
		{"三十", []string{"30"}},
		{"十五天", []string{"15"}},
		{"一百", []string{"100"}},
		{"一百零五", []string{"105"}},
		{"两千", []string{"2000"}},
		{"三万", []string{"30000"}},
		{"两万三千", []string{"23000"}},
		{"二十四小时", []string{"24"}},
		{"百分之三十", []string{"30%"}},
		{"互联网环境并非百分之百安全", []string{"100%"}},
		{"二〇二一年", []string{"2021"}},
		{"提前三天通知", []string{"3"}},
		{"两类信息", []string{"2"}},
		{"不满十四周岁", []string{"14"}},
		{"３０天", []string{"30"}},
		{"１８ 周岁", []string{"18"}},
		{"50%", []string{"50%"}},
		{"1,000 users and 3.5 days", []string{"1000", "3.5"}},
		{"thirty days", []string{"30"}},
		{"twenty-four hours", []string{"24"}},
		{"one hundred", []string{"100"}},
		{"not 100% secure", []string{"100%"}},
		// words that look like numbers but are not counts
		{"一些信息", nil},
		{"统一日期", nil},
		{"第三方", nil},
		{"万一我们无法", nil},
		{"千万不要", nil},
		{"三级认证", nil},
		{"ISO27001 and SHA256", nil},
		{"two-factor authentication", nil},
		{"Creative Commons Zero", nil},
		{"often tenants", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range Numbers(tt.in) {
			got = append(got, n.Key())
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Numbers(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestNumbersQuoteOriginal(t *testing.T) {
	s := "在 ３０ 天内"
	ns := Numbers(s)
	if len(ns) != 1 || ns[0].Text != "３０" || s[ns[0].Pos:ns[0].End] != "３０" {
		t.Fatalf("Numbers(%q) = %+v, want the full-width ３０ quoted as written", s, ns)
	}
}

func keys(xs []Span) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Key)
	}
	return out
}

func TestExtractors(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) []Span
		in   string
		want []string
	}{
		{"duration en", Durations, "within thirty days", []string{"30 day"}},
		{"duration en digits", Durations, "within 3 working days upon", []string{"3 workday"}},
		{"duration en paren", Durations, "thirty (30) days", []string{"30 day"}},
		{"duration en a", Durations, "for a month", []string{"1 month"}},
		{"duration en years", Durations, "for 5 years or even more", []string{"5 year"}},
		{"duration zh 天", Durations, "我们将在三十天内回复", []string{"30 day"}},
		{"duration zh 日", Durations, "至少提前三十日向您通知", []string{"30 day"}},
		{"duration zh 工作日", Durations, "在 3 个工作日内完成", []string{"3 workday"}},
		{"duration zh 个月", Durations, "在最近一个月内", []string{"1 month"}},
		{"duration zh 年", Durations, "保存 5 年甚至更长", []string{"5 year"}},
		{"no duration in a date", Durations, "2021 年 3 月 10 日", nil},
		{"no duration in 统一日期", Durations, "统一日期", nil},
		{"age en under", Ages, "children under 14", []string{"14"}},
		{"age en below the age of", Ages, "a minor below the age of 18", []string{"18"}},
		{"age en years old", Ages, "anyone under 16 years old", []string{"16"}},
		{"age en not a duration", Ages, "under 30 days", nil},
		{"age zh 不满", Ages, "不满十四周岁的未成年人", []string{"14"}},
		{"age zh 以下", Ages, "若您是 18 周岁以下的未成年人", []string{"18"}},
		{"date en mdy", Dates, "Updated on: July 27, 2020", []string{"2020-07-27"}},
		{"date en dmy", Dates, "on 27 July 2020", []string{"2020-07-27"}},
		{"date en month", Dates, "since May 2021", []string{"2021-05"}},
		{"date iso", Dates, "version 2021-03-10", []string{"2021-03-10"}},
		{"date zh", Dates, "更新日期: 2021 年 3 月 10 日", []string{"2021-03-10"}},
		{"date zh tight", Dates, "2020年7月27日", []string{"2020-07-27"}},
		{"email", Emails, "发送邮件至 privacy@jd.com 的方式", []string{"privacy@jd.com"}},
		{"email obfuscated", Emails, "email us at (privacy [at] github [dot] com)", []string{"privacy@github.com"}},
		{"phone hotline", Phones, "hotline at 400-615-1212 at any time", []string{"4006151212"}},
		{"phone extension", Phones, "拨打 400-098-8505 转 2 与我们联系", []string{"4000988505x2"}},
		{"phone international", Phones, "call +1 (415) 555-0100 ext. 12", []string{"14155550100x12"}},
		{"phone not a date", Phones, "on 2021-03-10", nil},
		{"phone not a zip", Phones, "San Francisco, CA 94107", nil},
		{"url", URLs, "see https://creativecommons.org/publicdomain/zero/1.0/.", []string{"creativecommons.org/publicdomain/zero/1.0"}},
		{"url language segment", URLs, "https://docs.github.com/cn/site-policy", []string{"docs.github.com/site-policy"}},
		{"url before chinese", URLs, "访问 https://docs.github.com/，然后从", []string{"docs.github.com"}},
	}
	for _, tt := range tests {
		if got := keys(tt.fn(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %q gives %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}

// FuzzNumbers checks that extraction never panics and that every number's
// offsets quote its text, whatever the input.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"三十天", "３０ days", "百分之百", "1,000.5", "二〇二一年三月", "twenty-four"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range Numbers(s) {
			if n.Pos < 0 || n.End > len(s) || n.Pos > n.End || s[n.Pos:n.End] != n.Text {
				t.Fatalf("Numbers(%q): bad span %+v", s, n)
			}
		}
		for _, fn := range []func(string) []Span{Durations, Ages, Dates, Emails, Phones, URLs} {
			for _, sp := range fn(s) {
				if sp.Pos < 0 || sp.End > len(s) || s[sp.Pos:sp.End] != sp.Text {
					t.Fatalf("%q: bad span %+v", s, sp)
				}
			}
		}
	})
}
