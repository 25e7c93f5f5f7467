//go:build !nosearch

package search

import (
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
)

// Hand-built clause trees whose text is copied from the seeds in
// /work/shared/seeds (JD Cloud privacy policy EN 2020-07-28 and ZH
// 2021-03-10, JD mall privacy EN 2020-10-20), shaped the way internal/parse
// shapes them: numbered sections, table rows as clauses with " | " cells.

func cl(id, label, heading, text string, kids ...*doc.Clause) *doc.Clause {
	c := &doc.Clause{ID: id, Label: label, Heading: heading, Text: text, Kind: doc.KindSection, Children: kids}
	for _, k := range kids {
		k.Parent = c
	}
	return c
}

func row(id string, cells ...string) *doc.Clause {
	return &doc.Clause{ID: id, Text: strings.Join(cells, " | "), Cells: cells, Kind: doc.KindRow}
}

func version(policy string, lang doc.Lang, date string, cs ...*doc.Clause) Version {
	return Version{Policy: policy, Lang: lang, Date: date, Doc: &doc.Document{
		Meta:    doc.Meta{Policy: policy, Lang: lang, Effective: date},
		Clauses: cs,
	}}
}

// jdcloudEN is the English JD Cloud policy; withFace false gives an earlier
// version of our own making, before the face-scanning SDK row was added.
func jdcloudEN(date string, withFace bool) Version {
	rows := []*doc.Clause{}
	if withFace {
		rows = append(rows, row("5.1.4(1)", "Face Scanning and Real Name", "Facial Information, Name, ID Card Number, Enterprise Name", "JD Digits"))
	}
	rows = append(rows,
		row("5.1.4(2)", "Huawei Push", "Device Unique Identification Code, Version, Device Model and Device Manufacturer", "Huawei Technologies Co. Ltd."),
		row("5.1.4(3)", "WeChat Pay, Sharing and Login", "User Nickname, User Unique Identification and Network IP Address", "Shenzhen Tencent Computer System Co., Ltd."))
	return version("jdcloud-privacy", doc.English, date,
		cl("1", "I.", "Scope of application", "The Privacy Policy applies to JD Cloud & AI products and services."),
		cl("4", "IV.", "How we collect your information", "",
			cl("4.2.5", "4.2.5", "", "When you use our website or services provided via the client, we will automatically collect detailed information on your usage of our services and store it as relevant network log. Such information includes the content you have searched and queried, your IP address, browser type, Telecom operator, the language you have used, access date and time and the history of website you have accessed.")),
		cl("5", "V.", "How we share, transfer and publicly disclose your personal information", "",
			cl("5.1.3", "5.1.3", "", "We may entrust our partners to provide specific services, so we need to share your user information with our partners to guarantee the smooth completion of providing you with services."),
			cl("5.1.4", "5.1.4", "", "In order to ensure that you can use the above professional service, we will built software development kit (\"SDK\") from authorized cooperation partners or other similar APPs in our client (JD Cloud & AI App).", rows...)),
		cl("10", "X.", "How to contact us", "If you have any questions, comments or suggestions about the Privacy Policy, you can contact us at privacy@jd.com."),
	)
}

func jdcloudZH(date string) Version {
	return version("jdcloud-privacy", doc.Chinese, date,
		cl("1", "一、", "适用范围", "本隐私政策适用于京东智联云的产品与服务。"),
		cl("5", "五、", "我们如何共享、转让、公开披露您的个人信息", "",
			cl("5.1.3", "5.1.3", "", "我们可能会委托合作伙伴来提供某些服务, 而需要和合作伙伴共享您的用户信息, 以保障为您提供服务顺利完成。"),
			cl("5.1.4", "5.1.4", "", "为了使您能够使用上述专业服务，我们的客户端（京东智联云 APP）中会嵌入授权合作伙伴的软件工具开发包（“SDK”）或其他类似的应用程序。",
				row("5.1.4(1)", "扫脸实名", "面部信息、姓名、证件号、企业名称", "京东数字科技控股股份有限公司"),
				row("5.1.4(2)", "华为推送", "设备唯一标识码、系统版本、设备型号、设备厂商", "华为技术有限公司"))),
		cl("7", "七、", "您如何管理您的个人信息", "您可以访问、更正、删除您的个人信息。"),
		cl("10", "十、", "如何联系我们", "如果您对本隐私政策有任何疑问、意见或建议，可以通过 privacy@jd.com 与我们联系。"),
	)
}

func jdMallEN() Version {
	return version("jd-privacy", doc.English, "2020-10-20",
		cl("1", "1.", "How we collect and use your personal information", "",
			cl("1(2)", "(2)", "", "Extended functions based on the camera: With this extended function, you can shoot videos, take pictures, scan codes, and log in with face recognition. We will collect your facial information when you log in with facial recognition.")),
	)
}

func seedVersions() []Version {
	return []Version{
		jdcloudEN("2019-06-01", false),
		jdcloudEN("2020-07-28", true),
		jdcloudZH("2021-03-10"),
		jdMallEN(),
	}
}

// fakeGlossary stands in for glossary.Builtin in tests of the expansion
// mechanics; it knows one pair in each direction.
type fakeGlossary map[string][]string

func (g fakeGlossary) Expand(q string, _ doc.Lang) []string {
	var out []string
	for k, v := range g {
		if strings.Contains(strings.ToLower(q), k) {
			out = append(out, v...)
		}
	}
	return out
}

var testGlossary = fakeGlossary{
	"facial information": {"面部信息", "人脸信息"},
	"面部信息":               {"facial information"},
}
