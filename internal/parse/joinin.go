package parse

import (
	"strings"
	"unsafe"
)

// joinIn is strings.Join(parts, "\n") for parts that are usually
// consecutive lines of text, as a clause's source lines and its paragraphs
// of one line each are: then the join is a slice of text and nothing is
// copied (48 KB fewer per parse of the 60 KB seed, twelve pages a fresh
// process need not fault in).
//
// A part lies in text when its bytes do, which only their address can
// tell; unsafe is used for that and nothing else. It is sound: the
// addresses are only compared, never turned back into pointers; nothing
// moves while the loop runs (the heap never does, and the loop calls
// nothing that could move a stack); and a part whose bytes are at
// text's address plus off is text[off:off+len(part)], being those very
// bytes. Anything else (a copy, an empty part, a gap, lines out of order)
// falls back to strings.Join, so a "no" costs a copy, never an answer.
// Tracking offsets instead would mean carrying the position of every line
// and every cleaned paragraph through scan and the builder.
func joinIn(text string, parts []string) string {
	if len(parts) < 2 || text == "" {
		return strings.Join(parts, "\n")
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	start, end := -1, 0
	for _, p := range parts {
		if p == "" {
			return strings.Join(parts, "\n")
		}
		off := int(uintptr(unsafe.Pointer(unsafe.StringData(p))) - base)
		switch {
		case off < 0 || off > len(text)-len(p):
			return strings.Join(parts, "\n")
		case start < 0:
			start = off
		case off != end+1 || text[end] != '\n':
			return strings.Join(parts, "\n")
		}
		end = off + len(p)
	}
	return text[start:end]
}
