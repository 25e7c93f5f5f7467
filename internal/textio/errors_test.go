package textio

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

func TestDecodeBadInput(t *testing.T) {
	controls := bytes.Repeat([]byte("ab\x01\x02\x03\x04\x05\x06\x07\x08"), 50)
	tests := []struct {
		name, file string
		data       []byte
		kind       error
		msg        string
	}{
		{"empty", "a.txt", nil, ErrEmpty, "empty file"},
		{"only whitespace", "a.md", []byte(" \r\n\t\n　\n"), ErrEmpty, "empty file"},
		{"only a bom", "a.txt", []byte("\xEF\xBB\xBF"), ErrEmpty, "empty file"},
		{"only zero-width characters", "a.txt", []byte("\u200B\u200D\n\uFEFF"), ErrEmpty, "empty file"},
		{"only punctuation", "a.txt", []byte("-----\n***\n。。。\n"), ErrNoText, "no text"},
		{"nul bytes", "a.txt", []byte("Privacy\x00Policy\x00\x00\x01binary"), ErrBinary, "nul bytes"},
		{"control characters", "a.txt", controls, ErrBinary, "control characters"},
		{"random high bytes", "a.txt", []byte{0xFF, 0xFE, 0xFD}[2:], ErrBinary, "not valid utf-8"},
		{"png by extension", "logo.png", []byte("\x89PNG\r\n\x1a\n...."), ErrUnknownFormat, ".png files are not supported"},
		{"zip that is not docx", "a.zip", buildDOCX(t, map[string]string{"a.txt": "hi"}), ErrUnknownFormat, ".zip files are not supported"},
		{"old word by extension", "a.doc", []byte("\xD0\xCF\x11\xE0"), ErrUnknownFormat, "save it as .docx"},
		{"pdf extension without pdf", "a.pdf", []byte("<html><body>hi</body></html>"), ErrUnknownFormat, "rename it to .html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.file, tt.data)
			if !isKind(err, tt.kind) {
				t.Fatalf("err = %v, want %v", err, tt.kind)
			}
			checkMessage(t, err, tt.msg)
		})
	}
}

// checkMessage holds error messages to the CLI's style: they follow
// "policydiff: FILE: ", so lower-case, one line, no trailing period.
func checkMessage(t *testing.T, err error, want string) {
	t.Helper()
	msg := err.Error()
	if !strings.Contains(strings.ToLower(msg), want) {
		t.Errorf("message %q does not say %q", msg, want)
	}
	if r := []rune(msg)[0]; unicode.IsUpper(r) {
		t.Errorf("message %q starts upper-case", msg)
	}
	if strings.HasSuffix(msg, ".") || strings.Contains(msg, "\n") {
		t.Errorf("message %q ends in a period or spans lines", msg)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	zh := readTestdata(t, "jdcloud-privacy.zh.excerpt.txt")
	small := write("small.txt", []byte(zh))
	tests := []struct {
		name    string
		path    string
		max     int64
		kind    error // nil: success
		msg     string
		notPath bool // the message must not repeat the path
	}{
		{"fits", small, 0, nil, "", false},
		{"over the limit", small, 1 << 10, ErrTooLarge, "--max-size", true},
		{"missing", filepath.Join(dir, "nope.txt"), 0, os.ErrNotExist, "no such file", true},
		{"directory", dir, 0, nil, "is a directory", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, raw, err := ReadFile(tt.path, tt.max)
			if tt.msg == "" {
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(raw, []byte(zh)) || got.Text != normalize(zh) {
					t.Errorf("ReadFile did not return the bytes and their text")
				}
				return
			}
			if err == nil {
				t.Fatal("no error")
			}
			if tt.kind != nil && !isKind(err, tt.kind) {
				t.Errorf("err = %v, want %v", err, tt.kind)
			}
			checkMessage(t, err, tt.msg)
			if tt.notPath && strings.Contains(err.Error(), dir) {
				t.Errorf("message %q repeats the path", err)
			}
		})
	}
}

func TestTooLargeMessageSaysSizes(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, bytes.Repeat([]byte("policy text\n"), 300000), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := ReadFile(p, 2<<20)
	if !isKind(err, ErrTooLarge) || err.Error() != "file is 3.4 MB, over the 2 MB limit: raise it with --max-size" {
		t.Fatalf("err = %v", err)
	}
}

func TestFormatByExtensionAndSniffing(t *testing.T) {
	html := []byte("<!DOCTYPE html><html><body><p>Hello</p></body></html>")
	tests := []struct {
		file string
		data []byte
		want string
	}{
		{"a.TXT", []byte("Hello"), "txt"},
		{"a.markdown", []byte("# Hello"), "md"},
		{"a.htm", html, "html"},
		{"a.txt", html, "txt"}, // the extension is believed for text
		{"saved-page", html, "html"},
		{"page.php", []byte("\xEF\xBB\xBF  <html><body>Hello</body></html>"), "html"},
		{"saved.asp", []byte("<!-- saved from url=(0022)http://example.com/ -->\n<html><body>Hello</body></html>"), "html"},
		{"page.xhtml-export", []byte("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html><body>Hello</body></html>"), "html"},
		{"comment.txt-like", []byte("<!-- a note -->\nHello"), "txt"},
		{"notes", []byte("Hello"), "txt"},
		{"notes.log", []byte("Hello"), "txt"},
	}
	for _, tt := range tests {
		got, err := Decode(tt.file, tt.data)
		if err != nil || got.Format != tt.want {
			t.Errorf("%s: format %q, err %v; want %q", tt.file, got.Format, err, tt.want)
		}
	}
}
