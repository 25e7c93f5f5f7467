// Package doc is the document model every other package shares: a policy
// version as metadata plus a tree of clauses with canonical, language-neutral
// ids. It knows nothing about files, storage, diffing or the UI.
package doc

import (
	"math/bits"
	"strings"
)

// Lang is a document language. Only English and Chinese are supported.
type Lang string

const (
	English Lang = "en"
	Chinese Lang = "zh"
)

// Meta describes one version of a policy. Field names and JSON names follow
// the DOC object of CONTRACT.md.
type Meta struct {
	Source    string `json:"source"`    // file path or stored reference it came from
	Policy    string `json:"policy"`    // policy id, e.g. "jdcloud-privacy"
	Lang      Lang   `json:"lang"`      // "en" or "zh"
	Title     string `json:"title"`     // document title as printed
	Effective string `json:"effective"` // YYYY-MM-DD or ""
	Updated   string `json:"updated"`   // YYYY-MM-DD or ""
	SHA256    string `json:"sha256"`    // of the original bytes
	Format    string `json:"format"`    // txt, md, html, docx, pdf
	Encoding  string `json:"encoding"`  // utf-8, utf-8-bom, utf-16le, utf-16be, gb18030
}

// Kind says what sort of structure a clause came from.
type Kind string

const (
	KindPreamble Kind = "preamble" // text before the first numbered or headed clause
	KindSection  Kind = "section"  // a numbered clause (any numbering style)
	KindHeading  Kind = "heading"  // an unnumbered heading (markdown #, attachment titles)
	KindTable    Kind = "table"    // a table; its text is the header row
	KindRow      Kind = "row"      // one table row; Cells holds the cells
)

// Clause is one node of the clause tree.
type Clause struct {
	// ID is canonical and language-neutral: Arabic numerals, dotted levels,
	// parenthesised items ("9.2(3)"); see CONTRACT.md.
	ID string `json:"clause"`
	// Label is the number as printed ("IX.", "九、", "（3）"); empty when unnumbered.
	Label   string `json:"label"`
	Heading string `json:"heading"`
	// Text is the clause's own text without its children, cleaned of markdown
	// emphasis and layout noise. Paragraphs are separated by "\n".
	Text string `json:"text"`
	// Raw is the original source text of the clause's own lines, for display.
	Raw  string `json:"-"`
	Kind Kind   `json:"-"`
	// Line is the 1-based line in the decoded source where the clause starts.
	Line     int       `json:"-"`
	Cells    []string  `json:"-"`
	Children []*Clause `json:"-"`
	Parent   *Clause   `json:"-"`
}

// Full returns the heading and text together, the way a reader sees the
// clause's own words.
func (c *Clause) Full() string {
	heading, sep, text := c.FullParts()
	return heading + sep + text // one part alone is returned as it is, uncopied
}

// FullParts are the pieces Full joins: the heading, a line break when there
// is a text after it, and the text. Readers that can take the pieces one
// after another (a hash, a tokenizer) need not join them.
func (c *Clause) FullParts() (heading, sep, text string) {
	if c.Heading != "" && c.Text != "" {
		sep = "\n"
	}
	return c.Heading, sep, c.Text
}

// Depth is 0 for a top-level clause.
func (c *Clause) Depth() int {
	d := 0
	for p := c.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

// Path returns the headings of the clause's ancestors and itself, outermost
// first, skipping empty ones.
func (c *Clause) Path() []string {
	var out []string
	for p := c; p != nil; p = p.Parent {
		h := p.Heading
		if h == "" {
			continue
		}
		out = append(out, h)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Section returns the top-level ancestor of c (or c itself).
func (c *Clause) Section() *Clause {
	for c.Parent != nil {
		c = c.Parent
	}
	return c
}

// Warning is a source line the parser could not place in the structure.
type Warning struct {
	Line int    `json:"line"`
	Text string `json:"text"`
	Why  string `json:"why"`
}

// Document is one parsed version of a policy.
type Document struct {
	Meta     Meta
	Clauses  []*Clause // top level, in document order
	Warnings []Warning
	// Source is the decoded, normalised text the clauses were parsed from;
	// Clause.Line indexes its lines.
	Source string
}

// Walk visits every clause in document order (pre-order). Returning false
// from fn skips the clause's children.
func (d *Document) Walk(fn func(*Clause) bool) {
	var walk func([]*Clause)
	walk = func(cs []*Clause) {
		for _, c := range cs {
			if fn(c) {
				walk(c.Children)
			}
		}
	}
	walk(d.Clauses)
}

// Flatten returns every clause in document order.
func (d *Document) Flatten() []*Clause {
	var out []*Clause
	d.Walk(func(c *Clause) bool { out = append(out, c); return true })
	return out
}

// Find returns the clause with the given canonical id, or nil.
func (d *Document) Find(id string) *Clause {
	var found *Clause
	d.Walk(func(c *Clause) bool {
		if found != nil {
			return false
		}
		if c.ID == id {
			found = c
			return false
		}
		return true
	})
	return found
}

// Count returns the number of clauses in the tree.
func (d *Document) Count() int {
	n := 0
	d.Walk(func(*Clause) bool { n++; return true })
	return n
}

// IsCJK reports whether r is a CJK ideograph or CJK punctuation, the
// characters that decide how Chinese text is joined and tokenised.
func IsCJK(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF,
		r >= 0x20000 && r <= 0x2A6DF, r >= 0xF900 && r <= 0xFAFF:
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF:
		return true
	}
	return false
}

// DetectLang guesses the language of a text from the share of CJK ideographs
// among its letters.
//
// It counts a block at a time and stops as soon as the rest of the text
// could not change the answer, having too few bytes left for enough
// ideographs (three bytes each) or letters (one byte each) to turn it:
// about two thirds into an English policy, less than half into a Chinese
// one.
func DetectLang(text string) Lang {
	const block = 4096
	cjk, latin := 0, 0
	for i := 0; i < len(text); {
		c, l, next := langCountsTo(text, i, min(i+block, len(text)))
		cjk, latin, i = cjk+c, latin+l, next
		rest := len(text) - i
		switch {
		case cjk*5 > latin+rest:
			return Chinese
		case (cjk+rest/3)*5 <= latin:
			return English
		}
	}
	return LangOf(cjk, latin)
}

// LangOf is the language of a text with these counts (LangCounts).
func LangOf(cjk, latin int) Lang {
	// A Chinese ideograph carries about as much as a whole English word, so
	// weigh them against words, not letters.
	if cjk*5 > latin {
		return Chinese
	}
	return English
}

// LangCounts counts the CJK ideographs (U+4E00–U+9FFF) and ASCII letters of
// text, the counts DetectLang weighs.
func LangCounts(text string) (cjk, latin int) {
	cjk, latin, _ = langCountsTo(text, 0, len(text))
	return cjk, latin
}

// langCountsTo counts the CJK ideographs and ASCII letters that start in
// text[i:end], reading a last ideograph past end, and returns where it
// stopped, at end or just past that ideograph.
//
// Byte by byte rather than rune by rune: those ideographs are E4 B8 80 –
// E9 BF BF, and neither an ASCII letter nor one of these lead bytes can be
// part of another character, so the counts are the same (0.1 ms less on a
// 60 KB English policy). Eight ASCII bytes are counted at a time, most of
// an English policy (its 60 KB in about 10 µs instead of 60).
func langCountsTo(text string, i, end int) (cjk, latin, next int) {
	const high = 0x8080808080808080
	for ; i < end; i++ {
		for i+8 <= end {
			t := text[i : i+8]
			w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			if w&high != 0 {
				break
			}
			// Each byte is below 0x80, so these sums carry into no other
			// byte: a byte's top bit says c|0x20 >= 'a', resp. > 'z'
			// (0x1F is 0x80-'a' and 0x05 is 0x80-('z'+1)).
			x := w | 0x2020202020202020
			ge := (x + 0x1F1F1F1F1F1F1F1F) & high
			gt := (x + 0x0505050505050505) & high
			latin += bits.OnesCount64(ge &^ gt)
			i += 8
		}
		if i >= end {
			break
		}
		c := text[i]
		switch {
		case c < 0x80:
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				latin++
			}
		case c >= 0xE4 && c <= 0xE9 && i+2 < len(text) &&
			text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 && (c > 0xE4 || text[i+1] >= 0xB8):
			cjk++
			i += 2
		}
	}
	return cjk, latin, i
}

// Sanitize cleans a user-supplied id component (policy id) so it can never
// escape the store: lower case letters, digits, '-', '_' and '.' only, no
// leading dot.
func Sanitize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r == '.' && b.Len() > 0:
			b.WriteRune(r)
		case r == ' ':
			b.WriteRune('-')
		}
	}
	return strings.Trim(b.String(), "-.")
}
