package tui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/engine"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

func compareFiles(tb testing.TB, a, b string) *change.Result {
	tb.Helper()
	sharedtest.Require(tb, "corpus")
	root := sharedtest.Require(tb, "")
	da, _, err := load.File(filepath.Join(root, a), load.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	db, _, err := load.File(filepath.Join(root, b), load.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return engine.Compare(da, db)
}

// Real documents through the real engine: every screen of every change,
// in both layouts, must fit 80×24 whatever the Chinese text does.
func TestRealComparisonsFit80x24(t *testing.T) {
	if testing.Short() {
		t.Skip("parses real documents")
	}
	cases := []struct{ name, a, b string }{
		{"jdcloud-en-zh", "seeds/jdcloud-privacy.en.2020-07-28.md", "seeds/jdcloud-privacy.zh.2021-03-10.txt"},
		{"github-zh", "corpus/github-privacy-statement/zh/2022-03-16-786f4c3d.md", "corpus/github-privacy-statement/zh/2022-06-01-1b30e2d1.md"},
		{"github-en", "corpus/github-privacy-statement/en/2022-08-31-bcd09a6a.md", "corpus/github-privacy-statement/en/2022-11-25-1bfc7627.md"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := compareFiles(t, tc.a, tc.b)
			com := testCommon(80, 24, Deps{})
			var v Component
			if r.Mode == change.ModeLanguage {
				v = newTranslateView(com, r)
			} else {
				v = newCompareView(com, r)
			}
			v.SetSize(80, 23)
			screens := 0
			for _, k := range []string{"n", "n", "n", "n", "n", "n", "n", "n", "s", "n", "n", "n", "c", "n", "n", "m", "m", "f", "G", "p"} {
				v.Update(keyMsg(k))
				out := v.View()
				checkWidth(t, out, 80)
				if n := strings.Count(out, "\n") + 1; n > 23 {
					t.Fatalf("after %q the screen is %d lines, taller than 23", k, n)
				}
				screens++
			}
			if r.Mode == change.ModeVersion && len(r.Changes) == 0 {
				t.Errorf("two different versions compared with no change")
			}
		})
	}
}

// BenchmarkKeypressRerender measures what one keypress costs in a
// comparison of two ~63 KB versions of the GitHub privacy statement: the
// update and the full View, alternating next/previous change so every frame
// differs. "cold" clears the pane cache first, as on the first visit.
func BenchmarkKeypressRerender(b *testing.B) {
	r := compareFiles(b, "corpus/github-privacy-statement/en/2022-08-31-bcd09a6a.md",
		"corpus/github-privacy-statement/en/2023-05-01-d7884b36.md")
	b.Run("root", func(b *testing.B) {
		m := New(testCommon(80, 24, Deps{}), "", "")
		m.push(newCompareView(m.com, r))
		keys := []string{"n", "n", "n", "p", "p", "p"}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			m.Update(keyMsg(keys[i%len(keys)]))
			_ = m.View()
		}
	})
	for _, cold := range []bool{false, true} {
		name := "cached"
		if cold {
			name = "cold"
		}
		b.Run(name, func(b *testing.B) {
			v := newCompareView(testCommon(80, 24, Deps{}), r)
			v.SetSize(80, 23)
			keys := []string{"n", "n", "n", "p", "p", "p"}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if cold {
					v.cache = map[int][]string{}
				}
				v.Update(keyMsg(keys[i%len(keys)]))
				_ = v.View()
			}
		})
	}
}

// BenchmarkTranslateStep measures stepping to the next finding in the
// English/Chinese comparison of the JD Cloud privacy policy.
func BenchmarkTranslateStep(b *testing.B) {
	r := compareFiles(b, "seeds/jdcloud-privacy.en.2020-07-28.md", "seeds/jdcloud-privacy.zh.2021-03-10.txt")
	v := newTranslateView(testCommon(80, 24, Deps{}), r)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.Update(keyMsg("n"))
		_ = v.View()
	}
}
