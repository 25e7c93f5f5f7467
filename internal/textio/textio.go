// Package textio turns the bytes of a policy file — plain text, markdown,
// HTML, DOCX or PDF in any supported encoding — into normalised UTF-8 text
// with LF line ends, ready for the clause parser. It knows nothing about
// clauses: it only decides what the text is.
//
// The format comes from the extension, or from the content when the
// extension says nothing. Text encodings are tried from the certain to the
// guessed: a BOM; UTF-16 by the places of its NUL bytes; UTF-8 (also with
// the odd broken byte); GB18030/GBK when its bytes pair up as GB text does
// or decode to runs of Han characters; Windows-1252 for mostly-ASCII text
// with a few curly quotes or accents. HTML and DOCX come out as
// markdown-like text (# headings, "- " and "1. " items, pipe tables), so
// the parser reads every format the same way.
package textio

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unsafe"
)

// Text is a decoded document.
type Text struct {
	Text     string // normalised UTF-8, LF line ends, ends with "\n"
	Format   string // txt, md, html, docx, pdf
	Encoding string // utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, windows-1252, docx, pdf (or an HTML meta charset)
}

// DefaultMaxSize is the largest file ReadFile accepts unless told otherwise.
const DefaultMaxSize = 20 << 20

// Errors callers tell apart with errors.Is. The messages of the wrapped
// errors are short and lower-case, meant to follow "policydiff: FILE: ".
var (
	ErrEmpty         = errors.New("empty file")
	ErrBinary        = errors.New("binary data, not text")
	ErrTooLarge      = errors.New("file too large")
	ErrUnknownFormat = errors.New("unknown file format")
	ErrNoText        = errors.New("no text found")
	// ErrMissingTool means a format needs an external program that is not
	// installed (pdftotext for PDF).
	ErrMissingTool = errors.New("missing tool")
)

// inputError carries a sentinel for errors.Is and a message written for
// people: "file is 25.3 MB, over the 20 MB limit" reads better than
// "file too large: file is 25.3 MB ...".
type inputError struct {
	kind error
	msg  string
}

func (e *inputError) Error() string { return e.msg }
func (e *inputError) Unwrap() error { return e.kind }

func fail(kind error, format string, args ...any) error {
	return &inputError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// ReadFile reads and decodes the file at path, refusing files larger than
// maxSize bytes (DefaultMaxSize when maxSize <= 0). It returns the original
// bytes too, so the store can keep them untouched. Errors do not repeat the
// path: callers prefix it.
func ReadFile(path string, maxSize int64) (Text, []byte, error) {
	data, err := read(path, maxSize)
	if err != nil {
		return Text{}, nil, err
	}
	t, err := decode(path, data, false)
	if err != nil {
		return Text{}, nil, err
	}
	return t, data, nil
}

// ReadText is ReadFile for a caller that needs the original bytes only for
// their SHA-256, which it returns instead. Since the bytes go nowhere else,
// a clean UTF-8 file, nearly every one, becomes the text without being
// copied: 60 KB less for a 60 KB policy, fifteen pages a fresh process need
// not fault in.
func ReadText(path string, maxSize int64) (Text, [sha256.Size]byte, error) {
	data, err := read(path, maxSize)
	if err != nil {
		return Text{}, [sha256.Size]byte{}, err
	}
	sum := sha256.Sum256(data)
	t, err := decode(path, data, true)
	if err != nil {
		return Text{}, [sha256.Size]byte{}, err
	}
	return t, sum, nil
}

// read returns the bytes of the file at path, at most maxSize of them.
func read(path string, maxSize int64) ([]byte, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, plainPathError(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, plainPathError(err)
	}
	if st.IsDir() {
		return nil, errors.New("is a directory, not a file")
	}
	if st.Size() > maxSize {
		return nil, tooLarge(st.Size(), maxSize)
	}
	data, err := readAtMost(f, st.Size(), maxSize)
	if err != nil {
		return nil, plainPathError(err)
	}
	if int64(len(data)) > maxSize {
		return nil, tooLarge(int64(len(data)), maxSize)
	}
	return data, nil
}

// readAtMost reads r to its end or to one byte past limit, whichever comes
// first: pipes and growing files have no trustworthy size in Stat. The size
// Stat gave sizes the buffer, so a regular file is read without regrowing.
func readAtMost(r io.Reader, size, limit int64) ([]byte, error) {
	buf := make([]byte, 0, max(min(size, limit)+1, 512))
	lr := io.LimitReader(r, limit+1)
	for {
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			// Longer than Stat said (a pipe, a growing file): make room.
			buf = append(buf, 0)[:len(buf)]
		}
	}
}

func tooLarge(size, limit int64) error {
	if size > limit+1 {
		return fail(ErrTooLarge, "file is %s, over the %s limit: raise it with --max-size", megabytes(size), megabytes(limit))
	}
	// Read from a stream: only known to pass the limit.
	return fail(ErrTooLarge, "file is over the %s limit: raise it with --max-size", megabytes(limit))
}

func megabytes(n int64) string {
	mb := float64(n) / (1 << 20)
	if mb == float64(int64(mb)) {
		return fmt.Sprintf("%d MB", int64(mb))
	}
	return fmt.Sprintf("%.1f MB", mb)
}

// plainPathError drops the path from an *fs.PathError, because callers
// print the path themselves.
func plainPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Decode decodes data as the file format its name's extension names,
// sniffing the content when the extension says nothing. name is used for its
// extension only.
func Decode(name string, data []byte) (Text, error) {
	return decode(name, data, false)
}

// DecodeOwned is Decode of a buffer the caller hands over and never uses
// again (as fs.ReadFile returns): the text may be made of it uncopied.
func DecodeOwned(name string, data []byte) (Text, error) {
	return decode(name, data, true)
}

// decode is Decode; owned says that data is the caller's own buffer, which
// it will never use again once decode has it: decode may make the text
// from it without a copy and may append to it, but never overwrites its
// first len(data) bytes.
func decode(name string, data []byte, owned bool) (Text, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Text{}, ErrEmpty
	}
	ext := strings.ToLower(filepath.Ext(name))
	format, err := formatOf(ext, data)
	if err != nil {
		return Text{}, err
	}
	switch format {
	case "docx":
		s, err := decodeDOCX(data)
		return finish(s, format, "docx", err)
	case "pdf":
		s, err := decodePDF(data, defaultPDFTool)
		return finish(s, format, "pdf", err)
	case "html":
		s, enc, err := decodeHTMLBytes(data)
		return finish(s, format, enc, err)
	}
	if s, ok := cleanUTF8(data, owned); ok {
		return accept(s, format, "utf-8")
	}
	s, enc, err := decodeText(data, owned)
	return finish(s, format, enc, err)
}

// cleanUTF8 returns data as text, ending in one "\n", when it is clean
// UTF-8, the common case: no BOM, no NUL bytes, no control or invalid
// bytes, so decodeText and normalize would find nothing to do but look.
// data is copied unless it is owned.
func cleanUTF8(data []byte, owned bool) (string, bool) {
	// isNormal only reads, and only during the call: the caller's bytes
	// may be looked at in place, and text that is not clean is not copied.
	if !isNormal(asText(data, true)) {
		return "", false
	}
	if !owned {
		// One copy, with room for the final "\n" endNormal may add: a copy
		// of 60 KB is 15 pages a fresh process must fault in.
		data = append(make([]byte, 0, len(data)+1), data...)
	}
	if data[len(data)-1] != '\n' {
		// In place when there is room, else append copies: either way the
		// bytes the text is made of below are not written after.
		data = append(data, '\n')
	}
	return endNormal(asText(data, true)), true
}

// asText is string(data), or data itself when owned: the caller's own
// buffer, which nothing writes again. Then the text is made of it as
// strings.Builder makes its string of its buffer, sparing a copy of the
// whole file (an append past its length, as cleanUTF8's final "\n", writes
// no byte of the text).
func asText(data []byte, owned bool) string {
	if owned {
		return unsafe.String(unsafe.SliceData(data), len(data))
	}
	return string(data)
}

func finish(s, format, enc string, err error) (Text, error) {
	if err != nil {
		return Text{}, err
	}
	return accept(normalize(s), format, enc)
}

func accept(s, format, enc string) (Text, error) {
	if strings.TrimSpace(s) == "" && (format == "txt" || format == "md") {
		// Only BOMs, zero-width characters and the like.
		return Text{}, ErrEmpty
	}
	if !hasLetterOrDigit(s) {
		return Text{}, fail(ErrNoText, "no text found in the %s file", format)
	}
	return Text{Text: s, Format: format, Encoding: enc}, nil
}
