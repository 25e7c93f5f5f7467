package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/report/tree"
	"github.com/policydiff/policydiff/internal/sharedtest"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/tui/keymap"
)

// firstScreen is what Run does before the first frame: wire the store,
// build the root model (which lists the policies) and draw it.
func firstScreen(st *store.Store) string {
	deps, closeIndex := StoreDeps(st, "")
	defer closeIndex()
	com := &Common{Width: 80, Height: 24, Styles: plainStyles(), Keys: keymap.DefaultKeyMap(), Deps: deps}
	return New(com, "", "").View()
}

// BenchmarkFirstScreen measures model init plus the first View on the
// bundled corpus, and on a store of 40 real versions (the GitHub privacy
// statement in English and Chinese, and the JD Cloud seeds).
func BenchmarkFirstScreen(b *testing.B) {
	b.Run("bundled", func(b *testing.B) {
		if vs, _ := store.Bundled().Versions(); len(vs) == 0 {
			b.Skip("the bundled corpus is empty")
		}
		for i := 0; i < b.N; i++ {
			firstScreen(store.Bundled())
		}
	})
	b.Run("corpus-40", func(b *testing.B) {
		st := corpusStore(b, 20)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			firstScreen(st)
		}
	})
}

// corpusStore ingests n English and n Chinese versions of the GitHub privacy
// statement into a temporary store.
func corpusStore(tb testing.TB, n int) *store.Store {
	tb.Helper()
	sharedtest.Require(tb, "corpus")
	root := sharedtest.Require(tb, "")
	st, err := store.Open(filepath.Join(tb.TempDir(), "documents"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, lang := range []string{"en", "zh"} {
		dir := filepath.Join(root, "corpus/github-privacy-statement", lang)
		names, _ := os.ReadDir(dir)
		for i, e := range names {
			if i >= n {
				break
			}
			p := filepath.Join(dir, e.Name())
			d, raw, err := load.File(p, load.Options{Policy: "github-privacy", Effective: e.Name()[:10]})
			if err != nil {
				tb.Fatal(err)
			}
			var buf bytes.Buffer
			if err := tree.JSON(&buf, d, nil); err != nil {
				tb.Fatal(err)
			}
			if _, _, err := st.Put(d, raw, strings.ToLower(filepath.Ext(p)), buf.Bytes(), false); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return st
}

func TestFirstScreenListsTheStore(t *testing.T) {
	if testing.Short() {
		t.Skip("parses real documents")
	}
	out := firstScreen(corpusStore(t, 3))
	checkWidth(t, out, 80)
	for _, want := range []string{"github-privacy", "zh", "2022-03-16", "GitHub 隐私声明"} {
		if !strings.Contains(out, want) {
			t.Errorf("first screen lacks %q:\n%s", want, out)
		}
	}
}
