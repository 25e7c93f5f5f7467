package engine

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

func parsed(text string) Loader {
	return func() (*doc.Document, error) { return parse.Parse(text, parse.Hint{}), nil }
}

func failing(err error) Loader {
	return func() (*doc.Document, error) { return nil, err }
}

func asJSON(t *testing.T, r *change.Result) string {
	t.Helper()
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// Loading the pair side by side, with the rules' reading on the goroutine
// that loaded B, gives what loading both first and CompareWith give: for a
// version pair with material changes and for a translation.
func TestComparePairIsCompareWith(t *testing.T) {
	en := sharedtest.Read(t, "seeds/jd-privacy.en.2020-10-20.txt")
	zh := sharedtest.Read(t, "seeds/jdcloud-privacy.zh.2021-03-10.txt")
	enB := sharedtest.SynthEdit(en, 1)
	for name, p := range map[string][2]string{"versions": {en, enB}, "translation": {en, zh}} {
		asked := 0
		g := func() (*glossary.Glossary, error) { asked++; return glossary.Builtin(), nil }
		got, err := ComparePair(parsed(p[0]), parsed(p[1]), g)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := CompareWith(parse.Parse(p[0], parse.Hint{}), parse.Parse(p[1], parse.Hint{}), Options{})
		if asJSON(t, got) != asJSON(t, want) {
			t.Errorf("%s: ComparePair differs from CompareWith", name)
		}
		if name == "versions" && (asked != 0 || !got.NoticeRequired) {
			t.Errorf("versions: glossary asked %d times, notice %v; want 0 and a notice", asked, got.NoticeRequired)
		}
		if name == "translation" && (asked != 1 || got.Mode != change.ModeLanguage) {
			t.Errorf("translation: glossary asked %d times, mode %s; want once, language", asked, got.Mode)
		}
	}
}

// A's error comes before B's, and the glossary's after both, whichever
// goroutine fails.
func TestComparePairErrors(t *testing.T) {
	en := sharedtest.Read(t, "seeds/jd-privacy.en.2020-10-20.txt")
	zh := sharedtest.Read(t, "seeds/jdcloud-privacy.zh.2021-03-10.txt")
	errA, errB, errG := errors.New("a"), errors.New("b"), errors.New("glossary")
	builtin := func() (*glossary.Glossary, error) { return glossary.Builtin(), nil }
	broken := func() (*glossary.Glossary, error) { return nil, errG }
	for _, tc := range []struct {
		name string
		a, b Loader
		g    func() (*glossary.Glossary, error)
		want error
	}{
		{"both fail", failing(errA), failing(errB), builtin, errA},
		{"B fails", parsed(en), failing(errB), builtin, errB},
		{"A fails", failing(errA), parsed(en), builtin, errA},
		{"glossary fails", parsed(en), parsed(zh), broken, errG},
	} {
		r, err := ComparePair(tc.a, tc.b, tc.g)
		if err != tc.want || r != nil {
			t.Errorf("%s: %v, %v; want nil, %v", tc.name, r, err, tc.want)
		}
	}
	if _, err := ComparePair(parsed(en), parsed(en), broken); err != nil {
		t.Errorf("a version pair asked the glossary: %v", err)
	}
}
