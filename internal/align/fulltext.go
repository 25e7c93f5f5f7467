package align

import (
	"encoding/binary"
	"hash/maphash"

	"github.com/policydiff/policydiff/internal/doc"
)

// A clause's full text (doc.Clause.Full) is its heading and text joined by
// a line break: a new string for every clause that has both, and most of
// those are unchanged ones that only the exact-text anchor and the token
// count read. Those two read the parts; the joined string is made only for
// a clause something else reads (see side.full).

// fullHash hashes c.Full() without joining it: its length and at most 32
// bytes at its start, middle and end each. Two clauses with one full text
// get one hash; the few that share only those bytes are told apart by
// fullEqual. Hashing every byte of every clause cost more than the
// anchor's map.
func fullHash(seed maphash.Seed, c *doc.Clause) uint64 {
	const part = 32
	var buf [3*part + 8]byte
	n := fullLen(c)
	parts := [3]string{c.Heading, "", c.Text}
	if c.Heading != "" && c.Text != "" {
		parts[1] = "\n"
	}
	k := copyFrom(buf[:min(n, 3*part)], parts, 0)
	if n > 3*part {
		copyFrom(buf[part:2*part], parts, n/2)
		copyFrom(buf[2*part:3*part], parts, n-part)
	}
	binary.LittleEndian.PutUint64(buf[k:], uint64(n))
	return maphash.Bytes(seed, buf[:k+8])
}

// copyFrom fills dst with the bytes of the joined parts from byte off on,
// and returns how many it copied.
func copyFrom(dst []byte, parts [3]string, off int) int {
	n := 0
	for _, p := range parts {
		if off >= len(p) {
			off -= len(p)
			continue
		}
		n += copy(dst[n:], p[off:])
		off = 0
	}
	return n
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
