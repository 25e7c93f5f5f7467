package parse

import (
	"strings"
	"unsafe"
)

// joinIn is strings.Join(parts, "\n") for parts that are usually
// consecutive lines of text, as a clause's source lines and its paragraphs
// of one line each are: then the join is a slice of text and nothing is
// copied (48 KB fewer per parse of the 60 KB seed, twelve pages a fresh
// process need not fault in). A part lies in text when its bytes do; a
// string's bytes never move, so comparing addresses is enough.
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
