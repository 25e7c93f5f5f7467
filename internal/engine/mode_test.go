package engine

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// halfTranslated is the Chinese seed with every other paragraph of its
// second half swapped for English from the English seed, as a page whose
// translation is under way is captured: read as English, yet a fifth or
// more of it Chinese.
func halfTranslated(t *testing.T) string {
	zh := strings.Split(sharedtest.Read(t, "seeds/jdcloud-privacy.zh.2021-03-10.txt"), "\n\n")
	en := strings.Split(sharedtest.Read(t, "seeds/jdcloud-privacy.en.2020-07-28.md"), "\n\n")
	out := append([]string(nil), zh[:len(zh)/3]...)
	out = append(out, en[len(en)/3:]...)
	return strings.Join(out, "\n\n")
}

func TestModeOfHalfTranslatedPage(t *testing.T) {
	zhText := sharedtest.Read(t, "seeds/jdcloud-privacy.zh.2021-03-10.txt")
	enText := sharedtest.Read(t, "seeds/jdcloud-privacy.en.2020-07-28.md")
	mixed := parse.Parse(halfTranslated(t), parse.Hint{})
	cjk, latin := doc.LangCounts(mixed.Source)
	if mixed.Meta.Lang != doc.English || 20*cjk < latin {
		t.Fatalf("the made-up page is %s with %d ideographs and %d letters: not the case under test", mixed.Meta.Lang, cjk, latin)
	}
	zh, en := parse.Parse(zhText, parse.Hint{}), parse.Parse(enText, parse.Hint{})
	for _, tc := range []struct {
		name string
		a, b *doc.Document
		want change.Mode
	}{
		{"Chinese page, then the same half translated back", zh, mixed, change.ModeVersion},
		{"half-translated page, then Chinese", mixed, zh, change.ModeVersion},
		{"English and Chinese", en, zh, change.ModeLanguage},
		{"Chinese and English", zh, en, change.ModeLanguage},
	} {
		got := Compare(tc.a, tc.b)
		if got.Mode != tc.want {
			t.Errorf("%s: mode %s, want %s", tc.name, got.Mode, tc.want)
		}
		// The notice of a half-translated page speaks its readers' Chinese.
		if lang := got.NoticeLang(); lang != doc.Chinese && tc.want == change.ModeVersion {
			t.Errorf("%s: notice in %s, want zh", tc.name, lang)
		}
		r, err := ComparePair(func() (*doc.Document, error) { return tc.a, nil }, func() (*doc.Document, error) { return tc.b, nil }, noGlossary)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if r.Mode != tc.want {
			t.Errorf("%s: ComparePair mode %s, want %s", tc.name, r.Mode, tc.want)
		}
	}
}

func noGlossary() (*glossary.Glossary, error) { return nil, nil }

// GitHub's Chinese statement captured on 2022-06-06 is 48% Chinese and
// read as English: it is a version of the Chinese statement (its effective
// date moved to 2022-05-31), not an English translation of it.
func TestModeOfGitHubHalfTranslatedCapture(t *testing.T) {
	dir := "corpus/github-privacy-statement/"
	read := func(rel string) *doc.Document { return parse.Parse(sharedtest.Read(t, dir+rel), parse.Hint{}) }
	before, half, after := read("zh/2022-06-01-1b30e2d1.md"), read("zh/2022-06-06-77971578.md"), read("zh/2022-06-07-0469e2a3.md")
	if half.Meta.Lang != doc.English {
		t.Skipf("the 2022-06-06 capture is read as %s now: the case is gone", half.Meta.Lang)
	}
	for _, p := range [][2]*doc.Document{{before, half}, {half, after}} {
		if r := Compare(p[0], p[1]); r.Mode != change.ModeVersion || len(r.Findings) != 0 {
			t.Errorf("%s → %s: mode %s, %d findings; want a version comparison", p[0].Meta.Effective, p[1].Meta.Effective, r.Mode, len(r.Findings))
		}
	}
	en := read("en/2022-06-07-0469e2a3.md")
	if r := Compare(en, after); r.Mode != change.ModeLanguage {
		t.Errorf("the English statement against the Chinese one: mode %s, want a translation comparison", r.Mode)
	}
}
