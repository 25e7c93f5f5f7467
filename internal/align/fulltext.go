package align

import (
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
)

// A clause's full text (doc.Clause.Full) is its heading and text joined by
// a line break: a new string for every clause that has both, and most of
// those are unchanged ones that only the exact-text anchor and the token
// count read. Those two read the parts; the joined string is made only for
// a clause something else reads (see side.full).

// fullKey stands for a clause's full text as its first line and the rest:
// two full texts are equal exactly when their keys are, and neither part
// is a new string unless the heading itself holds a line break.
type fullKey struct {
	first, rest string
	broken      bool // a line break follows first
}

func keyOf(c *doc.Clause) fullKey {
	h, t := c.Heading, c.Text
	switch {
	case h == "":
		return splitLine(t)
	case t == "":
		return splitLine(h)
	case strings.IndexByte(h, '\n') < 0:
		return fullKey{h, t, true}
	}
	return splitLine(c.Full())
}

func splitLine(s string) fullKey {
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		return fullKey{s[:k], s[k+1:], true}
	}
	return fullKey{first: s}
}

// fullLen is len(c.Full()).
func fullLen(c *doc.Clause) int {
	if c.Heading != "" && c.Text != "" {
		return len(c.Heading) + 1 + len(c.Text)
	}
	return len(c.Heading) + len(c.Text)
}

// empty reports a clause whose full text is "".
func empty(c *doc.Clause) bool { return c.Heading == "" && c.Text == "" }

// full returns clause i's full text, joined the first time it is asked
// for (a clause with an empty part joins nothing). It writes s.text, so it
// must not run while another goroutine reads clause i: the count's
// goroutine reads only clauses whose text startCounting made.
func (s *side) full(i int) string {
	if s.text[i] == "" {
		s.text[i] = s.cl[i].Full()
	}
	return s.text[i]
}

// appendFullTokens is appendTokens of c.Full(), read part by part.
func appendFullTokens(out []uint64, c *doc.Clause) []uint64 {
	start := len(out)
	var t tokenizer
	if c.Heading != "" && c.Text != "" {
		out = t.read(out, c.Heading)
		out = t.read(out, "\n")
		out = t.read(out, c.Text)
	} else {
		out = t.read(out, c.Full())
	}
	return t.finish(out, start)
}
