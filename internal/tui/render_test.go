package tui

import (
	"fmt"
	tea "github.com/charmbracelet/bubbletea"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/muesli/termenv"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/tui/keymap"
)

func init() {
	// Golden files hold plain text: no colour, changes shown as [-…-] {+…+}.
	lipgloss.SetColorProfile(termenv.Ascii)
}

func plainStyles() *Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return DefaultStyles(r)
}

func testCommon(w, h int, deps Deps) *Common {
	return &Common{Width: w, Height: h, Styles: plainStyles(), Keys: keymap.DefaultKeyMap(), Deps: deps}
}

// checkWidth fails when any line of s is wider than w cells.
func checkWidth(t *testing.T, s string, w int) {
	t.Helper()
	for i, l := range strings.Split(s, "\n") {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i+1, lw, w, l)
		}
	}
}

func TestRenderChange(t *testing.T) {
	for _, lang := range []doc.Lang{doc.English, doc.Chinese} {
		r := versionFixture(lang)
		for i := range r.Changes {
			c := &r.Changes[i]
			for _, side := range []bool{false, true} {
				layout := "inline"
				if side {
					layout = "side"
				}
				name := fmt.Sprintf("%s-%d-%s-%s", lang, i, c.Kind, layout)
				t.Run(name, func(t *testing.T) {
					out := strings.Join(RenderChange(c, 54, side, plainStyles()), "\n")
					checkWidth(t, out, 54)
					golden.RequireEqual(t, []byte(out))
				})
			}
		}
	}
}

func TestDiffSegsShowsEveryWord(t *testing.T) {
	st := plainStyles()
	for _, lang := range []doc.Lang{doc.English, doc.Chinese} {
		r := versionFixture(lang)
		c := r.Changes[0]
		old, new := segText(DiffSegs(c.Diff, SideA, st)), segText(DiffSegs(c.Diff, SideB, st))
		unmark := strings.NewReplacer("[-", "", "-]", "", "{+", "", "+}", "")
		if got := unmark.Replace(old); got != c.A.Text {
			t.Errorf("%s: side A shows %q, want the old text", lang, got)
		}
		if got := unmark.Replace(new); got != c.B.Text {
			t.Errorf("%s: side B shows %q, want the new text", lang, got)
		}
		if !strings.Contains(old, "[-") || !strings.Contains(new, "{+") {
			t.Errorf("%s: changed words are not marked without colour: %q / %q", lang, old, new)
		}
	}
}

func segText(ss []Seg) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.Text)
	}
	return b.String()
}

func TestCompareViewGolden(t *testing.T) {
	cases := []struct {
		name  string
		lang  doc.Lang
		w, h  int
		keys  []string
		check string // text that must be on screen
	}{
		{"en-80x24-first", doc.English, 80, 24, nil, "rights-promise-removed"},
		{"zh-80x24-first", doc.Chinese, 80, 24, nil, "不会削减"},
		{"zh-80x24-side", doc.Chinese, 80, 24, []string{"s"}, "modified 9.1"},
		{"zh-80x24-next", doc.Chinese, 80, 24, []string{"n"}, "removed 9.3"},
		{"en-80x24-cosmetic", doc.English, 80, 24, []string{"c", "n"}, "cosmetic 9.2(5)"},
		{"en-120x30-material", doc.English, 120, 30, []string{"m", "m"}, "advertising partners"},
		{"zh-40x20-narrow", doc.Chinese, 40, 20, []string{"m"}, "contact-changed"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			com := testCommon(tc.w, tc.h, Deps{})
			v := newCompareView(com, versionFixture(tc.lang))
			v.SetSize(tc.w, tc.h)
			for _, k := range tc.keys {
				v.Update(keyMsg(k))
			}
			out := v.View()
			checkWidth(t, out, tc.w)
			if n := strings.Count(out, "\n") + 1; n > tc.h {
				t.Errorf("%d lines, taller than %d", n, tc.h)
			}
			if !strings.Contains(strings.Join(strings.Fields(out), ""), strings.ReplaceAll(tc.check, " ", "")) {
				t.Errorf("screen lacks %q:\n%s", tc.check, out)
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
}

func TestTranslateViewGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		keys []string
		want []string
	}{
		{"80x24", 80, 24, nil, []string{"missing-clause", "We will also archive"}},
		{"80x24-next", 80, 24, []string{"n"}, []string{"email-mismatch", "jdcloud@jd.com", "privacy@jdcloud.com"}},
		{"100x30", 100, 30, nil, []string{"email-mismatch", "missing-clause", "如您对本隐私政策"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := newTranslateView(testCommon(tc.w, tc.h, Deps{}), languageFixture())
			v.SetSize(tc.w, tc.h)
			for _, k := range tc.keys {
				v.Update(keyMsg(k))
			}
			out := v.View()
			checkWidth(t, out, tc.w)
			for _, want := range tc.want {
				if !strings.Contains(out, want) {
					t.Errorf("screen lacks %q", want)
				}
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
}

func fixturePolicies() []store.Policy {
	v := func(lang doc.Lang, date string, n int) store.Version {
		m := enMeta(date)
		if lang == doc.Chinese {
			m = zhMeta(date)
		}
		return store.Version{Ref: "jdcloud-privacy/" + string(lang) + "/" + date, Policy: "jdcloud-privacy", Lang: lang, Date: date, Meta: m, Clauses: n}
	}
	return []store.Policy{
		{ID: "jdcloud-privacy", Title: "JD Cloud & AI Privacy Policy", Versions: []store.Version{
			v(doc.English, "2020-07-28", 142), v(doc.English, "2021-03-10", 145), v(doc.Chinese, "2021-03-10", 139)}},
		{ID: "zoom-privacy", Title: "Zoom Privacy Statement", Versions: []store.Version{
			{Ref: "zoom-privacy/en/2023-08-07", Policy: "zoom-privacy", Lang: doc.English, Date: "2023-08-07", Clauses: 88,
				Meta: doc.Meta{Title: "Zoom Privacy Statement"}}}},
	}
}

func TestLibraryViewGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []string
		want string
	}{
		{"start", nil, "space marks A and B"},
		{"marked-a", []string{" "}, "enter: A vs cursor"},
		{"marked-a-b", []string{" ", " "}, "B jdcloud-privacy/en/2021-03-10"},
		{"marked-lang", []string{" ", "j", " "}, "B jdcloud-privacy/zh/2021-03-10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := newLibraryView(testCommon(80, 24, Deps{StoreName: "bundled corpus"}), fixturePolicies())
			for _, k := range tc.keys {
				v.Update(keyMsg(k))
			}
			out := v.View()
			checkWidth(t, out, 80)
			if !strings.Contains(out, tc.want) {
				t.Errorf("screen lacks %q:\n%s", tc.want, out)
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
}

func TestBannerVerdicts(t *testing.T) {
	st := plainStyles()
	r := versionFixture(doc.English)
	cases := []struct {
		notice, consent bool
		changes         []change.Change
		want            string
	}{
		{true, true, r.Changes, "explicit consent needed"},
		{true, false, r.Changes, "prominent notice required under clause 9.2"},
		{false, false, r.Changes[2:3], "an announcement suffices"},
		{false, false, r.Changes[1:2], "No substantive difference"},
	}
	for _, tc := range cases {
		x := *r
		x.NoticeRequired, x.ExplicitConsentRequired, x.Changes = tc.notice, tc.consent, tc.changes
		got := strings.Join(Banner(&x, 200, st), "")
		if !strings.Contains(got, tc.want) {
			t.Errorf("banner %q lacks %q", got, tc.want)
		}
	}
}

func TestFindingTerms(t *testing.T) {
	for _, tc := range []struct {
		detail string
		want   []string
	}{
		{"phone 400-615-1212 (en) ≠ 400-098-8505 转 2 (zh)", []string{"400-615-1212", "400-098-8505 转 2"}},
		{"email jdcloud@jd.com, a@b.cn (en) ≠ privacy@jdcloud.com (zh)", []string{"jdcloud@jd.com", "a@b.cn", "privacy@jdcloud.com"}},
		{"date July 27, 2020 (en) missing in zh", []string{"July 27", "2020"}},
		{"clause 9.3 has no counterpart", nil},
	} {
		got := FindingTerms(tc.detail)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("FindingTerms(%q) = %q, want %q", tc.detail, got, tc.want)
		}
	}
}

func TestTranslateKeysStepFindings(t *testing.T) {
	v := newTranslateView(testCommon(80, 24, Deps{}), languageFixture())
	if v.sel != 0 {
		t.Fatalf("opens on finding %d, want the first", v.sel)
	}
	v.Update(keyMsg("m"))
	if !v.r.Findings[v.sel].Material {
		t.Errorf("m selected finding %d, which is not material", v.sel)
	}
	v.Update(keyMsg("n"))
	if v.sel != 0 {
		t.Errorf("n after the last finding selected %d, want it to wrap to the first", v.sel)
	}
	if !strings.Contains(v.View(), "9.3 ↔ (missing)") {
		t.Errorf("the missing clause is not in view:\n%s", v.View())
	}
}

func TestMouseWheelScrolls(t *testing.T) {
	wheel := func(b tea.MouseButton, x int) tea.MouseMsg {
		return tea.MouseMsg{X: x, Y: 5, Button: b, Action: tea.MouseActionPress}
	}
	v := newCompareView(testCommon(80, 12, Deps{}), versionFixture(doc.English))
	v.SetSize(80, 12)
	v.Update(wheel(tea.MouseButtonWheelDown, 60))
	if v.scroll == 0 {
		t.Error("the wheel over the text did not scroll it")
	}
	v.Update(wheel(tea.MouseButtonWheelUp, 60))
	if v.scroll != 0 {
		t.Errorf("the wheel back up left the text at line %d", v.scroll)
	}
	tv := newTranslateView(testCommon(80, 24, Deps{}), languageFixture())
	tv.scroll = 0
	tv.Update(wheel(tea.MouseButtonWheelDown, 10))
	if tv.scroll == 0 {
		t.Error("the wheel did not scroll the translation view")
	}
}
