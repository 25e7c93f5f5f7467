package material

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/policydiff/policydiff/internal/lazy"
)

// concept is one lexicon entry: a thing whose count in a clause changing
// says which material-change item the change touches. Synonyms share a
// concept, so that rewording "erase" as "delete" changes nothing.
type concept struct {
	cat  int
	name string // rule stem, e.g. "data.facial", "rights.delete"
	// en and zh are the patterns as written, English words matching whole
	// and case-blind, Chinese ones as substrings; lexAlts splits them.
	en, zh string

	// The pattern of both and what its matches need (see required), made
	// on first use: the lexicon itself is laid out by the linker.
	reOnce   sync.Once
	compiled *regexp.Regexp
	needOnce sync.Once
	needs    []string
}

// expr is the concept's pattern: its English and Chinese alternatives.
func (c *concept) expr() string {
	var parts []string
	if c.en != "" {
		parts = append(parts, `(?i:\b(?:`+c.en+`)\b)`)
	}
	if c.zh != "" {
		parts = append(parts, `(?:`+c.zh+`)`)
	}
	return strings.Join(parts, "|")
}

// re is the concept's pattern, compiled.
func (c *concept) re() *regexp.Regexp {
	c.reOnce.Do(func() { c.compiled = regexp.MustCompile(c.expr()) })
	return c.compiled
}

// need is what every match of the concept's pattern holds.
func (c *concept) need() []string {
	c.needOnce.Do(func() { c.needs = required(c.expr()) })
	return c.needs
}

// lexAlts are the alternatives of a concept's pattern, each a pattern of
// its own, in order: joined by "|" they match as its re does (see
// lexScanner). lextable.go holds them already split: splitting the
// lexicon's hundreds of words took a tenth of a millisecond of every run.
func lexAlts(c *concept) []string {
	var alts []string
	for _, a := range splitAlts(c.en) {
		alts = append(alts, `(?i:\b(?:`+a+`)\b)`)
	}
	for _, a := range splitAlts(c.zh) {
		alts = append(alts, `(?:`+a+`)`)
	}
	return alts
}

// flagAlts splits a pattern at its top-level "|", each alternative keeping
// the leading (?i) that applies to all of them: scanned, an alternative
// of fixed strings is then compared as such (exact.go) and another is
// compiled alone, where the whole pattern was compiled for any of them.
func flagAlts(expr string) []string {
	body, fold := strings.CutPrefix(expr, "(?i)")
	alts := splitAlts(body)
	if fold {
		for i, a := range alts {
			alts[i] = "(?i)" + a
		}
	}
	return alts
}

// splitAlts splits a pattern at its top-level "|".
func splitAlts(expr string) []string {
	var out []string
	depth, class, from := 0, false, 0
	for i := 0; i < len(expr); i++ {
		switch c := expr[i]; {
		case c == '\\':
			i++
		case class:
			class = c != ']'
		case c == '[':
			class = true
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == '|' && depth == 0:
			out = append(out, expr[from:i])
			from = i + 1
		}
	}
	if expr != "" {
		out = append(out, expr[from:])
	}
	return out
}

// lexScan is the scanner of the lexicon. Its starts come from the table
// TestLexStartTable writes (lextable.go), since parsing forty patterns and
// their hundreds of alternatives took milliseconds of every run; a table
// made for other patterns than these is not used.
var lexScan = &lazy.Value[*lexScanner]{New: func() *lexScanner {
	return tableScanner(lexSources(), lexiconAlts, &lexTable)
}}

// lexSources are the lexicon's patterns as written, English and Chinese.
func lexSources() []string {
	var src []string
	for i := range lexicon {
		src = append(src, lexicon[i].en, lexicon[i].zh)
	}
	return src
}

func lexiconAlts() [][]string {
	alts := make([][]string, len(lexicon))
	for i := range lexicon {
		alts[i] = lexAlts(&lexicon[i])
	}
	return alts
}

// scanTable is what TestLexStartTable writes to lextable.go for a scanner:
// the patterns as written (sources) and the scanner built from them, laid
// out by the linker. Building the three scanners at run time took a
// fifth of a millisecond of every comparison, most of it faulting in the
// fresh pages their tables filled.
type scanTable struct {
	sources []string
	scanner *lexScanner
}

// tableScanner is the scanner of t, unless t was made from other patterns
// than sources (one edited since the table was written): then it is built
// anew from alts.
func tableScanner(sources []string, alts func() [][]string, t *scanTable) *lexScanner {
	if t.scanner != nil && slices.Equal(sources, t.sources) {
		return t.scanner
	}
	return buildScanner(alts())
}

// lexicon is deliberately specific: generic words ("information", "data",
// "purpose", "service") move around in every rewording, so they are not here.
var lexicon = [...]concept{
	// 1: types of personal information.
	{cat: 1, name: "data.facial", en: `facial (?:information|features|recognition|images?|geometry)|face (?:recognition|scan|images?|data|geometry)|faceprints?`, zh: `面部信息|面部特征|面部识别|面部几何|人脸|刷脸|扫脸`},
	{cat: 1, name: "data.biometric", en: `biometrics?(?: information| data| identifiers?)?|fingerprints?|voiceprints?|iris|retina`, zh: `生物识别|生物特征|指纹|声纹|虹膜|掌纹`},
	{cat: 1, name: "data.id-document", en: `id card|identity card|identity document|id number|passport(?: number)?|national id|social security number|driver'?s licen[cs]e`, zh: `身份证|证件号|证件信息|护照|驾驶证|社会保障号`},
	{cat: 1, name: "data.phone-number", en: `(?:mobile |cell |tele)?phone numbers?|mobile numbers?|telephone numbers?`, zh: `手机号|电话号码|联系电话|手机号码`},
	{cat: 1, name: "data.location", en: `(?:precise |geo|gps |approximate )?locations?(?: information| data)?|geolocation|gps|latitude|longitude`, zh: `位置信息|地理位置|位置|定位|行踪轨迹|经纬度|GPS`},
	{cat: 1, name: "data.health", en: `health(?: information| data)?|medical(?: records?| information)?|disease|genetic`, zh: `健康|医疗|病历|病史|基因|疾病`},
	{cat: 1, name: "data.financial", en: `(?:bank|financial|credit card|debit card|payment) (?:account|card|information|details)s?|bank cards?|credit cards?|income|credit (?:score|record|history)`, zh: `银行账户|银行卡|信用卡|支付账户|支付信息|财产信息|金融账户|征信|收入|交易记录`},
	{cat: 1, name: "data.contacts", en: `contacts? list|address book|call (?:logs?|records?|history)|text messages|sms content`, zh: `通讯录|联系人|通话记录|短信内容`},
	{cat: 1, name: "data.media", en: `photos?|camera|microphone|audio recordings?|voice recordings?|clipboard`, zh: `照片|相册|摄像头|麦克风|录音|剪切板|剪贴板`},
	{cat: 1, name: "data.device-id", en: `ip address(?:es)?|device identifiers?|imei|mac address|idfa|oaid|android id|advertising id|unique device`, zh: `IP ?地址|设备标识|设备唯一标识|IMEI|MAC ?地址|IDFA|OAID|Android ?ID`},
	{cat: 1, name: "data.browsing", en: `browsing history|search history|search queries|web beacons?|pixel tags?`, zh: `浏览记录|搜索记录|浏览历史|网络日志`},
	{cat: 1, name: "data.identity", en: `real names?|date of birth|birth ?date|gender|nationality|ethnicity|religio(?:n|us)|sexual orientation|criminal records?|political`, zh: `真实姓名|出生日期|生日|性别|国籍|民族|宗教|性取向|犯罪记录|政治`},
	{cat: 1, name: "data.children", en: `children'?s (?:personal )?(?:information|data)`, zh: `儿童个人信息|儿童信息`},
	{cat: 1, name: "data.sensitive", en: `sensitive (?:personal )?(?:information|data)`, zh: `敏感个人信息|个人敏感信息|敏感信息`},
	// 1: purposes and uses.
	{cat: 1, name: "purpose.advertising", en: `targeted advertising|personali[sz]ed (?:advertising|ads|recommendations?)|interest-based advertising|behavioral advertising|advertising|marketing`, zh: `个性化推荐|个性化广告|定向推送|精准营销|广告(?:[^主商]|$)|营销|推广`},
	{cat: 1, name: "purpose.profiling", en: `profiling|automated decision(?:-making)?|user profiles?|machine learning|train(?:ing)? (?:models?|ai|artificial intelligence)`, zh: `用户画像|画像|自动化决策|机器学习|训练模型|模型训练`},
	{cat: 1, name: "purpose.sale", en: `sell|sells|selling|sold|sale of (?:your )?(?:personal )?(?:information|data)`, zh: `出售|售卖|买卖`},
	// 2: ownership and organisation.
	{cat: 2, name: "ownership.transaction", en: `mergers?|acquisitions?|acquired|bankruptcy|insolvency|reorgani[sz]ation|restructuring|divestiture|change of control`, zh: `合并|收购|破产|重组|并购|分立|资产转让`},
	{cat: 2, name: "ownership.controller", en: `controllers?|operated by|operator|parent company|subsidiar(?:y|ies)|owned by|ownership`, zh: `控制者|运营者|运营主体|母公司|子公司|所有权|控股|组织架构`},
	// 3: recipients of sharing, transfer or disclosure.
	{cat: 3, name: "recipient.third-party", en: `third[- ]part(?:y|ies)`, zh: `第三方`},
	{cat: 3, name: "recipient.partner", en: `partners?|affiliates?|affiliated companies|vendors?|service providers?|suppliers?|processors?|sub-?processors?|contractors?|advertisers?|data brokers?`, zh: `合作伙伴|合作方|关联方|关联公司|关联企业|服务提供商|服务商|供应商|受托方|委托处理|广告主|广告商|数据经纪`},
	{cat: 3, name: "recipient.authority", en: `law enforcement|government (?:agencies|authorities)|public authorities|regulators?`, zh: `执法机关|政府部门|司法机关|行政机关|监管部门`},
	{cat: 3, name: "recipient.sdk", en: `sdks?|software development kits?`, zh: `SDK|软件开发工具包`},
	{cat: 3, name: "recipient.cross-border", en: `(?:cross-border|international) (?:transfers?|data transfers?)|outside (?:of )?(?:china|the (?:eea|european economic area|united states))`, zh: `跨境|出境|境外`},
	// 4: users' rights and how to exercise them.
	{cat: 4, name: "rights.access", en: `right (?:of|to) access|access (?:to )?(?:the |your |such )?(?:personal )?(?:information|data)|request(?:s)? (?:to )?access|inquire`, zh: `访问您的|查询|查阅|访问权`},
	{cat: 4, name: "rights.correct", en: `correct(?:ion)?|rectif(?:y|ication)|amend`, zh: `更正|修改您的|补充|纠正`},
	{cat: 4, name: "rights.delete", en: `delet(?:e|ion)|erase|erasure|right to be forgotten`, zh: `删除`},
	{cat: 4, name: "rights.withdraw", en: `withdraw(?:al)?(?: (?:of )?(?:your )?consent)?|revoke|revocation`, zh: `撤回|撤销授权|取消授权`},
	{cat: 4, name: "rights.cancel-account", en: `(?:cancel|close|deactivate|terminate|delete) (?:your |the )?account|account (?:cancellation|closure|deletion|deactivation)|deregist(?:er|ration)`, zh: `注销`},
	{cat: 4, name: "rights.copy", en: `portab(?:le|ility)|(?:obtain|receive|request) a copy|copy of your (?:personal )?(?:information|data)`, zh: `副本|转移至|可携带`},
	{cat: 4, name: "rights.object", en: `object(?:ion)? to|restrict(?:ion)? (?:of )?(?:the )?processing|opt[- ]?out|unsubscribe|do not sell|do not track`, zh: `拒绝|限制.{0,4}处理|退订|关闭个性化|退出`},
	{cat: 4, name: "rights.appeal", en: `appeal|lodge a complaint|right to complain`, zh: `申诉|复核`},
	{cat: 4, name: "rights.right", en: `rights? to`, zh: `权利|有权`},
	// 5: responsible department, contact method, complaint channel.
	{cat: 5, name: "contact.officer", en: `data protection officer|dpo|privacy officer|privacy (?:office|team)|responsible department|person in charge`, zh: `个人信息保护负责人|保护专员|责任部门|负责人|专职部门|隐私办公室`},
	{cat: 5, name: "contact.channel", en: `customer service|hotline|complaint channel|contact us|contact form|mailing address|postal address|online form`, zh: `客服|热线|投诉渠道|联系我们|联系方式|联系地址|通信地址|在线表单|反馈渠道`},
	{cat: 5, name: "contact.complaint", en: `complaints?|complain|report (?:to|it to) the`, zh: `投诉|举报`},
	// 6: impact assessment showing high risk.
	{cat: 6, name: "impact.assessment", en: `(?:data protection |privacy |personal information (?:security |protection )?)?impact assessments?|dpias?|risk assessments?`, zh: `影响评估|安全评估|风险评估`},
	{cat: 6, name: "impact.high-risk", en: `high(?:er)?[- ]risks?`, zh: `高风险|较高风险`},
}

// counts returns, per concept, how often it occurs in text and the first
// wording seen.
func counts(text string) (n map[string]int, word map[string]string) {
	return countConcepts(conceptText(text))
}

// countConcepts is counts on text conceptText has already read.
func countConcepts(text string) (n map[string]int, word map[string]string) {
	var scratch [][]place
	return countConceptsIn(text, &scratch)
}

// countConceptsIn is countConcepts keeping the scan's places in *scratch
// for the next call to reuse: a comparison counts the concepts of dozens
// of texts.
func countConceptsIn(text string, scratch *[][]place) (n map[string]int, word map[string]string) {
	if foldsToASCII(text) {
		return countConceptsPlain(text)
	}
	n, word = map[string]int{}, map[string]string{}
	s := lexScan.Get()
	at := s.candidatesInto(text, *scratch)
	*scratch = at
	for i := range lexicon {
		c := &lexicon[i]
		if s.scanned[i] {
			if k, first := s.findAll(i, text, at[i]); k > 0 {
				n[c.name], word[c.name] = k, first
			}
			continue
		}
		if !hasFold(c.need(), text) {
			continue
		}
		if ms := c.re().FindAllString(text, -1); len(ms) > 0 {
			n[c.name], word[c.name] = len(ms), ms[0]
		}
	}
	return n, word
}

// countConceptsPlain is countConcepts with every pattern run over the
// whole text: the reference the keyword scan must agree with.
func countConceptsPlain(text string) (n map[string]int, word map[string]string) {
	n, word = map[string]int{}, map[string]string{}
	folded := foldKey(text)
	for i := range lexicon {
		c := &lexicon[i]
		if !mayMatch(c.need(), folded) {
			continue
		}
		ms := c.re().FindAllString(text, -1)
		if len(ms) == 0 {
			continue
		}
		n[c.name] = len(ms)
		word[c.name] = ms[0]
	}
	return n, word
}

// conceptText is the text the lexicon reads: "dpo@jdcloud.com" names no
// data protection officer, and a path in a link is no right: entities are
// compared on their own.
func conceptText(text string) string {
	// Each pattern runs only on text holding what every match of it holds.
	if strings.Contains(text, "@") {
		text = emailRe.Re().ReplaceAllString(text, " ")
	}
	if indexUpper(text, "HTTP") >= 0 || indexUpper(text, "WWW.") >= 0 {
		text = urlRe.Re().ReplaceAllString(text, " ")
	}
	if strings.Contains(text, "](") {
		text = linkTargetRe.Re().ReplaceAllString(text, "]")
	}
	return text
}

// linkTargetRe matches the target of a markdown link, "(#resolving-complaints)"
// after "[Resolving complaints]": the anchor repeats the words it links.
var linkTargetRe = &lazy.Regexp{Expr: `\]\([^()\s]*\)`}
