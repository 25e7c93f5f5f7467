package textdiff

import (
	"strings"
	"testing"
	"time"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// An edit the diff could place at several places is shown where a reader
// would mark it: a paragraph added before one that begins with the same
// word is the whole new paragraph; a word added or dropped takes its
// following space, not the one before it. Chinese text slides to line
// starts only: it has no spaces to tell a word start by.
func TestEditsSlideToBoundaries(t *testing.T) {
	for _, tc := range []struct{ name, a, b, want string }{
		{"paragraph",
			"It is used to generate the selected effects.\nEnhanced Audio Features: you may disable them.",
			"It is used to generate the selected effects.\nEnhanced Video Features: you may disable them too.\nEnhanced Audio Features: you may disable them.",
			"It is used to generate the selected effects.\n{+Enhanced Video Features: you may disable them too.\n+}Enhanced Audio Features: you may disable them."},
		{"word added", "Privacy laws give rights to individuals.", "Privacy laws give certain rights to individuals.",
			"Privacy laws give {+certain +}rights to individuals."},
		{"sentence added after a full stop", "We are Spotify USA Inc. From now on, we call it Spotify.",
			"We are Spotify USA Inc. We process personal data of U.S. residents. From now on, we call it Spotify.",
			"We are Spotify USA Inc. {+We process personal data of U.S. residents. +}From now on, we call it Spotify."},
		{"words dropped", "relies on Standard Contractual Clauses as the legal mechanism to transfer data",
			"relies on Standard Contractual Clauses to transfer data",
			"relies on Standard Contractual Clauses [-as the legal mechanism -]to transfer data"},
		{"chinese line added", "一、适用范围\n二、我们收集的信息\n", "一、适用范围\n二、我们使用的信息\n二、我们收集的信息\n",
			"一、适用范围\n{+二、我们使用的信息\n+}二、我们收集的信息\n"},
		{"chinese beside latin", "联系 GitHub 支持来访问您的信息。", "联系 GitHub 支持或 GitHub 高级支持来访问您的信息。",
			"联系 GitHub 支持{+或 GitHub 高级支持+}来访问您的信息。"},
		{"chinese sentence added", "我们会进行匿名化处理。如您有任何疑问，请联系我们。", "我们会进行匿名化处理。我们还会对日志进行匿名化处理。如您有任何疑问，请联系我们。",
			"我们会进行匿名化处理。{+我们还会对日志进行匿名化处理。+}如您有任何疑问，请联系我们。"},
	} {
		ops, _ := Diff(tc.a, tc.b, doc.DetectLang(tc.a), time.Second)
		checkRebuilds(t, ops, tc.a, tc.b)
		if got := render(ops); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

// Sliding moves whole tokens only: no edit begins or ends inside a token
// of either text, such as a path segment cut out of a longer word that
// merely starts the same way ("github-terms" of "github-terms-of-service").
func TestSlideKeepsTokensWhole(t *testing.T) {
	// A run of white space is one token, line break and all (found in
	// review: the edit was moved into the middle of "\n  ").
	for _, p := range [][2]string{
		{"x\n  b", "x\n  c\t\n  b"},
		{"Intro\n  Terms apply.", "Intro\n  New rule. \n  Terms apply."},
		{"我们\n  收集", "我们\n  使用 \n  收集"},
	} {
		ops, _ := Diff(p[0], p[1], doc.DetectLang(p[0]), time.Second)
		checkRebuilds(t, ops, p[0], p[1])
		checkTokenBoundaries(t, ops, p[0], p[1])
	}
	// GitHub's statement 2023-02-15 moved its terms this way.
	a := "GitHub's [Terms of Service](/en/github/site-policy/github-terms-of-service), who also use"
	b := "GitHub's [Terms of Service](/en/site-policy/github-terms/github-terms-of-service), who also use"
	ops, _ := Diff(a, b, doc.English, time.Second)
	checkRebuilds(t, ops, a, b)
	checkTokenBoundaries(t, ops, a, b)
}

// checkTokenBoundaries fails when an op boundary falls inside a token of a
// or of b.
func checkTokenBoundaries(t *testing.T, ops []change.Op, a, b string) {
	t.Helper()
	cuts := func(s string) map[int]bool {
		m, at := map[int]bool{0: true}, 0
		for _, tok := range Tokens(s) {
			at += len(tok)
			m[at] = true
		}
		return m
	}
	ca, cb := cuts(a), cuts(b)
	pa, pb := 0, 0
	for _, o := range ops {
		if o.Op != change.OpInsert {
			pa += len(o.Text)
		}
		if o.Op != change.OpDelete {
			pb += len(o.Text)
		}
		if !ca[pa] || !cb[pb] {
			t.Fatalf("an edit boundary cuts a token: %s", render(ops))
		}
	}
}

// BenchmarkSlideRepeats times a word added inside a long run of the same
// word, where every place is as short as every other: the edit moves at
// most maxSlide tokens each way, so the run's length does not square.
func BenchmarkSlideRepeats(b *testing.B) {
	a := strings.Repeat("| ", 5000)
	c := a[:5000] + "| " + a[5000:]
	b.SetBytes(int64(len(a)))
	for range b.N {
		Diff(a, c, doc.English, time.Second)
	}
}
