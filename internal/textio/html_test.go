package textio

import (
	"os"
	"strings"
	"testing"
)

func decodeFixture(t *testing.T, name string) Text {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(name, b)
	if err != nil {
		t.Fatalf("Decode(%s): %v", name, err)
	}
	return got
}

func TestHTMLKeepsPolicyDropsChrome(t *testing.T) {
	tests := []struct {
		file       string
		keep, drop []string // whole lines kept; substrings that must be gone
	}{
		{
			file: "privacy.en.html",
			keep: []string{
				"# JD Cloud & AI Privacy Policy", // the article's own <header> stays
				"Updated on: July 27, 2020",      // <br> ends a line
				"Valid from: July 28, 2020",
				"[Special Notification] Please carefully read the JD Cloud & AI Privacy Policy and confirm that you have understood our rules to process your personal information.",
				"## I. Scope of application",
				"1.1 The Privacy Policy is applicable to all services on the JD Cloud & AI website.", // nbsp, link text
				"- Basic information: account name, mobile phone number and email address;",
				"- Personal identity information: ID card, passport",
				"  - for real-name authentication only",
				"### 3.1 How we share your information",
				"1. We will not share your information except:",
				"  a. with your explicit consent;",
				"  b. as required by law.",
				"2. We will require partners to protect your information.",
				"| Scenario Description | Personal Information Field | Third-party Organization Name |",
				"| --- | --- | --- |",
				"| Face Scanning and Real Name | Facial Information, Name, ID Card Number | JD Digits |",
				`| Huawei Push | Device Unique Identification Code \| Version | Huawei Technologies Co. Ltd. |`,
				"## IX. How to contact us",
				"Email: jdcloud@jd.com, hotline: 400-615-1212.",
			},
			drop: []string{
				"Products", "Pricing", // nav
				"We use cookies", "Accept all", // role=dialog banner, button
				"dataLayer", "analytics", "font-family", // script, style
				"enable JavaScript",           // noscript
				"Draft clause",                // display:none
				"Related", "Terms of Service", // aside
				"All rights reserved", "Sitemap", // site footer
				"Privacy Policy | JD Cloud",       // <title> when the page has an <h1>
				"Skip to main content", "Legal ›", // outside <main>
			},
		},
		{
			file: "privacy.zh.html",
			keep: []string{
				"# 京东云隐私政策", // <title>, as the page has no <h1>
				"## 一、适用范围",
				// The source line break between 、 and 网 is no space in Chinese.
				"1.1 本隐私权政策适用于京东云网站所有服务，包括向您提供页面浏览、网站登录服务，以及通过京东云网站向您提供的技术服务。",
				"1. 不提供手机号码，将无法进行账号注册；",
				"2. 不进行实名认证（个人实名认证需要提供姓名、身份证号、银行账号）。",
				"| 场景描述 | 个人信息字段 | 第三方机构名称 |",
				"| 刷脸实名 | 人脸信息、姓名、身份证号 | 京东数科 |",
				"联系我们：jdcloud@jd.com，电话\u3000400-615-1212。", // ideographic space kept
			},
			drop: []string{"首页", "文档", "京ICP备"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := decodeFixture(t, tt.file)
			if got.Format != "html" || got.Encoding != "utf-8" {
				t.Errorf("format, encoding = %s, %s", got.Format, got.Encoding)
			}
			lines := map[string]bool{}
			for _, l := range strings.Split(got.Text, "\n") {
				lines[l] = true
			}
			for _, k := range tt.keep {
				if !lines[k] {
					t.Errorf("missing line %q", k)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(got.Text, d) {
					t.Errorf("kept %q, which is page chrome", d)
				}
			}
			if strings.Contains(got.Text, "\n\n\n") {
				t.Errorf("more than one blank line in a row")
			}
			if t.Failed() {
				t.Logf("text:\n%s", got.Text)
			}
		})
	}
}

func TestHTMLStructures(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"paragraphs apart by blank lines", "<p>One</p><p>Two</p>", "One\n\nTwo\n"},
		{"inline whitespace collapses", "<p>a  <b>bold</b>\n\t<i>word</i></p>", "a bold word\n"},
		{"no space invented between inline tags", "<p>per<b>son</b>al</p>", "personal\n"},
		{"ordered list start and value", `<ol start="3"><li>c</li><li value="7">g</li><li>h</li></ol>`, "3. c\n7. g\n8. h\n"},
		{"roman list type", `<ol type="I"><li>one</li><li>two</li><li>three</li><li>four</li></ol>`, "I. one\nII. two\nIII. three\nIV. four\n"},
		{"paragraphs inside a list item", "<ul><li><p>first</p><p>second</p></li></ul>", "- first\n  second\n"},
		{"one-column table is layout", "<table><tr><td><p>Only text</p></td></tr></table>", "Only text\n"},
		{"colspan keeps columns", `<table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td colspan="2">wide</td><td>z</td></tr></table>`,
			"| a | b | c |\n| --- | --- | --- |\n| wide |  | z |\n"},
		{"rowspan copied into the rows it covers", `<table><tr><th>scene</th><th>field</th><th>party</th></tr>` +
			`<tr><td rowspan="2">push</td><td>model</td><td rowspan="2">Huawei</td></tr><tr><td>version</td></tr>` +
			`<tr><td>face</td><td>name</td><td>JD</td></tr></table>`,
			"| scene | field | party |\n| --- | --- | --- |\n| push | model | Huawei |\n| push | version | Huawei |\n| face | name | JD |\n"},
		{"nested table flattens into its cell", `<table><tr><td>k</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>`,
			"| k | x y |\n| --- | --- |\n"},
		{"pre keeps its lines", "<pre>line 1\n  line 2</pre>", "line 1\n  line 2\n"},
		{"chinese line break joins, english does not", "<p>京东\n云 JD\nCloud</p>", "京东云 JD Cloud\n"},
		{"hidden attribute", "<p>shown</p><p hidden>secret</p><div aria-hidden=\"true\">icon</div>", "shown\n"},
		{"heading levels", "<h1>T</h1><h4>Sub</h4><p>x</p>", "# T\n\n#### Sub\n\nx\n"},
		{"entities", "<p>AT&amp;T &lt;b&gt; &#8220;q&#8221;</p>", "AT&T <b> \u201cq\u201d\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode("x.html", []byte("<html><body>"+tt.html+"</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != tt.want {
				t.Errorf("got  %q\nwant %q", got.Text, tt.want)
			}
		})
	}
}

func TestHTMLTitleOutsideMain(t *testing.T) {
	page := `<html><head><title>Privacy | Example</title></head><body>
<div class="hero"><h1>Privacy <em>Policy</em></h1></div>
<div class="crumbs">Home / Legal</div>
<div role="main"><h2>1. Scope</h2><p>This policy applies to example.com.</p></div>
</body></html>`
	got, err := Decode("p.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "# Privacy Policy\n\n## 1. Scope\n\nThis policy applies to example.com.\n"
	if got.Text != want {
		t.Errorf("got  %q\nwant %q", got.Text, want)
	}
}

func TestHTMLWithOnlyChromeHasNoText(t *testing.T) {
	page := `<html><head><title></title><script>var x = 1;</script></head>
<body><nav><a href="/">Home</a></nav><footer>© 2024</footer></body></html>`
	_, err := Decode("empty.html", []byte(page))
	if !isKind(err, ErrNoText) {
		t.Fatalf("err = %v, want ErrNoText", err)
	}
}
