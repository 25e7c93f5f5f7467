package textio

import (
	"strings"
	"testing"
)

func docxBody(body string) string {
	return `<w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`
}

func TestDOCXCases(t *testing.T) {
	wpsStyles := `<w:styles ` + wNS + `>
<w:style w:styleId="2"><w:name w:val="标题 2"/></w:style>
<w:style w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
<w:style w:styleId="List"><w:name w:val="list clause"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:styleId="Sub"><w:name w:val="sub clause"/><w:basedOn w:val="List"/></w:style>
</w:styles>`
	numbering := `<w:numbering ` + wNS + `><w:abstractNum w:abstractNumId="7">` +
		lvl(0, "decimal", "%1.", "") + lvl(1, "decimal", "%1.%2", "") +
		lvl(2, "decimalEnclosedCircle", "%3", `<w:lvlRestart w:val="0"/>`) +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num></w:numbering>`
	tests := []struct {
		name   string
		styles string
		body   string
		want   []string
	}{
		{
			name: "heading style id without styles part",
			body: para("Heading1", -1, 0, run("Privacy Policy")) + para("Heading3", -1, 0, run("Cookies")),
			want: []string{"# Privacy Policy", "### Cookies"},
		},
		{
			name:   "wps heading name and table of contents dropped",
			styles: wpsStyles,
			body:   para("TOC1", -1, 0, run("一、适用范围 3")) + para("2", -1, 0, run("适用范围")),
			want:   []string{"## 适用范围"},
		},
		{
			name:   "list from the style, level from the paragraph",
			styles: wpsStyles,
			body: para("List", -1, 0, run("Scope")) +
				`<w:p><w:pPr><w:pStyle w:val="Sub"/><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>` + run("Applies to the website.") + `</w:p>` +
				para("Sub", -1, 0, run("Second scope")),
			want: []string{"1. Scope", "1.1 Applies to the website.", "2. Second scope"},
		},
		{
			name:   "two numIds on one list continue it",
			styles: wpsStyles,
			body:   para("", 1, 0, run("first")) + para("", 2, 0, run("second")),
			want:   []string{"1. first", "2. second"},
		},
		{
			name:   "lvlRestart 0 never restarts; enclosed circle numbers",
			styles: wpsStyles,
			body: para("", 1, 2, run("甲")) + para("", 1, 0, run("top")) + para("", 1, 2, run("乙")) +
				para("", 1, 1, run("mid")) + para("", 1, 2, run("丙")),
			want: []string{"①甲", "1. top", "②乙", "1.1 mid", "③丙"},
		},
		{
			name: "vertically merged cells are copied down each row",
			body: `<w:tbl><w:tr>` + cell("场景", "") + cell("字段", "") + `</w:tr>` +
				`<w:tr>` + cell("刷脸实名", `<w:vMerge w:val="restart"/>`) + cell("人脸信息", "") + `</w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>` + cell("姓名", "") + `</w:tr>` +
				`<w:tr>` + cell("推送", "") + cell("设备信息", "") + `</w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>` + cell("型号", "") + `</w:tr></w:tbl>`,
			want: []string{"| 场景 | 字段 |", "| --- | --- |", "| 刷脸实名 | 人脸信息 |", "| 刷脸实名 | 姓名 |", "| 推送 | 设备信息 |", "|  | 型号 |"},
		},
		{
			name: "line breaks, soft hyphens and no-break hyphens",
			body: `<w:p><w:r><w:t>Tel</w:t><w:noBreakHyphen/><w:t>line</w:t><w:softHyphen/><w:br/><w:t>second line</w:t></w:r></w:p>`,
			want: []string{"Tel-line", "second line"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := map[string]string{"word/document.xml": docxBody(tt.body), "word/numbering.xml": numbering}
			if tt.styles != "" {
				parts["word/styles.xml"] = tt.styles
			}
			got, err := Decode("a.docx", buildDOCX(t, parts))
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, l := range strings.Split(got.Text, "\n") {
				if l != "" {
					lines = append(lines, l)
				}
			}
			if strings.Join(lines, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got  %q\nwant %q", lines, tt.want)
			}
		})
	}
}
