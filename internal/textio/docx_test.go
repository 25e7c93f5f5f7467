package textio

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// buildDOCX zips the given parts (name → XML) into a .docx.
func buildDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts["[Content_Types].xml"] = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func lvl(ilvl int, fmtName, text string, extra string) string {
	return `<w:lvl w:ilvl="` + string(rune('0'+ilvl)) + `"><w:start w:val="1"/><w:numFmt w:val="` + fmtName +
		`"/><w:lvlText w:val="` + text + `"/>` + extra + `</w:lvl>`
}

// Three lists: an English one ("1." then "（1）"), a Chinese one ("一、"
// then a legal "%1.%2" that shows "1.1"), a bullet list; numId 3 reuses the
// English list with a start override.
var testNumbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="0">` + lvl(0, "decimal", "%1.", "") + lvl(1, "decimal", "（%2）", "") + lvl(2, "lowerLetter", "%3)", "") + `</w:abstractNum>
<w:abstractNum w:abstractNumId="1">` + lvl(0, "chineseCounting", "%1、", `<w:pStyle w:val="1"/>`) + lvl(1, "decimal", "%1.%2", `<w:isLgl/>`) + `</w:abstractNum>
<w:abstractNum w:abstractNumId="2">` + lvl(0, "bullet", "\uF0B7", "") + `</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`

// Chinese Word names heading styles "1", "2" and numbers headings through
// the style, not the paragraph.
var testStyles = `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wNS + `>
<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
  <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
</w:styles>`

func para(style string, numID, ilvl int, runs string) string {
	var ppr string
	if style != "" {
		ppr += `<w:pStyle w:val="` + style + `"/>`
	}
	if numID >= 0 {
		ppr += `<w:numPr><w:ilvl w:val="` + string(rune('0'+ilvl)) + `"/><w:numId w:val="` + string(rune('0'+numID)) + `"/></w:numPr>`
	}
	if ppr != "" {
		ppr = "<w:pPr>" + ppr + "</w:pPr>"
	}
	return "<w:p>" + ppr + runs + "</w:p>\n"
}

func run(text string) string {
	return `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

func cell(text, tcPr string) string {
	return `<w:tc><w:tcPr>` + tcPr + `</w:tcPr>` + para("", -1, 0, run(text)) + `</w:tc>`
}

func testDocument() string {
	body := para("Title", -1, 0, run("京东云隐私政策")) +
		para("1", -1, 0, run("适用范围")) +
		para("", 2, 1, run("本隐私权政策适用于京东云网站所有服务。")) +
		para("", 2, 1, run("本隐私权政策")+
			`<w:del><w:r><w:delText>不</w:delText></w:r></w:del>`+
			`<w:ins><w:r><w:t>仅</w:t></w:r></w:ins>`+run("适用于京东云。")) +
		para("", 1, 0, run("Scope of application")) +
		para("", 1, 1, run("Basic information;")) +
		para("", 1, 1, `<w:r><w:t>Identity</w:t></w:r><w:r><w:tab/><w:t>information;</w:t></w:r>`) +
		para("", 1, 2, run("Real-name authentication only.")) +
		para("", 1, 0, run("How we collect")) +
		para("", 1, 1, run("When you register,")+
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://jdcloud.com" </w:instrText></w:r>`+
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`+run(" see the site")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`+
			`<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN NOTE</w:t></w:r>`+run(".")) +
		para("", -1, 0, "") + // an empty paragraph
		para("1", -1, 0, run("我们如何收集信息")) +
		para("", 2, 1, run("您申请成为京东云会员。")) +
		para("1", 0, 0, run("附件（不编号）")) + // numId 0 switches the style's numbering off
		para("", 3, 0, run("Restarted list.")) +
		para("", 4, 0, run("A bullet point.")) +
		para("Heading2", -1, 0, run("Third-party SDKs")) +
		`<w:tbl><w:tr>` + cell("场景描述", "") + cell("个人信息字段", "") + cell("第三方机构名称", "") + `</w:tr>` +
		`<w:tr>` + cell("刷脸实名", "") + cell("人脸信息、姓名", "") + cell("京东数科", "") + `</w:tr>` +
		`<w:tr>` + cell("合并单元格", `<w:gridSpan w:val="2"/>`) + cell("京东 | 数科", "") + `</w:tr></w:tbl>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>` +
		para("", -1, 0, run("Text box text.")) + `</w:txbxContent></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><w:txbxContent>` + para("", -1, 0, run("Text box text.")) + `</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + body + `<w:sectPr/></w:body></w:document>`
}

func TestDecodeDOCX(t *testing.T) {
	data := buildDOCX(t, map[string]string{
		"word/document.xml":  testDocument(),
		"word/numbering.xml": testNumbering,
		"word/styles.xml":    testStyles,
	})
	got, err := Decode("policy.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Format != "docx" || got.Encoding != "docx" {
		t.Errorf("format, encoding = %s, %s", got.Format, got.Encoding)
	}
	want := []string{
		"# 京东云隐私政策",
		"# 一、适用范围",
		"1.1 本隐私权政策适用于京东云网站所有服务。",
		"1.2 本隐私权政策仅适用于京东云。",
		"1. Scope of application",
		"（1） Basic information;",
		"（2） Identity information;",
		"a) Real-name authentication only.",
		"2. How we collect",
		"（1） When you register, see the site.",
		"# 二、我们如何收集信息",
		"2.1 您申请成为京东云会员。",
		"# 附件（不编号）",
		"1. Restarted list.",
		"- A bullet point.",
		"## Third-party SDKs",
		"| 场景描述 | 个人信息字段 | 第三方机构名称 |",
		"| --- | --- | --- |",
		"| 刷脸实名 | 人脸信息、姓名 | 京东数科 |",
		`| 合并单元格 |  | 京东 \| 数科 |`,
		"Text box text.",
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(got.Text), "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\n\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	for _, gone := range []string{"HYPERLINK", "HIDDEN", "不适用"} {
		if strings.Contains(got.Text, gone) {
			t.Errorf("kept %q", gone)
		}
	}
}

func TestDecodeDOCXErrors(t *testing.T) {
	noDoc := buildDOCX(t, map[string]string{"xl/workbook.xml": "<workbook/>"})
	noText := buildDOCX(t, map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body><w:p/></w:body></w:document>`})
	tests := []struct {
		name string
		data []byte
		kind error
		msg  string
	}{
		{"not a zip", []byte("just some text"), ErrUnknownFormat, "no zip header"},
		{"old binary word", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), ErrUnknownFormat, "save it as .docx"},
		{"zip without word/document.xml", noDoc, ErrUnknownFormat, "word/document.xml"},
		{"document without text", noText, ErrNoText, "no text"},
		{"truncated zip", noText[:len(noText)/2], ErrUnknownFormat, "not a valid docx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("a.docx", tt.data)
			if !isKind(err, tt.kind) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("err = %v, want %v containing %q", err, tt.kind, tt.msg)
			}
		})
	}
}

func TestSniffDOCXWithoutExtension(t *testing.T) {
	data := buildDOCX(t, map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body>` + para("", -1, 0, run("Hello")) + `</w:body></w:document>`})
	got, err := Decode("download", data)
	if err != nil || got.Format != "docx" || got.Text != "Hello\n" {
		t.Fatalf("got %+v, %v", got, err)
	}
}
