package crosslang

import (
	"fmt"
	"strings"
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
	enObliging = []string{"must not", "must", "shall not", "shall be entitled", "shall have the right", "shall",
		"is required to", "are required to", "be required to", "is obliged to", "are obliged to", "be obliged to",
		"is obligated to", "are obligated to", "be obligated to"}
	enPermitted = []string{"may not", "may", "cannot", "can", "could", "might",
		"is entitled to", "are entitled to", "be entitled to", "is permitted to", "are permitted to", "be permitted to",
		"is allowed to", "are allowed to", "be allowed to", "have the right to", "has the right to"}
	zhNegatedModals = []string{"不得", "不可", "不能", "不必", "无须", "无需", "不应", "不需"}
)

// modalityDiff finds a clause pair where one side only obliges and the
// other only permits: the duty's word and sentence, and the detail.
func modalityDiff(fa, fb *facts) mismatch {
	duty, may := fa, fb
	dm, mm := fa.modality(), fb.modality()
	if dm.kind == 0 || mm.kind == 0 || dm.kind == mm.kind {
		return mismatch{}
	}
	if dm.kind != obliges {
		duty, may, dm, mm = fb, fa, mm, dm
	}
	whole, quote := sentenceAt(duty.text, dm.at)
	_, other := sentenceAt(may.text, mm.at)
	return mismatch{word: dm.word, sentence: whole,
		detail: fmt.Sprintf("modality %q (%s) obliges, %q (%s) only permits: %q ≠ %q", dm.word, duty.lang, mm.word, may.lang,
			quote, other)}
}

const (
	obliges = 1 + iota
	permits
)

// modalAt is modalKind of a clause.
type modalAt struct {
	kind int
	word string
	at   int
}

// modality is modalKind(f), read once.
func (f *facts) modality() *modalAt {
	if f.modal == nil {
		k, w, at := modalKind(f)
		f.modal = &modalAt{k, w, at}
	}
	return f.modal
}

// modalKind says whether a side only obliges or only permits, with the
// first modal that says so and where it stands; 0 for a side that does
// both, neither, or negates a modal. Either language is read: a
// translation keeps some clauses untranslated.
func modalKind(f *facts) (kind int, word string, at int) {
	s := f.text
	oblige, permit := -1, -1
	var ow, pw string
	for _, loc := range wordSpans(s, enObliging) {
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
	for _, loc := range wordSpans(s, enPermitted) {
		w := strings.ToLower(s[loc[0]:loc[1]])
		if strings.HasSuffix(w, " not") || w == "cannot" {
			return 0, "", -1
		}
		if permit < 0 {
			permit, pw = loc[0], s[loc[0]:loc[1]]
		}
	}
	if containsAnyOf(s, zhNegatedModals) {
		return 0, "", -1
	}
	if oblige < 0 {
		oblige, ow = zhObligingAt(s)
	}
	if permit < 0 {
		permit, pw = zhPermittedAt(s)
	}
	switch {
	case oblige >= 0 && permit < 0:
		return obliges, ow, oblige
	case permit >= 0 && oblige < 0:
		return permits, pw, permit
	}
	return 0, "", -1
}
