package textdiff

import "testing"

func TestNormalizeCosmetic(t *testing.T) {
	same := []struct{ name, a, b string }{
		{"reflow", "We collect your\nname and   address.", "We collect your name and address."},
		{"bold", "We **never** sell data.", "We never sell data."},
		{"underscore emphasis", "__Important__: read this", "Important: read this"},
		{"full-width punctuation", "包括：姓名，电话（可选）。", "包括:姓名,电话(可选)."},
		{"full-width digits", "保存１８０天", "保存180天"},
		{"curly quotes", "the “Service” and users’ data", "the \"Service\" and users' data"},
		{"single for double quotes", "the \"GDPR\"", "the 'GDPR'"},
		{"chinese line break from pdf", "若您利用京东云的技术服务，为您的用户再行\n提供服务", "若您利用京东云的技术服务，为您的用户再行提供服务"},
		{"space beside chinese", "发送邮件至 jdcloud@jd.com 或", "发送邮件至jdcloud@jd.com或"},
		{"full-width comma in english", "July 27, 2020", "July 27，2020"},
		{"space after a chinese comma", "信息， 包括", "信息，包括"},
		{"ideographic space", "一、\u3000适用范围", "一、适用范围"},
		{"bold hid a space", "**Your technical data**Examples include:", "**Your technical data**\nExamples include:"},
	}
	for _, tt := range same {
		if na, nb := Normalize(tt.a), Normalize(tt.b); na != nb {
			t.Errorf("%s: %q and %q normalise differently: %q vs %q", tt.name, tt.a, tt.b, na, nb)
		}
	}
	differ := []struct{ name, a, b string }{
		{"word", "We may share data.", "We will share data."},
		{"range tilde", "1~3 days", "13 days"},
		{"snake case", "user_id", "userid"},
		{"chinese enumeration comma", "姓名、电话", "姓名,电话"},
		{"case", "JD Cloud", "jd cloud"},
		{"digit", "保存180天", "保存181天"},
		{"bold before a lower-case word hides nothing", "**Your data**examples", "**Your data** examples"},
	}
	for _, tt := range differ {
		if Normalize(tt.a) == Normalize(tt.b) {
			t.Errorf("%s: %q and %q normalise alike, but the change is substantive", tt.name, tt.a, tt.b)
		}
	}
}
