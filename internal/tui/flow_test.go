package tui

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/store"
)

// fakeDeps serves the fixtures as if they were stored: the English and
// Chinese versions of 2020-07-28 and 2021-03-10.
func fakeDeps() Deps {
	docs := map[string]*doc.Document{}
	for _, r := range []*change.Result{versionFixture(doc.English), versionFixture(doc.Chinese)} {
		docs[ref(r.A)], docs[ref(r.B)] = r.DocA, r.DocB
	}
	return Deps{
		StoreName: "fixtures",
		Policies:  func() ([]store.Policy, error) { return fixturePolicies(), nil },
		Load: func(r string) (*doc.Document, error) {
			if d, ok := docs[r]; ok {
				return d, nil
			}
			return nil, fmt.Errorf("no stored version %q", r)
		},
		Compare: func(a, b *doc.Document) *change.Result {
			if a.Meta.Lang != b.Meta.Lang {
				return languageFixture()
			}
			return versionFixture(a.Meta.Lang)
		},
		Notice: func(r *change.Result, l doc.Lang) string {
			return fmt.Sprintf("Notice of material changes (%s)\n\n%d material changes; clause 10.1: new contact privacy@jdcloud.com", l, r.Summary.Material)
		},
		Search: func(_ context.Context, q string) ([]Hit, error) {
			return []Hit{{Policy: "jdcloud-privacy", Lang: "zh", Version: "2021-03-10", Clause: "10.1", Heading: "如何联系我们",
				Fragments: []string{"请通过发送邮件至 «" + q + "» 或拨打我们的客服电话"}}}, nil
		},
	}
}

func ref(m doc.Meta) string { return m.Policy + "/" + string(m.Lang) + "/" + m.Effective }

func startTest(t *testing.T, a, b string) *teatest.TestModel {
	t.Helper()
	m := New(testCommon(80, 24, fakeDeps()), a, b)
	return teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
}

func waitFor(t *testing.T, tm *teatest.TestModel, want ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		for _, w := range want {
			if !bytes.Contains(b, []byte(w)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func press(tm *teatest.TestModel, keys ...string) {
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
}

func finalRoot(t *testing.T, tm *teatest.TestModel) *Model {
	t.Helper()
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
}

// The reviewer's path: library → mark two versions → comparison → next
// change → quit.
func TestFlowLibraryToComparison(t *testing.T) {
	tm := startTest(t, "", "")
	waitFor(t, tm, "jdcloud-privacy", "space marks A and B")
	press(tm, " ", " ", "enter")
	waitFor(t, tm, "MATERIAL CHANGE", "modified 9.1")
	press(tm, "n")
	waitFor(t, tm, "removed 9.3")
	press(tm, "q")
	m := finalRoot(t, tm)
	cv, ok := m.top().(*compareView)
	if !ok {
		t.Fatalf("top screen is %T, want the comparison", m.top())
	}
	if e := cv.entries[cv.cursor]; e.ch == nil || e.ch.Kind != change.Removed {
		t.Errorf("cursor on %+v, want the removed clause 9.3", e.cl)
	}
}

func TestFlowLanguagesOpenTranslationView(t *testing.T) {
	tm := startTest(t, "", "")
	waitFor(t, tm, "space marks A and B")
	press(tm, " ", "j", " ", "enter")
	waitFor(t, tm, "disagree in 2 places", "email-mismatch")
	press(tm, "esc")
	waitFor(t, tm, "B jdcloud-privacy/zh/2021-03-10")
	press(tm, "q")
	if _, ok := finalRoot(t, tm).top().(*libraryView); !ok {
		t.Error("esc did not go back to the library")
	}
}

func TestFlowStartOnComparisonAndNotice(t *testing.T) {
	tm := startTest(t, "jdcloud-privacy/zh/2020-07-28", "jdcloud-privacy/zh/2021-03-10")
	waitFor(t, tm, "MATERIAL CHANGE")
	press(tm, "m")
	waitFor(t, tm, "contact-changed")
	press(tm, "d")
	waitFor(t, tm, "Notice draft", "privacy@jdcloud.com")
	press(tm, "ctrl+c")
	if _, ok := finalRoot(t, tm).top().(*pagerView); !ok {
		t.Error("d did not open the notice draft")
	}
}

func TestFlowSearchOpensClause(t *testing.T) {
	tm := startTest(t, "", "")
	press(tm, "/")
	waitFor(t, tm, "search:")
	tm.Type("邮件q") // q is text here, not quit
	press(tm, "enter")
	waitFor(t, tm, "1 hits", "jdcloud-privacy/zh/2021-03-10")
	press(tm, "enter")
	waitFor(t, tm, "clause 10.1", ">   10.1")
	press(tm, "q")
	if _, ok := finalRoot(t, tm).top().(*pagerView); !ok {
		t.Error("enter on a hit did not open its clause")
	}
}

func TestFlowHelpAndResize(t *testing.T) {
	tm := startTest(t, "jdcloud-privacy/en/2020-07-28", "jdcloud-privacy/en/2021-03-10")
	waitFor(t, tm, "MATERIAL CHANGE")
	press(tm, "?")
	waitFor(t, tm, "next material", "show/hide cosmetic", "notice draft")
	press(tm, "?")
	tm.Send(tea.WindowSizeMsg{Width: 50, Height: 16})
	press(tm, "s")
	press(tm, "q")
	m := finalRoot(t, tm)
	out := m.View()
	checkWidth(t, out, 50)
	if n := strings.Count(out, "\n") + 1; n != 16 {
		t.Errorf("view is %d lines after resizing to 16", n)
	}
}

func TestLoadErrorIsShownNotFatal(t *testing.T) {
	tm := startTest(t, "nope/en/2020-01-01", "jdcloud-privacy/en/2021-03-10")
	waitFor(t, tm, "error:", "no stored version")
	press(tm, "q")
	finalRoot(t, tm)
}

func TestKeysReadTogetherAreSeparateCommands(t *testing.T) {
	m := New(testCommon(80, 24, fakeDeps()), "", "")
	m.push(newCompareView(m.com, versionFixture(doc.English)))
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ns")})
	cv := m.top().(*compareView)
	if !cv.sideBySide {
		t.Error("s in \"ns\" did not switch to side by side")
	}
	if e := cv.entries[cv.cursor]; e.ch == nil || e.ch.Kind != change.Removed {
		t.Errorf("n in \"ns\" did not move to the next change (9.3), cursor on %s", e.cl.ID)
	}
}

func TestEscEscReadTogetherGoesBackTwice(t *testing.T) {
	m := New(testCommon(80, 24, fakeDeps()), "", "")
	m.push(newCompareView(m.com, versionFixture(doc.English)))
	m.push(newPager(m.com, "notice", noticeLines("draft")))
	m.Update(tea.KeyMsg{Type: tea.KeyEsc, Alt: true})
	if len(m.stack) != 1 {
		t.Errorf("esc esc left %d screens, want the library alone", len(m.stack))
	}
}

// Every screen survives any terminal size, down to a single cell, and never
// draws past the edge.
func TestAnySizeRendersWithinBounds(t *testing.T) {
	screens := map[string]func(c *Common) Component{
		"library":   func(c *Common) Component { return newLibraryView(c, fixturePolicies()) },
		"compare":   func(c *Common) Component { return newCompareView(c, versionFixture(doc.Chinese)) },
		"translate": func(c *Common) Component { return newTranslateView(c, languageFixture()) },
		"search":    func(c *Common) Component { return newSearchView(c) },
		"pager": func(c *Common) Component {
			d := versionFixture(doc.Chinese).DocB
			return newPager(c, "doc", func(w int) ([]string, int) { return RenderDocument(d, "10.1", w, c.Styles) })
		},
	}
	for name, mk := range screens {
		for _, w := range []int{1, 2, 7, 13, 33, 80} {
			for _, h := range []int{1, 2, 5, 11, 24} {
				m := New(testCommon(80, 24, fakeDeps()), "", "")
				m.push(mk(m.com))
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
				for _, k := range []string{"n", "s", "j", "m", "G", "?"} {
					m.Update(keyMsg(k))
					out := m.View()
					if n := strings.Count(out, "\n") + 1; n != h {
						t.Errorf("%s at %dx%d after %q: %d lines", name, w, h, k, n)
					}
					checkWidth(t, out, w)
				}
			}
		}
	}
}
