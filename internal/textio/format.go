package textio

import (
	"archive/zip"
	"bytes"
	"strings"
)

var textExts = map[string]string{
	".txt": "txt", ".text": "txt",
	".md": "md", ".markdown": "md", ".mdown": "md", ".mkd": "md",
	".html": "html", ".htm": "html", ".xhtml": "html",
	".docx": "docx",
	".pdf":  "pdf",
}

// unsupported names formats people do try, with what to do instead.
var unsupported = map[string]string{
	".doc":   "word 97-2003 .doc files are not supported: save it as .docx",
	".rtf":   "rtf files are not supported: save it as .docx or .txt",
	".odt":   "opendocument .odt files are not supported: save it as .docx",
	".pages": "apple pages files are not supported: export it as .docx or .pdf",
}

// binaryExts are extensions that are never a policy's text. Content still
// wins when it sniffs as a supported format (a PDF saved as ".bin").
var binaryExts = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".bmp": true, ".webp": true,
	".tif": true, ".tiff": true, ".ico": true, ".heic": true, ".svg": true,
	".exe": true, ".dll": true, ".so": true, ".dylib": true, ".bin": true, ".o": true, ".a": true,
	".class": true, ".jar": true, ".wasm": true, ".pyc": true,
	".zip": true, ".gz": true, ".tgz": true, ".bz2": true, ".xz": true, ".zst": true,
	".7z": true, ".rar": true, ".tar": true, ".iso": true, ".dmg": true,
	".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true, ".epub": true,
	".mp3": true, ".mp4": true, ".wav": true, ".mov": true, ".avi": true, ".mkv": true, ".flac": true,
	".ttf": true, ".otf": true, ".woff": true, ".woff2": true,
	".db": true, ".sqlite": true,
}

// formatOf decides the format from the extension, falling back to the
// content for extensions that say nothing.
func formatOf(ext string, data []byte) (string, error) {
	if f, ok := textExts[ext]; ok {
		return f, checkMagic(f, data)
	}
	if msg, ok := unsupported[ext]; ok {
		return "", fail(ErrUnknownFormat, "%s", msg)
	}
	if f := sniff(data); f != "" {
		return f, nil
	}
	if binaryExts[ext] {
		return "", fail(ErrUnknownFormat, "%s files are not supported: use txt, md, html, docx or pdf", ext)
	}
	return "txt", nil
}

// checkMagic catches files whose extension lies about a container format,
// so the user hears "not a docx" instead of a zip or XML error.
func checkMagic(format string, data []byte) error {
	switch format {
	case "docx":
		if bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0")) {
			return fail(ErrUnknownFormat, "not a docx file: a password-protected or word 97-2003 file; remove the password or save it as .docx")
		}
		if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			return fail(ErrUnknownFormat, "not a docx file (no zip header)%s", sniffHint(data))
		}
	case "pdf":
		if !bytes.HasPrefix(skipLeadingSpace(data), []byte("%PDF-")) {
			return fail(ErrUnknownFormat, "not a pdf file (no %%PDF- header)%s", sniffHint(data))
		}
	}
	return nil
}

func sniffHint(data []byte) string {
	if f := sniff(data); f != "" {
		return ": it looks like " + f + ", rename it to ." + f
	}
	return ""
}

// sniff recognises formats by content: "" when it cannot tell.
func sniff(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if isDOCX(data) {
			return "docx"
		}
		return ""
	}
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	lower := strings.ToLower(string(head))
	// Saved pages open with "<!-- saved from url=... -->", XHTML with an
	// XML declaration.
	for {
		lower = strings.TrimLeft(lower, " \t\r\n\f")
		end := ""
		switch {
		case strings.HasPrefix(lower, "<!--"):
			end = "-->"
		case strings.HasPrefix(lower, "<?xml"):
			end = "?>"
		}
		i := strings.Index(lower, end)
		if end == "" || i < 0 {
			break
		}
		lower = lower[i+len(end):]
	}
	for _, p := range []string{"<!doctype html", "<html"} {
		if strings.HasPrefix(lower, p) {
			return "html"
		}
	}
	return ""
}

func isDOCX(data []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			return true
		}
	}
	return false
}

func skipLeadingSpace(b []byte) []byte {
	return bytes.TrimLeft(b, " \t\r\n\f")
}
