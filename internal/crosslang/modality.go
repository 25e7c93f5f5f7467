package crosslang

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/lazy"
)

// What one language makes a duty the other may make a mere permission:
// "you shall obtain your guardian's consent" translated 您可以事先取得监护人
// 的同意, or 您可以登录 rendered "you must log in". A finding needs one side
// that only obliges (must, shall, 应当, 必须, 须) and another that only
// permits (may, can, 可以, 有权): a clause that does both, or whose modal
// is negated (must not, may not, 不得), is left alone, so that the check
// speaks only where the two sides plainly say different things. On the
// seeds' pair and the 17 same-date GitHub en/zh pairs it finds nothing.
var (
	// "shall be entitled to" and "shall have the right to" grant a right:
	// they are read as permissions, as are the negated forms as nothing.
	enObliging  = &lazy.Regexp{Expr: `(?i)\b(?:must(?: not)?|shall(?: not| be entitled| have the right)?|(?:is|are|be) (?:required|obliged|obligated) to)\b`}
	enPermitted = &lazy.Regexp{Expr: `(?i)\b(?:may(?: not)?|can(?:not)?|could|might|(?:is|are|be) (?:entitled|permitted|allowed) to|(?:have|has) the right to)\b`}
	// 应 is a modal after its subject (您应, 我们应当, "，应事先") but not in
	// 相应, 响应, 对应, 应用, 应急; 所必须 and 必须的 mean "necessary"; 须知
	// is a notice; 有权机关 is an authority, not a right.
	zhObliging     = &lazy.Regexp{Expr: `(?:^|[^所不无])必须(?:[^的]|$)|应当|应该|(?:您|你|我们|用户|双方|者|均|也|并|则|，|,|；)\s*应[^用急对有享]|(?:您|你|用户|我们)须[^知]|有义务|务必`}
	zhPermitted    = &lazy.Regexp{Expr: `可以|可能|有权(?:[^机]|$)|能够|(?:您|你|用户|我们|方)可以?`}
	zhNegatedModal = &lazy.Regexp{Expr: `不得|不可|不能|不必|无须|无需|不应|不需`}
)

// modality is a duty one side states and the other renders as a
// permission: each side's word, the sentence of the obliging side, and
// the finding's detail.
type modality struct{ word, other, sentence, detail string }

// modalityDiff finds a clause pair where one side only obliges and the
// other only permits.
func modalityDiff(fa, fb *facts) modality {
	ka, wa, ata := modalKind(fa)
	kb, wb, atb := modalKind(fb)
	if ka == 0 || kb == 0 || ka == kb {
		return modality{}
	}
	duty, may := fa, fb
	dw, mw, at, mat := wa, wb, ata, atb
	if ka != obliges {
		duty, may, dw, mw, at, mat = fb, fa, wb, wa, atb, ata
	}
	from, to := sentenceAround(duty.text, at)
	return modality{word: dw, other: mw, sentence: strings.TrimSpace(duty.text[from:to]),
		detail: fmt.Sprintf("modality %q (%s) obliges, %q (%s) only permits: %q ≠ %q", dw, duty.lang, mw, may.lang,
			sentenceOf(duty.text, at), sentenceOf(may.text, mat))}
}

const (
	obliges = 1 + iota
	permits
)

// modalKind says whether a side only obliges or only permits, with the
// first modal that says so and where it stands; 0 for a side that does
// both, neither, or negates a modal. Either language is read: a
// translation keeps some clauses untranslated.
func modalKind(f *facts) (kind int, word string, at int) {
	s := f.text
	oblige, permit := -1, -1
	var ow, pw string
	for _, loc := range enObliging.Re().FindAllStringIndex(s, -1) {
		w := strings.ToLower(s[loc[0]:loc[1]])
		switch {
		case strings.HasSuffix(w, " not"):
			return 0, "", -1
		case strings.HasPrefix(w, "shall be") || strings.HasPrefix(w, "shall have"):
			if permit < 0 {
				permit, pw = loc[0], s[loc[0]:loc[1]]
			}
		case oblige < 0:
			oblige, ow = loc[0], s[loc[0]:loc[1]]
		}
	}
	for _, loc := range enPermitted.Re().FindAllStringIndex(s, -1) {
		w := strings.ToLower(s[loc[0]:loc[1]])
		if strings.HasSuffix(w, " not") || w == "cannot" {
			return 0, "", -1
		}
		if permit < 0 {
			permit, pw = loc[0], s[loc[0]:loc[1]]
		}
	}
	if zhNegatedModal.Re().MatchString(s) {
		return 0, "", -1
	}
	if loc := zhObliging.Re().FindStringIndex(s); loc != nil && oblige < 0 {
		oblige, ow = loc[0], zhModalWord(s[loc[0]:loc[1]], "必须应当该须有义务务必")
	}
	if loc := zhPermitted.Re().FindStringIndex(s); loc != nil && permit < 0 {
		permit, pw = loc[0], zhModalWord(s[loc[0]:loc[1]], "可以能有权够")
	}
	switch {
	case oblige >= 0 && permit < 0:
		return obliges, ow, oblige
	case permit >= 0 && oblige < 0:
		return permits, pw, permit
	}
	return 0, "", -1
}

// zhModalWord is the modal of a Chinese match: its first run of the
// characters modals are made of, without the subject or punctuation the
// pattern read before it or the character after it.
func zhModalWord(m, chars string) string {
	var b strings.Builder
	for _, r := range m {
		if strings.ContainsRune(chars, r) {
			b.WriteRune(r)
		} else if b.Len() > 0 {
			break
		}
	}
	return b.String()
}
