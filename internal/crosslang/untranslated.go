package crosslang

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
)

// A clause the other language's reader cannot read: the Chinese page of a
// policy whose translation is under way shows some sections in English
// (GitHub's statement of 2022-09-22: 12 such clauses), and a finding that
// the pair's numbers or names agree says nothing of that.

// enFunctionWords are words English prose cannot do without and a name, an
// address or a product list holds few of: "88 Colin P. Kelly Jr. St." is
// no untranslated sentence, "We collect personal data you provide" is.
var enFunctionWords = []string{"the", "we", "you", "your", "to", "of", "and", "or", "for", "with", "is", "are",
	"our", "that", "this", "in", "on", "by", "may", "will", "can"}

// untranslated describes a clause left in the other language: English
// prose in a Chinese document, or Chinese prose in an English one; "" for
// a clause in its document's language, or too short to tell.
func untranslated(c *doc.Clause, docLang doc.Lang) string {
	text := ownText(c)
	var left doc.Lang
	switch docLang {
	case doc.Chinese:
		if cjk, _ := doc.LangCounts(text); cjk == 0 && englishProse(text) {
			left = doc.English
		}
	case doc.English:
		if cjk, latin := doc.LangCounts(text); cjk >= 20 && latin < cjk {
			left = doc.Chinese
		}
	}
	if left == "" {
		return ""
	}
	return fmt.Sprintf("clause %s of the %s document is in %s: %q", c.ID, langName(docLang), langName(left), excerpt(text, 120))
}

// ownText is what a clause says besides its heading, which a page may
// have translated when its text is not: a table row's cells after the
// first.
func ownText(c *doc.Clause) string {
	if c.Kind == doc.KindRow && len(c.Cells) > 1 {
		return strings.Join(c.Cells[1:], " ")
	}
	return c.Text
}

// englishProse reports whether s reads as English sentences: six words
// at least, two of them function words.
func englishProse(s string) bool {
	words, function := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isLatinLetter(r) && r != '\'' && r != '’' }) {
		words++
		for _, f := range enFunctionWords {
			if strings.EqualFold(w, f) {
				function++
				break
			}
		}
	}
	return words >= 6 && function >= 2
}

func langName(l doc.Lang) string {
	if l == doc.Chinese {
		return "Chinese"
	}
	return "English"
}
