package material

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// TestLexiconScanAgrees checks that the keyword scan counts what running
// every pattern over the whole text counts, wording included, on every line,
// paragraph and whole text of the seeds and the shared corpus, cleaned and
// not, and on texts made to trip it.
func TestLexiconScanAgrees(t *testing.T) {
	texts := []string{
		"", "x", "GPS", "gps", "xgps", "IP地址 and IP 地址", "ſell your data", "sell\nsell", "广告", "广告\n广告主",
		"广告广告", "the rights to delete", "deletion删除", "_delete", "re-delete", "限制。处理", "限制\n处理",
		"third-party third party thirdparty", "Face recognition, FACE SCAN and faceprints.", "high-risk higher risks",
		"data protection impact assessment; DPIAs", "opt-out, opt out, optout", "Android ID androidID",
		"How we share your data", "Contacting us", "Your privacy choices", "Access and correction", "Who we are",
		"We use cookies", "联系我们", "如何管理", "Sharing", "Transfers", "Storage", "Collect",
		"material changes", "Material Change.", "immaterial change", "more prominent notice", "重大变更", "MAJOR CHANGES",
		// Section stems with no \b after them: they match inside longer words.
		"Information we collected", "recollect", "Disclosures", "nondisclosure", "Transferring data", "ſtransfer",
		"Use of your personal data", "user of data", "Accessing, and", "access_to", "MORE CONSPICUOUS NOTICES",
	}
	add := func(text string, whole bool) {
		if whole {
			texts = append(texts, strings.Split(text, "\n")...)
			texts = append(texts, conceptText(cleanText(text)))
		}
		for _, p := range strings.Split(text, "\n\n") {
			texts = append(texts, p, conceptText(cleanText(p)))
		}
	}
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		_, text := readSeed(t, key)
		add(text, true)
	}
	if root, ok := sharedtest.Dir("corpus"); ok {
		names, _ := filepath.Glob(filepath.Join(root, "*", "*", "*.md"))
		// Every sixth capture: the others differ from it in little, and
		// the plain patterns are slow.
		for i, n := range names {
			if i%6 != 0 {
				continue
			}
			data, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			add(string(data), false)
		}
	}
	// One scratch for every text, as a comparison reuses it: what one
	// text's scan leaves must not show in the next.
	var scratch [][]place
	for _, text := range texts {
		n, w := countConceptsIn(text, &scratch)
		pn, pw := countConceptsPlain(text)
		if !reflect.DeepEqual(n, pn) || !reflect.DeepEqual(w, pw) {
			t.Errorf("%.80q: scan counts %v %q, patterns %v %q", text, n, w, pn, pw)
		}
		if got, want := titleCategory(text), plainTitleCategory(text); got != want {
			t.Errorf("%.80q: titleCategory %d, patterns %d", text, got, want)
		}
		if got, want := mentionsMaterial(text), materialRe.Re().MatchString(text); got != want {
			t.Errorf("%.80q: mentionsMaterial %v, materialRe %v", text, got, want)
		}
	}
	t.Logf("%d texts", len(texts))
}

func plainTitleCategory(title string) int {
	for _, r := range sectionRules {
		if r.re.Re().MatchString(title) {
			return r.cat
		}
	}
	return 0
}

// TestWordBytes checks the table against the \b of regexp/syntax.
func TestWordBytes(t *testing.T) {
	for b := 0; b < 256; b++ {
		if wordBytes[b] != (b < utf8.RuneSelf && syntax.IsWordChar(rune(b))) {
			t.Errorf("wordBytes[%d] = %v", b, wordBytes[b])
		}
	}
}
