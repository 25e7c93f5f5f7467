package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

func TestWrapNeverExceedsWidthAndKeepsText(t *testing.T) {
	texts := []string{en91, en92, zh91, zh92, zh101,
		"全角ＡＢＣ１２３，混合 English words 和中文，（１）第九条", "averyveryverylongwordwithoutanyspacesatallthatmustbesplit"}
	for _, text := range texts {
		for w := 1; w <= 60; w++ {
			lines := wrapSegs([]Seg{{text, nil}}, w)
			var got strings.Builder
			for _, l := range lines {
				s := renderSegs(l)
				if lw := lipgloss.Width(s); lw > w && !(w == 1 && lw == 2) {
					t.Fatalf("width %d: line %q is %d wide", w, s, lw)
				}
				got.WriteString(s)
			}
			if strip(strings.ReplaceAll(got.String(), " ", "")) != strings.ReplaceAll(text, " ", "") {
				t.Fatalf("width %d: text changed:\n%q\n%q", w, got.String(), text)
			}
		}
	}
}

func TestWrapBreaksEnglishAtSpacesOnly(t *testing.T) {
	lines := wrapSegs([]Seg{{"the quick brown fox jumps over the lazy dog", nil}}, 10)
	want := []string{"the quick", "brown fox", "jumps over", "the lazy", "dog"}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d", len(lines), len(want))
	}
	for i, l := range lines {
		if got := strings.TrimRight(renderSegs(l), " "); got != want[i] {
			t.Errorf("line %d = %q, want %q", i, got, want[i])
		}
	}
}

func TestWrapChineseFillsLines(t *testing.T) {
	// 个人信息安全影响评估报告表明存在高风险时 is 19 wide characters: at width
	// 10 each full line holds exactly five.
	lines := wrapSegs([]Seg{{"个人信息安全影响评估报告表明存在高风险时", nil}}, 10)
	for i, l := range lines[:len(lines)-1] {
		if w := lipgloss.Width(renderSegs(l)); w != 10 {
			t.Errorf("line %d is %d wide, want 10", i, w)
		}
	}
	if len(lines) != 4 {
		t.Errorf("got %d lines, want 4", len(lines))
	}
}

func TestFit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		w    int
		want int
	}{{"abc", 5, 5}, {"京东云隐私政策", 6, 6}, {"京东云隐私政策", 5, 5}, {"", 3, 3}, {"abcdef", 3, 3}} {
		if got := lipgloss.Width(fit(tc.in, tc.w)); got != tc.want {
			t.Errorf("fit(%q, %d) is %d wide, want %d", tc.in, tc.w, got, tc.want)
		}
	}
}
