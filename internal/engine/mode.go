package engine

import "github.com/policydiff/policydiff/internal/doc"

// translations reports whether a and b are compared as translations of each
// other rather than as versions: their languages differ, and the one read
// as English is English through and through. An English translation holds
// no Chinese to speak of, but a Chinese page caught half-translated may be
// read as English: GitHub's Chinese statement captured on 2022-06-06 is 48%
// Chinese and was read as English, and its comparison with the capture of
// 2022-06-01 came out as 43 translation findings instead of the version
// changes it is. Such a page, a fifth or more of it Chinese, is another
// version of the Chinese text. (A Chinese page still holding English is
// compared as a translation: the English left in it is what a translator
// wants found.)
func translations(a, b *doc.Document) bool {
	if a.Meta.Lang == b.Meta.Lang {
		return false
	}
	en := a
	switch {
	case b.Meta.Lang == doc.English:
		en = b
	case a.Meta.Lang != doc.English:
		return true
	}
	cjk, latin := 0, 0
	for _, c := range en.Flatten() {
		x, y := doc.LangCounts(c.Heading)
		z, w := doc.LangCounts(c.Text)
		cjk, latin = cjk+x+z, latin+y+w
	}
	// An ideograph weighs as a word, five letters, as in doc.LangOf:
	// Chinese is under a fifth when cjk/(cjk+latin/5) < 1/5.
	return 20*cjk < latin
}
