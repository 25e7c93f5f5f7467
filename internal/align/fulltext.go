package align

import (
	"hash/maphash"

	"github.com/policydiff/policydiff/internal/doc"
)

// A clause's full text (doc.Clause.Full) is its heading and text joined by
// a line break: a new string for every clause that has both, and most of
// those are unchanged ones that only the exact-text anchor and the token
// count read. Those two read the parts; the joined string is made only for
// a clause something else reads (see side.full).

// fullHash hashes c.Full() without joining it: maphash.Hash hashes the
// bytes written, however they are cut. It reads every byte: a hash of a
// sample of them put every clause of one length and one sample in one
// collision chain, and boilerplate that differs only between the sampled
// bytes made the anchor quadratic (20,000 such clauses took 7 s).
func fullHash(seed maphash.Seed, c *doc.Clause) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	heading, sep, text := c.FullParts()
	h.WriteString(heading)
	h.WriteString(sep)
	h.WriteString(text)
	return h.Sum64()
}

// fullEqual reports whether x.Full() == y.Full(), joining neither unless
// their headings differ while their lengths agree (one text divided at
// another place).
func fullEqual(x, y *doc.Clause) bool {
	switch {
	case fullLen(x) != fullLen(y):
		return false
	case x.Heading == y.Heading:
		// With one heading and one length, the texts are both empty or
		// both not, and the full texts differ only where they do.
		return x.Text == y.Text
	}
	return x.Full() == y.Full()
}

// fullLen is len(c.Full()).
func fullLen(c *doc.Clause) int {
	heading, sep, text := c.FullParts()
	return len(heading) + len(sep) + len(text)
}

// empty reports a clause whose full text is "".
func empty(c *doc.Clause) bool { return c.Heading == "" && c.Text == "" }

// full returns clause i's full text, joined the first time it is asked
// for (a clause with an empty part joins nothing). It writes s.text, which
// the count's goroutine never reads: it tokenizes the clauses' parts.
func (s *side) full(i int) string {
	if s.text[i] == "" {
		// "" also stands for not joined yet: an empty clause is never
		// written, so reading it never races with a reader elsewhere.
		if f := s.cl[i].Full(); f != "" {
			s.text[i] = f
		}
	}
	return s.text[i]
}

// appendFullTokens is appendTokens of c.Full(), read part by part.
func appendFullTokens(out []uint64, c *doc.Clause) []uint64 {
	start := len(out)
	var t tokenizer
	heading, sep, text := c.FullParts()
	for _, part := range [...]string{heading, sep, text} {
		out = t.read(out, part)
	}
	return t.finish(out, start)
}
