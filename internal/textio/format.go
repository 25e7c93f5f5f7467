package textio

import (
	"archive/zip"
	"bytes"
	"strings"
)

// The extension tables are switches rather than maps so that they cost
// nothing at process start.

// textFormat names the format a supported extension stands for.
func textFormat(ext string) (string, bool) {
	switch ext {
	case ".txt", ".text":
		return "txt", true
	case ".md", ".markdown", ".mdown", ".mkd":
		return "md", true
	case ".html", ".htm", ".xhtml":
		return "html", true
	case ".docx":
		return "docx", true
	case ".pdf":
		return "pdf", true
	}
	return "", false
}

// unsupported names formats people do try, with what to do instead.
func unsupported(ext string) (string, bool) {
	switch ext {
	case ".doc":
		return "word 97-2003 .doc files are not supported: save it as .docx", true
	case ".rtf":
		return "rtf files are not supported: save it as .docx or .txt", true
	case ".odt":
		return "opendocument .odt files are not supported: save it as .docx", true
	case ".pages":
		return "apple pages files are not supported: export it as .docx or .pdf", true
	}
	return "", false
}

// binaryExt reports extensions that are never a policy's text. Content
// still wins when it sniffs as a supported format (a PDF saved as ".bin").
func binaryExt(ext string) bool {
	switch ext {
	case ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp",
		".tif", ".tiff", ".ico", ".heic", ".svg",
		".exe", ".dll", ".so", ".dylib", ".bin", ".o", ".a",
		".class", ".jar", ".wasm", ".pyc",
		".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst",
		".7z", ".rar", ".tar", ".iso", ".dmg",
		".xls", ".xlsx", ".ppt", ".pptx", ".epub",
		".mp3", ".mp4", ".wav", ".mov", ".avi", ".mkv", ".flac",
		".ttf", ".otf", ".woff", ".woff2",
		".db", ".sqlite":
		return true
	}
	return false
}

// formatOf decides the format from the extension, falling back to the
// content for extensions that say nothing.
func formatOf(ext string, data []byte) (string, error) {
	if f, ok := textFormat(ext); ok {
		return f, checkMagic(f, data)
	}
	if msg, ok := unsupported(ext); ok {
		return "", fail(ErrUnknownFormat, "%s", msg)
	}
	if f := sniff(data); f != "" {
		return f, nil
	}
	if binaryExt(ext) {
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
