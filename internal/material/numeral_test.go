package material

import "testing"

func TestChineseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"十", 10, true}, {"十五", 15, true}, {"三十", 30, true}, {"二十四", 24, true},
		{"一百二十", 120, true}, {"一百零五", 105, true}, {"两千", 2000, true},
		{"三万五千", 35000, true}, {"二〇二一", 2021, true}, {"七", 7, true},
		{"叁拾", 30, true}, {"", 0, false}, {"十五天", 0, false}, {"abc", 0, false},
	}
	for _, tc := range tests {
		got, ok := ChineseNumber(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ChineseNumber(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestEnglishNumber(t *testing.T) {
	for in, want := range map[string]int{"30": 30, "thirty": 30, "Forty-five": 45, "fifteen": 15, "one hundred": 100} {
		if got, ok := EnglishNumber(in); !ok || got != want {
			t.Errorf("EnglishNumber(%q) = %d, %v", in, got, ok)
		}
	}
	if _, ok := EnglishNumber("several"); ok {
		t.Error("several parsed")
	}
}

func TestDurations(t *testing.T) {
	tests := []struct {
		text string
		want []Duration
	}{
		{"In general, we will give you a reply within thirty days.", []Duration{{"thirty days", 30, "deadline"}}},
		{"一般情况下, 我们将在十五天内回复。", []Duration{{"十五天", 15, "deadline"}}},
		{"我们将在15个工作日内答复您的请求。", []Duration{{"15个工作日", 21, "deadline"}}},
		{"We retain logs for 6 months.", []Duration{{"6 months", 180, "retention"}}},
		{"个人信息保存期限为三年。", []Duration{{"三年", 1095, "retention"}}},
		{"本政策于2021年3月10日生效。", nil},
		{"更新日期：二〇二一年三月十日", nil},
		{"You must be at least 18 years old.", []Duration{{"18 years", 18 * 365, ""}}},
	}
	for _, tc := range tests {
		got := durations(tc.text)
		if len(got) != len(tc.want) {
			t.Errorf("durations(%q) = %v, want %v", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("durations(%q)[%d] = %v, want %v", tc.text, i, got[i], tc.want[i])
			}
		}
	}
}

func TestEntities(t *testing.T) {
	text := "Email dpo@jdcloud.com or call 400-615-1212 or 400-098-8505 转 2, visit https://help.jd.com/?utm_source=x. " +
		"We share with Shenzhen Tencent Computer System Co., Ltd. and 华为技术有限公司, and with 我们与京东数字科技控股股份有限公司." +
		"我们不会与其他公司共享，但中国移动通信集团有限公司除外；或者公司控制权变更时。"
	e := entities(text)
	addr := entities("Contact address: No.18 Yard, No. 11 Kechuang Street, Yizhuang Economic and Technological Development Zone, Beijing You can also contact us.")[entAddress]
	if !sameEntity(entCompany, normalCompany("GitHub Inc."), normalCompany("GitHub, Inc.")) ||
		!sameEntity(entCompany, normalCompany("Spotify USA Inc."), normalCompany("Data Protection Officer Spotify USA Inc.")) ||
		!sameEntity(entCompany, normalCompany("Lionheart Squared Limited"), normalCompany("Lionheart Squared Ltd")) ||
		!sameEntity(entAddress, "150 greenwich street, floor 62 new york, ny 10007 usa", "150 greenwich street, floor 62, new york, ny 10007, usa") ||
		sameEntity(entAddress, "no. 11 kechuang street, beijing", "no. 8 kechuang street, beijing") ||
		sameEntity(entCompany, normalCompany("Beijing Jingdong Shangke Information Technology Co., Ltd."), normalCompany("Beijing Jingdong Century Information Technology Co., Ltd.")) {
		t.Error("company identity")
	}
	if _, ok := addr["no. 11 kechuang street, yizhuang economic and technological development zone, beijing"]; !ok || len(addr) != 1 {
		t.Errorf("address: %v", addr)
	}
	want := map[string][]string{
		entEmail:   {"dpo@jdcloud.com"},
		entPhone:   {"4006151212", "4000988505 ext 2"},
		entURL:     {"help.jd.com"},
		entCompany: {"shenzhen tencent computer system co ltd", "华为技术有限公司", "京东数字科技控股股份有限公司", "中国移动通信集团有限公司"},
	}
	for kind, norms := range want {
		for _, n := range norms {
			if _, ok := e[kind][n]; !ok {
				t.Errorf("%s %q missing from %v", kind, n, e[kind])
			}
		}
		if len(e[kind]) != len(norms) {
			t.Errorf("%s: got %v, want %v", kind, e[kind], norms)
		}
	}
}

func TestDateLines(t *testing.T) {
	for line, want := range map[string]bool{
		"Updated on: July 27, 2020":                  true,
		"Last updated: 2023-02-01":                   true,
		"Effective as of 22 February 2023":           true,
		"更新日期: 2021 年 3 月 10 日":                      true,
		"生效日期：二〇二一年三月十日":                             true,
		"Updated our partners list to include Acme.": false,
		"我们希望通过本政策向您说明如何访问、更新、删除和保护这些信息。":     false,
		"京东云计算有限公司非常重视用户的隐私，本政策的更新版本将在发布后生效。": false,
	} {
		if got := dateLineRe.Re().MatchString(fold(line)); got != want {
			t.Errorf("date line %q: %v, want %v", line, got, want)
		}
	}
}
