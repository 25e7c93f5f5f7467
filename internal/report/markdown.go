package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/change"
)

// Markdown writes r as a pull-request comment: verdict, a summary table,
// one section per change with ~~deleted~~ and **inserted** words and the
// material reasons, cosmetic changes folded away in <details>.
func Markdown(w io.Writer, r *change.Result) error {
	b := &mdWriter{Writer: bufio.NewWriter(w)}
	s := tally(r)
	arrow := "→"
	if r.Mode == change.ModeLanguage {
		arrow = "↔"
	}
	fmt.Fprintf(b, "## policydiff: %s %s %s\n\n", mdEscape(docName(r.A)), arrow, mdEscape(docName(r.B)))
	verdicts := verdictLines(r)
	for _, v := range verdicts {
		fmt.Fprintf(b, "> **%s**\n", mdEscape(v))
	}
	if len(verdicts) > 0 {
		fmt.Fprintln(b)
	}
	if r.Mode == change.ModeLanguage {
		mdFindings(b.Writer, r, s)
		return b.Flush()
	}
	fmt.Fprintln(b, "| added | removed | modified | moved | cosmetic | material |")
	fmt.Fprintln(b, "|---:|---:|---:|---:|---:|---:|")
	fmt.Fprintf(b, "| %d | %d | %d | %d | %d | %d |\n\n", s.Added, s.Removed, s.Modified, s.Moved, s.Cosmetic, s.Material)
	if len(r.Changes) == 0 {
		fmt.Fprintln(b, "No differences.")
		return b.Flush()
	}
	// The policy's own emphasis is gone from clause text, so bold here is
	// always an insertion; a reader of the comment is told so.
	fmt.Fprintln(b, "<sub>Deleted text is ~~struck through~~, inserted text **bold** or <ins>underlined</ins>.</sub>")
	fmt.Fprintln(b)
	var cosmetic []change.Change
	for _, ch := range r.Changes {
		if ch.Kind == change.Cosmetic {
			cosmetic = append(cosmetic, ch)
			continue
		}
		b.change(ch)
	}
	if len(cosmetic) > 0 {
		fmt.Fprintf(b, "<details><summary>%s (layout, emphasis, punctuation width, quotes)</summary>\n\n", change.Count(len(cosmetic), "cosmetic change"))
		for _, ch := range cosmetic {
			b.WriteString("- **")
			mdEscaper.WriteString(b, pairRef(ch))
			b.WriteString("**: ")
			mdOps(b.Writer, b.shown(ch.Diff, false, 40))
			b.WriteByte('\n')
		}
		b.WriteString("\n</details>\n")
	}
	return b.Flush()
}

// mdWriter writes the comment, with scratch for the change being written.
type mdWriter struct {
	*bufio.Writer
	diffScratch
}

func (b *mdWriter) change(ch change.Change) {
	b.WriteString("### ")
	b.WriteString(kindMarks[ch.Kind])
	b.WriteByte(' ')
	b.WriteString(string(ch.Kind))
	b.WriteString(" · ")
	mdEscaper.WriteString(b, pairRef(ch))
	if h := heading(ch); h != "" {
		b.WriteString(" · ")
		mdEscaper.WriteString(b, h)
	} else if p := parentHeading(ch); p != "" {
		b.WriteString(" · in ")
		mdEscaper.WriteString(b, p)
	}
	if ch.Material {
		b.WriteString(" · ⚠️ material")
	}
	b.WriteString("\n\n")
	if ch.Coarsened {
		b.WriteString("_diff coarsened: the clause was too large to compare word by word in time_\n\n")
	}
	reasons := materialLines(ch)
	for _, l := range reasons {
		b.WriteString("- **")
		mdEscaper.WriteString(b, l)
		b.WriteString("**\n")
	}
	if len(reasons) > 0 {
		b.WriteByte('\n')
	}
	b.WriteString("> ")
	q := quoted{b.Writer}
	switch ch.Kind {
	case change.Added, change.Removed:
		// The escaper replaces single bytes: escaping the runs one by one
		// is escaping their text.
		for _, o := range ch.Diff {
			mdEscaper.WriteString(q, o.Text)
		}
	default:
		mdOps(q, b.shown(ch.Diff, true, 80))
	}
	b.WriteString("\n\n")
}

// quoted writes into a Markdown block quote: each line break starts the
// next line of the quote. It reports no error of its own: w keeps the
// first one, and Markdown's Flush returns it.
type quoted struct{ w *bufio.Writer }

func (q quoted) WriteString(s string) (int, error) {
	n := len(s)
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			break
		}
		q.w.WriteString(s[:i+1])
		q.w.WriteString("> ")
		s = s[i+1:]
	}
	q.w.WriteString(s)
	return n, nil
}

// Write takes what mdEscaper writes in place of a byte it escapes, none of
// which holds a line break: the text itself comes through WriteString.
func (q quoted) Write(p []byte) (int, error) { return q.w.Write(p) }

// mdSink is where mdOps writes: the comment's buffer, or a block quote in it.
type mdSink interface {
	io.Writer
	io.StringWriter
}

func mdFindings(b *bufio.Writer, r *change.Result, s change.Summary) {
	fmt.Fprintf(b, "%s aligned, %s, %d material.\n\n", change.Count(len(r.Pairs), "clause pair"), change.Count(s.Findings, "finding"), s.Material)
	if len(r.Findings) == 0 {
		fmt.Fprintln(b, "The two language versions agree on every checked point.")
		return
	}
	fmt.Fprintln(b, "| finding | A | B | detail | material |")
	fmt.Fprintln(b, "|---|---|---|---|---|")
	for _, f := range r.Findings {
		mat := ""
		if f.Material {
			mat = "⚠️ " + strings.Trim(strings.ReplaceAll(fmt.Sprint(f.Categories), " ", ", "), "[]")
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", f.Kind, mdEscape(ref(f.A)), mdEscape(ref(f.B)), mdEscape(f.Detail), mat)
	}
	var reasons []string
	for _, f := range r.Findings {
		for _, l := range materialLines(change.Change{Material: f.Material, Categories: f.Categories, Reasons: f.Reasons}) {
			reasons = append(reasons, fmt.Sprintf("- %s %s ↔ %s: **%s**", f.Kind, mdEscape(ref(f.A)), mdEscape(ref(f.B)), mdEscape(l)))
		}
	}
	if len(reasons) > 0 {
		fmt.Fprintf(b, "\n%s\n", strings.Join(reasons, "\n"))
	}
}

// mdOps writes a diff with ~~deleted~~ and **inserted** runs. Spaces stay
// outside the markers, and where GitHub would not read a marker next to
// punctuation as emphasis, <del>/<ins> take over.
func mdOps(w mdSink, ops []change.Op) {
	for i, o := range ops {
		switch o.Op {
		case change.OpDelete:
			mark(w, mdEscape(o.Text), "~~", "<del>", "</del>")
		case change.OpInsert:
			// Rendered, "~~may~~**will**" reads "maywill": part them with
			// a space, except in Chinese, which has none between words.
			if i > 0 && ops[i-1].Op == change.OpDelete {
				r1, _ := utf8.DecodeLastRuneInString(ops[i-1].Text)
				r2, _ := utf8.DecodeRuneInString(o.Text)
				if !wide(r1) && !wide(r2) && !unicode.IsSpace(r1) && !unicode.IsSpace(r2) {
					w.WriteString(" ")
				}
			}
			mark(w, mdEscape(o.Text), "**", "<ins>", "</ins>")
		default:
			mdEscaper.WriteString(w, o.Text)
		}
	}
}

// mark writes each line of text with its words between md marks, or
// between the HTML tags open and close where it starts or ends with
// punctuation.
func mark(w mdSink, text, md, openTag, closeTag string) {
	for {
		line, rest, more := strings.Cut(text, "\n")
		if core := strings.TrimSpace(line); core == "" {
			w.WriteString(line)
		} else {
			lead := line[:strings.Index(line, core)]
			trail := line[len(lead)+len(core):]
			first, _ := utf8.DecodeRuneInString(core)
			last, _ := utf8.DecodeLastRuneInString(core)
			open, close := md, md
			if unicode.IsPunct(first) || unicode.IsPunct(last) || unicode.IsSymbol(first) || unicode.IsSymbol(last) {
				open, close = openTag, closeTag
			}
			w.WriteString(lead)
			w.WriteString(open)
			w.WriteString(core)
			w.WriteString(close)
			w.WriteString(trail)
		}
		if !more {
			return
		}
		w.WriteString("\n")
		text = rest
	}
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`,
)

func mdEscape(s string) string { return mdEscaper.Replace(s) }
