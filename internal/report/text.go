package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/crosslang"
	"github.com/policydiff/policydiff/internal/report/sidebyside"
)

// TextOptions tune the terminal report. The CLI sets Color from NO_COLOR and
// whether standard output is a terminal, and Width from the terminal.
type TextOptions struct {
	Color        bool // ANSI styles; false writes plain text with [-deleted-]{+inserted+}
	Width        int  // wrap to this many columns (East Asian characters count two); 0 means 100
	ShowCosmetic bool // list cosmetic changes one by one instead of counting them
}

const indent = "    "

type textWriter struct {
	w     *bufio.Writer
	color bool
	width int
	wrap  wrapper

	// Scratch for the change being written, reused for the next.
	segs []seg
	diffScratch
}

// Text writes r for a reader in a terminal: a title, the verdict, every
// change with its clause numbers, diff and material reasons, and a summary.
func Text(w io.Writer, r *change.Result, o TextOptions) error {
	t := &textWriter{w: bufio.NewWriter(w), color: o.Color, width: o.Width}
	if t.width <= 0 {
		t.width = 100
	}
	if r.Mode == change.ModeLanguage {
		t.language(r)
	} else {
		t.versions(r, o.ShowCosmetic)
	}
	return t.w.Flush()
}

// line writes segs wrapped to the width, every line after the prefix.
func (t *textWriter) line(prefix string, segs ...seg) {
	t.wrap.wrap(segs, max(t.width-len(prefix), 20), func(l []seg) {
		if len(l) > 0 {
			t.w.WriteString(prefix)
			t.writeLine(l)
		}
		t.w.WriteByte('\n')
	})
}

// writeLine writes one wrapped line, styling runs of one style together.
func (t *textWriter) writeLine(line []seg) {
	for i := 0; i < len(line); {
		j := i + 1
		for j < len(line) && line[j].style == line[i].style {
			j++
		}
		if t.color && line[i].style != nil {
			line[i].style.writeRun(t.w, line[i:j])
		} else {
			for _, s := range line[i:j] {
				t.w.WriteString(s.text)
			}
		}
		i = j
	}
}

func (t *textWriter) blank() { t.w.WriteByte('\n') }

func (t *textWriter) title(r *change.Result, arrow, what string) {
	t.line("", styled(&colourStyles.Title, fmt.Sprintf("policydiff: %s %s %s", docName(r.A), arrow, docName(r.B))))
	t.line("", styled(&colourStyles.Dim, what))
	for _, v := range verdictLines(r) {
		st := &colourStyles.Verdict
		if strings.HasPrefix(v, "material-change rule") {
			st = &colourStyles.Dim
		}
		t.line("", styled(st, v))
	}
}

func (t *textWriter) versions(r *change.Result, showCosmetic bool) {
	s := tally(r)
	t.title(r, "→", "version comparison: "+summaryCounts(s))
	var cosmetic []string
	for _, ch := range r.Changes {
		if ch.Kind == change.Cosmetic && !showCosmetic {
			cosmetic = append(cosmetic, pairRef(ch))
			continue
		}
		t.blank()
		t.change(ch)
	}
	t.blank()
	if len(cosmetic) > 0 {
		t.line("", styled(&colourStyles.Cosmetic, fmt.Sprintf("%s not shown (layout, emphasis, punctuation width, quotes): %s",
			change.Count(len(cosmetic), "cosmetic change"), strings.Join(cosmetic, ", "))))
	}
	if len(r.Changes) == 0 {
		t.line("", plain("No differences."))
		return
	}
	t.line("", styled(&colourStyles.Heading, "Summary:"), plain(" "+summaryCounts(s)))
	if refs := touched(r.Changes); len(refs) > 0 {
		t.line("", plain("Clauses touched: "+strings.Join(refs, ", ")))
	} else {
		t.line("", plain("No substantive differences."))
	}
}

func kindStyle(k change.Kind) *Style {
	switch k {
	case change.Added:
		return &colourStyles.Added
	case change.Removed:
		return &colourStyles.Removed
	case change.Moved:
		return &colourStyles.Moved
	case change.Cosmetic:
		return &colourStyles.Cosmetic
	}
	return &colourStyles.Modified
}

func (t *textWriter) change(ch change.Change) {
	head := append(t.segs[:0], styled(kindStyle(ch.Kind), kindMarks[ch.Kind]+" "+string(ch.Kind)), plain(" "), styled(&colourStyles.Ref, pairRef(ch)))
	if h := heading(ch); h != "" {
		head = append(head, plain("  "), styled(&colourStyles.Heading, h))
	} else if p := parentHeading(ch); p != "" {
		head = append(head, plain("  "), styled(&colourStyles.Dim, "in "+p))
	}
	if ch.Material {
		head = append(head, plain("  "), styled(&colourStyles.Material, "MATERIAL"))
	}
	if ch.Coarsened {
		head = append(head, plain("  "), styled(&colourStyles.Warn, "(diff coarsened: too large to compare word by word in time)"))
	}
	t.line("", head...)
	// line has written the heading out: its memory holds the body next.
	t.segs = t.body(head[:0], ch)
	t.line(indent, t.segs...)
	for _, l := range materialLines(ch) {
		t.line(indent, styled(&colourStyles.Material, l))
	}
}

// body appends the diff of a change to out. Added and removed clauses are
// shown whole; edited ones with long unchanged stretches cut to their
// context.
func (t *textWriter) body(out []seg, ch change.Change) []seg {
	if ch.Kind == change.Added || ch.Kind == change.Removed {
		return append(out, plain(joinOps(ch.Diff)))
	}
	for _, o := range t.shown(ch.Diff, ch.Kind != change.Cosmetic, 60) {
		switch {
		case o.Op == change.OpEqual:
			out = append(out, plain(o.Text))
		case t.color && o.Op == change.OpDelete:
			out = append(out, styled(&colourStyles.Delete, o.Text))
		case t.color:
			out = append(out, styled(&colourStyles.Insert, o.Text))
		case o.Op == change.OpDelete:
			out = append(out, seg{text: "[-", glueNext: true}, plain(o.Text), seg{text: "-]", gluePrev: true})
		default:
			out = append(out, seg{text: "{+", glueNext: true}, plain(o.Text), seg{text: "+}", gluePrev: true})
		}
	}
	return out
}

// joinOps is the text of ops, one after the other.
func joinOps(ops []change.Op) string {
	if len(ops) == 1 {
		return ops[0].Text
	}
	var b strings.Builder
	for _, o := range ops {
		b.WriteString(o.Text)
	}
	return b.String()
}

func (t *textWriter) language(r *change.Result) {
	s := tally(r)
	counts := languageCounts(len(r.Pairs), s)
	// The findings first, each with its rule and evidence: a reviewer
	// reads the few disagreements before, if at all, the hundreds of
	// clause pairs they were found in, where each is marked again.
	t.title(r, "↔", "translation comparison: "+counts)
	t.findingList(r)
	if len(r.Pairs) > 0 {
		t.blank()
		t.line("", styled(&colourStyles.Heading, "Side by side"))
		if err := t.w.Flush(); err == nil {
			_ = sidebyside.RenderColumns(t.w, r, t.width, t.color)
		}
	}
	t.blank()
	t.line("", styled(&colourStyles.Heading, "Summary:"), plain(" "+counts))
}

func languageCounts(pairs int, s change.Summary) string {
	return fmt.Sprintf("%s, %s, %d material", change.Count(pairs, "clause pair"), change.Count(s.Findings, "finding"), s.Material)
}

func findingWhere(f change.Finding) string {
	switch {
	case f.A == nil:
		return "B " + ref(f.B)
	case f.B == nil:
		return "A " + ref(f.A)
	}
	return "A " + ref(f.A) + " ↔ B " + ref(f.B)
}

func (t *textWriter) findingList(r *change.Result) {
	if len(r.Findings) == 0 {
		t.blank()
		t.line("", plain("The two language versions agree on every checked point."))
		return
	}
	note := crosslang.VersionNote(r.Findings)
	// Said once in the note, not under every finding.
	if note != "" {
		t.line("", styled(&colourStyles.Warn, note))
	}
	for _, f := range r.Findings {
		t.blank()
		head := []seg{styled(&colourStyles.Modified, "! "+f.Kind), plain(" "), styled(&colourStyles.Ref, findingWhere(f))}
		if f.Material {
			head = append(head, plain("  "), styled(&colourStyles.Material, "MATERIAL"))
		}
		t.line("", head...)
		t.line(indent, plain(crosslang.WithoutVersionNote(f, f.Detail)))
		for _, l := range materialLines(change.Change{Material: f.Material, Categories: f.Categories, Reasons: f.Reasons}) {
			t.line(indent, styled(&colourStyles.Material, crosslang.WithoutVersionNote(f, l)))
		}
	}
}

// tally counts r's changes without touching r.
func tally(r *change.Result) change.Summary {
	c := *r
	c.Tally()
	return c.Summary
}
