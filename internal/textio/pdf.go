package textio

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"time"
)

// pdfTool finds the pdftotext program; tests swap it to check the
// not-installed path on machines that have it.
type pdfTool func() (string, error)

func defaultPDFTool() (string, error) { return exec.LookPath("pdftotext") }

const pdfTimeout = 2 * time.Minute

// decodePDF extracts a PDF's text with poppler's pdftotext. Plain mode,
// not -layout: layout mode pads columns with spaces and interleaves
// side-by-side text, while plain mode keeps reading order.
func decodePDF(data []byte, tool pdfTool) (string, error) {
	bin, err := tool()
	if err != nil {
		return "", fail(ErrMissingTool, "reading pdf needs pdftotext, which is not installed: install the poppler-utils package (apt-get install poppler-utils)")
	}
	f, err := os.CreateTemp("", "policydiff-*.pdf")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), pdfTimeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", f.Name(), "-")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return "", fail(ErrNoText, "pdftotext took longer than %s", pdfTimeout)
		}
		return "", fail(ErrNoText, "pdftotext cannot read this pdf: %s", firstLine(stderr.String(), err))
	}
	s := stdout.String()
	if strings.TrimSpace(s) == "" {
		return "", fail(ErrNoText, "no text in the pdf: it may be scanned images, which need OCR first")
	}
	return s, nil
}

func firstLine(s string, err error) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return err.Error()
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(strings.TrimSuffix(s, "."))
}
