package textio

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/policydiff/policydiff/internal/lazy"
)

// metaCharset is compiled on first use: most runs read no HTML, and a
// package-level regexp would be compiled at every process start.
var metaCharset = &lazy.Regexp{Expr: `(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`}

// decodeHTMLBytes decodes an HTML page and extracts its text. A BOM or
// valid UTF-8 wins over a <meta charset>, because pages are often
// re-saved as UTF-8 with the old declaration left in place; the declared
// charset decides only for bytes that are not UTF-8.
func decodeHTMLBytes(data []byte) (string, string, error) {
	s, enc, ok := decodeUnicode(data, false)
	if !ok || (!strings.HasPrefix(enc, "utf-16") && strings.IndexByte(s, 0) >= 0) {
		if bytes.IndexByte(data, 0) >= 0 {
			return "", "", errNUL
		}
		var err error
		s, enc, err = decodeDeclared(data)
		if err != nil {
			return "", "", err
		}
	}
	if err := checkControls(s); err != nil {
		return "", "", err
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return "", "", fail(ErrNoText, "cannot read the html: %v", err)
	}
	return htmlText(root), enc, nil
}

// decodeDeclared decodes non-UTF-8 HTML with the charset its <meta> names,
// or guesses as for plain text when it names none.
func decodeDeclared(data []byte) (string, string, error) {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	m := metaCharset.Re().FindSubmatch(head)
	if m == nil {
		return decodeLegacy(data)
	}
	label := strings.ToLower(string(m[1]))
	e, err := htmlindex.Get(label)
	if err != nil {
		return decodeLegacy(data)
	}
	name, _ := htmlindex.Name(e)
	switch name {
	case "gbk", "gb18030":
		// GB18030 is a superset of GBK and GB2312; pages labelled gb2312
		// routinely use GBK-only characters.
		b, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		return string(b), "gb18030", nil
	case "utf-8":
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), "utf-8", nil
	}
	b, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return decodeLegacy(data)
	}
	return string(b), name, nil
}

// dropped elements never hold policy text. The sets here are switches, not
// maps, so that they cost nothing at process start.
func dropped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Nav, atom.Noscript, atom.Svg,
		atom.Form, atom.Aside, atom.Template, atom.Iframe, atom.Object,
		atom.Embed, atom.Canvas, atom.Button, atom.Select, atom.Textarea,
		atom.Input, atom.Img, atom.Video, atom.Audio, atom.Map,
		atom.Dialog, atom.Math, atom.Head:
		return true
	}
	return false
}

// droppedRole reports the ARIA landmarks of page chrome, for sites that
// build their header and menus out of <div>s.
func droppedRole(role string) bool {
	switch role {
	case "navigation", "banner", "contentinfo", "complementary",
		"search", "dialog", "alertdialog", "menu", "menubar":
		return true
	}
	return false
}

// htmlText renders the page body as markdown-like text: headings as "#"
// lines, paragraphs apart by blank lines, list items as "- " or "1. "
// lines, tables as pipe tables.
func htmlText(root *html.Node) string {
	content := root
	if m := onlyMain(root); m != nil {
		content = m
	}
	r := &htmlRenderer{}
	r.block(content)
	r.flush()
	out := strings.Join(r.out, "\n")
	if firstH1(content) == "" {
		title := firstH1(root)
		if title == "" {
			title = pageTitle(root)
		}
		if title != "" {
			out = "# " + title + "\n\n" + out
		}
	}
	return out
}

// onlyMain returns the page's one <main> (or role=main) element. Rendering
// just that drops the chrome that carries no landmark — skip links,
// breadcrumbs, cookie notices — which sits outside it. With no main, or
// several, the whole body is rendered.
func onlyMain(root *html.Node) *html.Node {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if skip(n) || len(found) > 1 {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Main || attr(n, "role") == "main") {
			found = append(found, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if len(found) != 1 {
		return nil
	}
	return found[0]
}

// skip reports nodes whose text is not the policy: scripts and page
// chrome. A <header> or <footer> inside an article or section is that
// article's own (its title and date), and is kept, as ARIA does.
func skip(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return n.Type == html.CommentNode
	}
	if dropped(n.DataAtom) {
		return true
	}
	if hidden(n) {
		return true
	}
	if role := attr(n, "role"); droppedRole(role) {
		return true
	}
	if n.DataAtom == atom.Header || n.DataAtom == atom.Footer {
		return !insideSection(n)
	}
	return false
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			st := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func insideSection(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Article, atom.Section, atom.Main:
			return true
		}
		if attr(p, "role") == "main" {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// firstH1 is the text of the first visible <h1>: the page's title when the
// main content does not carry it.
func firstH1(n *html.Node) string {
	if skip(n) {
		return ""
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		r := &htmlRenderer{inCell: true}
		r.children(n)
		return strings.Join(strings.Fields(r.take()), " ")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstH1(c); t != "" {
			return t
		}
	}
	return ""
}

// pageTitle is the <title>, used as the heading of pages that have no <h1>.
func pageTitle(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Title {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		return strings.Join(strings.Fields(b.String()), " ")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := pageTitle(c); t != "" {
			return t
		}
	}
	return ""
}
