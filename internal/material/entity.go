package material

import (
	"net/url"
	"strings"

	"github.com/policydiff/policydiff/internal/lazy"
)

// Entity kinds: the concrete things whose appearance or disappearance makes
// a change material whatever words surround them.
const (
	entEmail   = "email"
	entPhone   = "phone"
	entURL     = "url"
	entCompany = "company"
	entAddress = "address"
)

var (
	emailRe = &lazy.Regexp{Expr: `[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`}
	// Service lines (400-615-1212), landlines with area codes, mobiles, and
	// international forms, with an optional extension (转 2, ext. 2).
	phoneRe = &lazy.Regexp{Expr: `(?i)(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s?)?\b(?:[48]00[\s-]?\d{3}[\s-]?\d{4}|1[3-9]\d{9}|0\d{2,3}[\s-]\d{7,8}|\d{3}[\s-]\d{3}[\s-]\d{4})\b(?:\s*(?:转|ext\.?|extension|x)\s*\d{1,5})?`}
	urlRe   = &lazy.Regexp{Expr: `(?i)\b(?:https?://|www\.)[^\s<>"'()（）\[\]「」，。；、|]+`}
	// Company names: a run of capitalised words ending in a legal form, or
	// Han characters ending in 公司 / 集团.
	// Words are joined by spaces or tabs only: a name never runs over a
	// line break. "GitHub, Inc." keeps its comma. A word may be a place in
	// parentheses, as an arm of a group is named: "Lionheart Squared
	// (Europe) Limited", "Jingdong Century Trading (Beijing) Co., Ltd.".
	enCompanyRe = &lazy.Regexp{Expr: `\b(?:(?:[A-Z][\w&'’.°-]*|\([A-Z][\w&'’.°-]*\))[ \t]+){0,7}(?:[A-Z][\w&'’.°-]*,[ \t]*)?(?:Co\.,?[ \t]*Ltd\.?|Company Limited|Co\.|Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|Corp\.?|Corporation|GmbH|S\.A\.|AB|B\.V\.|PLC|plc|Pte\.? Ltd\.?)`}
	// A Chinese name needs a legal form; a bare 公司 ("或者公司") is a word.
	zhCompanyRe = &lazy.Regexp{Expr: `[\p{Han}（）()]{2,30}?(?:(?:集团)?(?:股份有限公司|有限责任公司|有限公司)|集团)`}
	// zhNotName are words no company name holds; a match holding one ran
	// in from the sentence before it.
	zhNotName = &lazy.Regexp{Expr: `我们|您|本隐私|所述|如果|或者|以及|其他|第三方|关联|的|和|与|及|等`}
	// An English address: a number, capitalised words ending in a street
	// word, then comma-separated capitalised parts (district, city).
	enAddressRe = &lazy.Regexp{Expr: `\b(?:No\.\s*)?\d+[A-Za-z]?,?\s+(?:[A-Z][\w.'-]*\s+){1,6}(?i:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Way|Yard|Building|Floor|Suite)\b(?:,\s*(?:No\.\s*)?\d*\s*[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|and|of|\d+))*){0,5}`}
	zhAddressRe = &lazy.Regexp{Expr: `[\p{Han}\d]{2,40}?(?:路|街|大道|道|巷|园区?)[\p{Han}\d\-]{0,20}?\d+号[\p{Han}\d\-层楼座室院]{0,20}`}
)

// trackingParams are query parameters that change on every capture without
// changing where a link goes.
var trackingParams = &lazy.Value[map[string]bool]{New: func() map[string]bool {
	return map[string]bool{
		"ref": true, "ref_src": true, "spm": true, "fbclid": true, "gclid": true, "_ga": true,
		"from": true, "source": true, "src": true, "scm": true, "share_token": true, "t": true, "ts": true,
	}
}}

var localeRe = &lazy.Regexp{Expr: `^[a-z]{2}(?:[-_][a-z]{2,4})?$`}

// normalURL drops the scheme, a leading www., tracking parameters, the
// fragment and trailing punctuation, so that only a change of destination
// counts.
func normalURL(raw string) string {
	raw = strings.TrimRight(raw, ".,;:!?)")
	s := raw
	if !strings.Contains(strings.ToLower(s), "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return strings.ToLower(raw)
	}
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams.Get()[strings.ToLower(k)] {
			q.Del(k)
		}
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	var path []string
	for _, seg := range strings.Split(strings.Trim(u.Path, "/"), "/") {
		// Locale segments (/us/, /zh-cn/) move with the reader's region,
		// not with the page.
		if !localeRe.Re().MatchString(strings.ToLower(seg)) {
			path = append(path, seg)
		}
	}
	out := host
	if len(path) > 0 && path[0] != "" {
		out += "/" + strings.Join(path, "/")
	}
	if enc := q.Encode(); enc != "" {
		out += "?" + enc
	}
	return out
}

func normalPhone(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= '0' && r <= '9', r == '+':
			b.WriteRune(r)
		case r == '转' || r == 'x':
			b.WriteString(" ext ")
		}
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(b.String(), "ext  ext", "ext")), " ")
}

var spaceRun = &lazy.Regexp{Expr: `\s+`}

// normalCompany keys a name without the punctuation and case that vary
// between printings: "GitHub, Inc." and "GitHub Inc." are one company.
func normalCompany(s string) string {
	s = strings.NewReplacer("（", "(", "）", ")", "’", "'", ",", " ", ".", " ").Replace(s)
	s = strings.ToLower(spaceRun.Re().ReplaceAllString(strings.TrimSpace(s), " "))
	return strings.TrimSpace(legalForms.Get().Replace(" " + s + " "))
}

// legalForms spells each legal form one way: "Limited" and "Ltd" are one.
var legalForms = &lazy.Value[*strings.Replacer]{New: func() *strings.Replacer {
	return strings.NewReplacer(" limited ", " ltd ", " incorporated ", " inc ",
		" corporation ", " corp ", " company ", " co ")
}}

// sameEntity says whether two normal forms of one kind name the same thing.
// A company name with words run in from before it ("Officer Spotify USA
// Inc") ends like the bare name; an address with the next line run into it
// starts like the bare one; punctuation between the parts does not count.
func sameEntity(kind, x, y string) bool {
	if x == y {
		return true
	}
	switch kind {
	case entCompany:
		if len(x) > len(y) {
			x, y = y, x
		}
		return len(strings.Fields(x)) >= 2 && strings.HasSuffix(y, " "+x)
	case entAddress:
		lx, ly := letters(x), letters(y)
		if len(lx) > len(ly) {
			lx, ly = ly, lx
		}
		return len(lx) >= 12 && strings.HasPrefix(ly, lx)
	}
	return false
}

// contains reports whether set holds an entity the same as norm.
func contains(set map[string]string, kind, norm string) bool {
	if _, ok := set[norm]; ok {
		return true
	}
	if kind != entCompany && kind != entAddress {
		return false
	}
	for other := range set {
		if sameEntity(kind, norm, other) {
			return true
		}
	}
	return false
}

// companyLead trims words that start a sentence rather than a name
// ("The", "Our", "With") off an English company match.
var companyLead = &lazy.Regexp{Expr: `^(?:(?:The|Our|With|By|To|And|Or|Of|From|For|Including|Such|As|Like|Its|Their|Your|Between|Companies|Company|Partners?|Affiliates?|Group)\s+)+`}

// entities extracts every entity of text, keyed by kind, each with its
// printed form (the first one seen) under its normal form.
func entities(text string) map[string]map[string]string {
	out := map[string]map[string]string{}
	add := func(kind, norm, printed string) {
		if norm == "" {
			return
		}
		if out[kind] == nil {
			out[kind] = map[string]string{}
		}
		if _, ok := out[kind][norm]; !ok {
			out[kind][norm] = printed
		}
	}
	// Each pattern runs only on text holding a literal it needs: most
	// clauses name no entity, and the patterns are the dearest step.
	noMail := text
	if strings.Contains(text, "@") {
		for _, m := range emailRe.Re().FindAllString(text, -1) {
			add(entEmail, strings.ToLower(strings.TrimRight(m, ".")), m)
		}
		noMail = emailRe.Re().ReplaceAllString(text, " ")
	}
	noURL := noMail
	if hasFold(entityNeed.url, noMail) {
		for _, m := range urlRe.Re().FindAllString(noMail, -1) {
			add(entURL, normalURL(m), strings.TrimRight(m, ".,;:"))
		}
		noURL = urlRe.Re().ReplaceAllString(noMail, " ")
	}
	// Every phone number has ten digits or more, four of them in a row,
	// within thirteen bytes; \d is ASCII only.
	for _, m := range findAllIf(phoneRe, noURL, hasDigitRun(noURL, 4) && denseDigits(noURL)) {
		add(entPhone, normalPhone(m), strings.TrimSpace(m))
	}
	for _, m := range findAllIf(enCompanyRe, noURL, mayNameCompany(noURL) && hasFold(entityNeed.enCompany, noURL)) {
		name := companyLead.Re().ReplaceAllString(m, "")
		// A bare legal form ("Inc.") or one capitalised word before it is
		// too little to name anyone reliably.
		if len(strings.Fields(name)) < 2 || strings.HasPrefix(name, "Co.") {
			continue
		}
		add(entCompany, normalCompany(name), name)
	}
	for _, m := range findAllIf(zhCompanyRe, noURL, hasFold(entityNeed.zhCompany, noURL)) {
		name := trimZhCompany(m)
		if len([]rune(name)) < 4 {
			continue
		}
		add(entCompany, normalCompany(name), name)
	}
	for _, m := range findAllIf(enAddressRe, noURL, numberThenName(noURL) && hasFold(entityNeed.enAddress, noURL)) {
		m = trimAddress(m)
		add(entAddress, strings.ToLower(spaceRun.Re().ReplaceAllString(m, " ")), m)
	}
	for _, m := range findAllIf(zhAddressRe, noURL, hasFold(entityNeed.zhAddress, noURL)) {
		add(entAddress, m, m)
	}
	return out
}

// sentenceStarts are capitalised words that begin the next sentence, not
// a part of the address before them ("…, Beijing You can also…").
var sentenceStarts = &lazy.Value[map[string]bool]{New: func() map[string]bool {
	return map[string]bool{"You": true, "We": true, "Our": true, "If": true, "For": true,
		"Please": true, "The": true, "This": true, "It": true, "Email": true, "Tel": true, "Phone": true}
}}

func trimAddress(m string) string {
	fields := strings.Fields(m)
	for i, w := range fields {
		if i > 0 && sentenceStarts.Get()[w] {
			fields = fields[:i]
			break
		}
	}
	return strings.TrimRight(strings.Join(fields, " "), ",")
}

// zhCompanyLead are words that run into a Chinese company name from the
// sentence before it: 我们与京东科技有限公司 should give 京东科技有限公司.
var zhCompanyLead = []string{"我们", "但", "而", "除", "即", "若", "经", "请", "并", "且", "则", "同", "自", "后", "以及", "或者", "包括", "例如", "如", "与", "和", "及", "或", "向", "由", "为", "是", "的", "将", "把", "被", "给", "其", "该", "本", "在", "对", "从", "等"}

func trimZhCompany(s string) string {
	if locs := zhNotName.Re().FindAllStringIndex(s, -1); len(locs) > 0 {
		s = s[locs[len(locs)-1][1]:]
	}
	for changed := true; changed; {
		changed = false
		for _, w := range zhCompanyLead {
			if strings.HasPrefix(s, w) && len([]rune(s))-len([]rune(w)) >= 4 {
				s = strings.TrimPrefix(s, w)
				changed = true
			}
		}
	}
	return s
}

// findAllIf is re's FindAllString(text, -1) when ok and nil otherwise:
// a pattern that cannot match text is neither run nor compiled for it (an
// English policy never needs the Chinese ones).
func findAllIf(re *lazy.Regexp, text string, ok bool) []string {
	if !ok {
		return nil
	}
	return re.Re().FindAllString(text, -1)
}
