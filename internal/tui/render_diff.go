package tui

import (
	"fmt"

	"github.com/charmbracelet/lipgloss"
	"strconv"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// Pure rendering of comparisons: values in, styled lines out, no state. The
// models only choose what to draw and where.

// Side selects which runs of a word diff a column shows.
type Side int

const (
	Inline Side = iota // deletions and insertions interleaved
	SideA              // equal and deleted text: the old version
	SideB              // equal and inserted text: the new version
)

// kindMarker is the outline mark of a change kind.
func kindMarker(k change.Kind, st *Styles) string {
	switch k {
	case change.Added:
		return st.Added.Render("+")
	case change.Removed:
		return st.Removed.Render("−")
	case change.Modified:
		return st.Modified.Render("~")
	case change.Moved:
		return st.Moved.Render("↕")
	case change.Cosmetic:
		return st.Cosmetic.Render("=")
	}
	return " "
}

// Marker is the two-cell gutter beside a clause: material flag, then kind.
func Marker(c *change.Change, st *Styles) string {
	if c == nil {
		return "  "
	}
	m := " "
	if c.Material {
		m = st.Material.Render("!")
	}
	return m + kindMarker(c.Kind, st)
}

// DiffSegs turns word-diff runs into styled segments for one side.
func DiffSegs(ops []change.Op, side Side, st *Styles) []Seg {
	out := make([]Seg, 0, len(ops))
	for _, op := range ops {
		switch {
		case op.Op == change.OpEqual:
			out = append(out, Seg{op.Text, nil})
		case op.Op == change.OpDelete && side != SideB:
			out = append(out, Seg{plainMark(st, "[-", op.Text, "-]"), &st.Delete})
		case op.Op == change.OpInsert && side != SideA:
			out = append(out, Seg{plainMark(st, "{+", op.Text, "+}"), &st.Insert})
		}
	}
	return out
}

// plainMark brackets changed words when there is no colour to show them.
// Line breaks at either end stay outside the brackets, so a mark never
// dangles at the end of one line or opens the next.
func plainMark(st *Styles, open, s, close string) string {
	if !st.Plain {
		return s
	}
	core := strings.Trim(s, "\n")
	if core == "" {
		return open + close + s // only line breaks changed
	}
	lead := s[:strings.Index(s, core)]
	return lead + open + core + close + s[len(lead)+len(core):]
}

// changeOps returns the word diff of a change, synthesising one for added
// and removed clauses, which carry none.
func changeOps(c *change.Change) []change.Op {
	if len(c.Diff) > 0 {
		return c.Diff
	}
	switch {
	case c.A == nil && c.B != nil:
		return []change.Op{{Op: change.OpInsert, Text: c.B.Full()}}
	case c.B == nil && c.A != nil:
		return []change.Op{{Op: change.OpDelete, Text: c.A.Full()}}
	case c.B != nil:
		return []change.Op{{Op: change.OpEqual, Text: c.B.Full()}}
	}
	return nil
}

// clauseName is "9.2(3) Heading" or the label when there is no id.
func clauseName(c *doc.Clause) string {
	if c == nil {
		return ""
	}
	id := c.ID
	if id == "" {
		id = c.Label
	}
	if c.Heading != "" && id != "" {
		return id + " " + c.Heading
	}
	return id + c.Heading
}

// ChangeTitle says what happened to the clause in one line.
func ChangeTitle(c *change.Change) string {
	a, b := "", ""
	if c.A != nil {
		a = c.A.ID
	}
	if c.B != nil {
		b = c.B.ID
	}
	var s string
	switch c.Kind {
	case change.Added:
		s = "added " + b
	case change.Removed:
		s = "removed " + a
	case change.Moved:
		s = "moved " + a + " → " + b
	default:
		s = string(c.Kind) + " " + b
		if a != b && a != "" {
			s = string(c.Kind) + " " + a + " → " + b
		}
	}
	if c.Coarsened {
		s += " (coarse diff: document too large for a word diff in time)"
	}
	return s
}

// RenderChange draws the text pane for one change: what happened, where,
// and the words that changed, inline or side by side.
func RenderChange(c *change.Change, width int, sideBySide bool, st *Styles) []string {
	var out []string
	layout := "inline"
	if sideBySide {
		layout = "old │ new"
	}
	head := Marker(c, st) + " " + st.Heading.Render(ChangeTitle(c))
	if room := width - lipgloss.Width(head); room > len(layout)+1 {
		head += strings.Repeat(" ", room-lipgloss.Width(layout)) + st.Dim.Render(layout)
	}
	out = append(out, fit(head, width))
	cl := c.B
	if cl == nil {
		cl = c.A
	}
	if p := cl.Path(); len(p) > 0 {
		out = append(out, wrapText(strings.Join(p, " › "), &st.Subtle, width)...)
	}
	if c.Material {
		out = append(out, wrapText(materialLine(c), &st.Material, width)...)
	}
	out = append(out, "")
	ops := changeOps(c)
	if !sideBySide {
		for _, l := range wrapSegs(DiffSegs(ops, Inline, st), width) {
			out = append(out, renderSegs(l))
		}
		return out
	}
	return append(out, SideBySideOps(ops, width, st)...)
}

func materialLine(c *change.Change) string {
	cats := make([]string, len(c.Categories))
	for i, n := range c.Categories {
		cats[i] = strconv.Itoa(n)
	}
	s := "! material change, categories " + strings.Join(cats, ", ")
	if c.RightsReduced {
		s += " · reduces users' rights: explicit consent needed"
	}
	return s
}

// SideBySide lays two texts in columns split by a rule, each wrapped to
// half the width.
func SideBySide(a, b []Seg, width int, st *Styles) []string {
	cw := (width - 3) / 2
	la, lb := wrapSegs(a, cw), wrapSegs(b, cw)
	n := max(len(la), len(lb))
	out := make([]string, 0, n)
	sep := st.Divider.Render(" │ ")
	for i := 0; i < n; i++ {
		var l, r string
		if i < len(la) {
			l = renderSegs(la[i])
		}
		if i < len(lb) {
			r = renderSegs(lb[i])
		}
		out = append(out, fit(l, cw)+sep+clip(r, width-cw-3))
	}
	return out
}

// RenderClause draws an unchanged clause.
func RenderClause(c *doc.Clause, width int, st *Styles) []string {
	out := []string{fit("   "+st.Heading.Render(clauseName(c)), width)}
	if p := c.Path(); len(p) > 1 {
		out = append(out, wrapText(strings.Join(p, " › "), &st.Subtle, width)...)
	}
	out = append(out, "", st.Dim.Render("unchanged"), "")
	return append(out, wrapText(c.Text, nil, width)...)
}

// Banner is the verdict a reviewer must see first, wrapped to at most
// four lines so it is never cut off.
func Banner(r *change.Result, width int, st *Styles) []string {
	where := "the material-change clause"
	if mc := r.MaterialClause; mc != nil && mc.ID != "" {
		where = "clause " + mc.ID
	}
	if mc := r.MaterialClause; mc != nil && mc.Side == "builtin" {
		where = "the built-in material-change rules"
	}
	var s string
	style := &st.BannerNone
	switch {
	case r.ExplicitConsentRequired:
		style = &st.BannerMaterial
		s = fmt.Sprintf("! MATERIAL CHANGE: prominent notice required under %s; explicit consent needed: users' rights are reduced", where)
	case r.NoticeRequired:
		style = &st.BannerMaterial
		s = fmt.Sprintf("! MATERIAL CHANGE: prominent notice required under %s (%d material)", where, r.Summary.Material)
	case r.Mode == change.ModeLanguage && r.Summary.Material > 0:
		style = &st.BannerMaterial
		s = fmt.Sprintf("! The translations disagree in %d places, %d on material points", len(r.Findings), r.Summary.Material)
	case r.Mode == change.ModeLanguage && len(r.Findings) > 0:
		style = &st.BannerConsent
		s = fmt.Sprintf("The translations disagree in %d places; none is material", len(r.Findings))
	case r.Mode == change.ModeLanguage:
		style = &st.BannerOK
		s = "The translations agree on every checked point"
	case r.Substantive():
		style = &st.BannerOK
		s = "No material change: an announcement suffices"
	default:
		s = "No substantive difference (cosmetic only)"
	}
	lines := wrapText(s, nil, width-1)
	if len(lines) > 4 {
		lines = lines[:4]
	}
	for i, l := range lines {
		lines[i] = style.Render(fit(" "+l, width))
	}
	return lines
}

// PairName names the two sides of a comparison without repeating what they
// share: "jdcloud-privacy en 2020-07-28 → 2021-03-10".
func PairName(a, b doc.Meta, arrow string) string {
	na, nb := VersionName(a), VersionName(b)
	if a.Policy != "" && a.Policy == b.Policy {
		nb = strings.TrimPrefix(nb, b.Policy+" ")
		if a.Lang == b.Lang {
			nb = strings.TrimPrefix(nb, string(b.Lang)+" ")
		}
	}
	return na + " " + arrow + " " + nb
}

// Summary is the counts line of a comparison.
func SummaryLine(r *change.Result) string {
	s := r.Summary
	if r.Mode == change.ModeLanguage {
		return fmt.Sprintf("%d pairs · %d findings · !%d", len(r.Pairs), s.Findings, s.Material)
	}
	return fmt.Sprintf("+%d −%d ~%d ↕%d =%d · !%d", s.Added, s.Removed, s.Modified, s.Moved, s.Cosmetic, s.Material)
}

// VersionName is "policy en 2021-03-10" for a document's metadata.
func VersionName(m doc.Meta) string {
	date := m.Effective
	if date == "" {
		date = m.Updated
	}
	if date == "" {
		date = "undated"
	}
	name := m.Policy
	if name == "" {
		name = m.Source
	}
	return strings.TrimSpace(name + " " + string(m.Lang) + " " + date)
}

// RenderReasons is the evidence panel for a material change: each flag's
// category, rule and the words it rests on.
func RenderReasons(rs []change.Reason, width int, st *Styles) []string {
	var out []string
	for _, r := range rs {
		name := ""
		if r.Category > 0 && r.Category < len(change.CategoryNames) {
			name = change.CategoryNames[r.Category]
		}
		segs := []Seg{
			{fmt.Sprintf("%d %s", r.Category, name), &st.Material},
			{" · ", nil},
			{r.Rule, &st.Rule},
		}
		if r.Evidence != "" {
			segs = append(segs, Seg{" · ", nil}, Seg{r.Evidence, &st.Evidence})
		}
		for _, l := range wrapSegs(segs, width) {
			out = append(out, renderSegs(l))
		}
	}
	return out
}
