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
	b := bufio.NewWriter(w)
	s := tally(r)
	arrow := "→"
	if r.Mode == change.ModeLanguage {
		arrow = "↔"
	}
	fmt.Fprintf(b, "## policydiff: %s %s %s\n\n", mdEscape(docName(r.A)), arrow, mdEscape(docName(r.B)))
	for _, v := range verdictLines(r) {
		fmt.Fprintf(b, "> **%s**\n", mdEscape(v))
	}
	if len(verdictLines(r)) > 0 {
		fmt.Fprintln(b)
	}
	if r.Mode == change.ModeLanguage {
		mdFindings(b, r, s)
		return b.Flush()
	}
	fmt.Fprintln(b, "| added | removed | modified | moved | cosmetic | material |")
	fmt.Fprintln(b, "|---:|---:|---:|---:|---:|---:|")
	fmt.Fprintf(b, "| %d | %d | %d | %d | %d | %d |\n\n", s.Added, s.Removed, s.Modified, s.Moved, s.Cosmetic, s.Material)
	if len(r.Changes) == 0 {
		fmt.Fprintln(b, "No differences.")
		return b.Flush()
	}
	var cosmetic []change.Change
	for _, ch := range r.Changes {
		if ch.Kind == change.Cosmetic {
			cosmetic = append(cosmetic, ch)
			continue
		}
		mdChange(b, ch)
	}
	if len(cosmetic) > 0 {
		fmt.Fprintf(b, "<details><summary>%s (layout, emphasis, punctuation width, quotes)</summary>\n\n", plural(len(cosmetic), "cosmetic change"))
		for _, ch := range cosmetic {
			fmt.Fprintf(b, "- **%s**: %s\n", mdEscape(pairRef(ch)), mdOps(elide(nil, ch.Diff, 40)))
		}
		fmt.Fprint(b, "\n</details>\n")
	}
	return b.Flush()
}

func mdChange(b *bufio.Writer, ch change.Change) {
	title := fmt.Sprintf("### %s %s · %s", kindMarks[ch.Kind], ch.Kind, mdEscape(pairRef(ch)))
	if h := heading(ch); h != "" {
		title += " · " + mdEscape(h)
	} else if p := parentHeading(ch); p != "" {
		title += " · in " + mdEscape(p)
	}
	if ch.Material {
		title += " · ⚠️ material"
	}
	fmt.Fprintln(b, title)
	fmt.Fprintln(b)
	if ch.Coarsened {
		fmt.Fprintln(b, "_diff coarsened: the clause was too large to compare word by word in time_")
		fmt.Fprintln(b)
	}
	for _, l := range materialLines(ch) {
		fmt.Fprintf(b, "- **%s**\n", mdEscape(l))
	}
	if len(materialLines(ch)) > 0 {
		fmt.Fprintln(b)
	}
	var body string
	switch ch.Kind {
	case change.Added, change.Removed:
		var s strings.Builder
		for _, o := range ch.Diff {
			s.WriteString(o.Text)
		}
		body = mdEscape(s.String())
	default:
		body = mdOps(elide(nil, quiet(nil, ch.Diff), 80))
	}
	for _, l := range strings.Split(body, "\n") {
		fmt.Fprintf(b, "> %s\n", l)
	}
	fmt.Fprintln(b)
}

func mdFindings(b *bufio.Writer, r *change.Result, s change.Summary) {
	fmt.Fprintf(b, "%d clause pairs aligned, %d findings, %d material.\n\n", len(r.Pairs), s.Findings, s.Material)
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

// mdOps renders a diff with ~~deleted~~ and **inserted** runs. Spaces stay
// outside the markers, and where GitHub would not read a marker next to
// punctuation as emphasis, <del>/<ins> take over.
func mdOps(ops []change.Op) string {
	var b strings.Builder
	for i, o := range ops {
		text := mdEscape(o.Text)
		switch o.Op {
		case change.OpDelete:
			b.WriteString(mark(text, "~~", "del"))
		case change.OpInsert:
			// Rendered, "~~may~~**will**" reads "maywill": part them with
			// a space, except in Chinese, which has none between words.
			if i > 0 && ops[i-1].Op == change.OpDelete {
				r1, _ := utf8.DecodeLastRuneInString(ops[i-1].Text)
				r2, _ := utf8.DecodeRuneInString(o.Text)
				if !wide(r1) && !wide(r2) && !unicode.IsSpace(r1) && !unicode.IsSpace(r2) {
					b.WriteString(" ")
				}
			}
			b.WriteString(mark(text, "**", "ins"))
		default:
			b.WriteString(text)
		}
	}
	return b.String()
}

func mark(text, md, tag string) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		core := strings.TrimSpace(line)
		if core == "" {
			out = append(out, line)
			continue
		}
		lead := line[:strings.Index(line, core)]
		trail := line[len(lead)+len(core):]
		first, _ := utf8.DecodeRuneInString(core)
		last, _ := utf8.DecodeLastRuneInString(core)
		if unicode.IsPunct(first) || unicode.IsPunct(last) || unicode.IsSymbol(first) || unicode.IsSymbol(last) {
			out = append(out, lead+"<"+tag+">"+core+"</"+tag+">"+trail)
		} else {
			out = append(out, lead+md+core+md+trail)
		}
	}
	return strings.Join(out, "\n")
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`,
)

func mdEscape(s string) string { return mdEscaper.Replace(s) }
