package textio

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestPDFWithoutPdftotext(t *testing.T) {
	data, err := os.ReadFile("testdata/policy.pdf")
	if err != nil {
		t.Fatal(err)
	}
	missing := func() (string, error) { return "", exec.ErrNotFound }
	_, err = decodePDF(data, missing)
	if !isKind(err, ErrMissingTool) {
		t.Fatalf("err = %v, want ErrMissingTool", err)
	}
	checkMessage(t, err, "poppler-utils")
}

func TestPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		data, rerr := os.ReadFile("testdata/policy.pdf")
		if rerr != nil {
			t.Fatal(rerr)
		}
		_, err := Decode("policy.pdf", data)
		if !isKind(err, ErrMissingTool) || !strings.Contains(err.Error(), "poppler-utils") {
			t.Fatalf("without pdftotext: err = %v, want one naming poppler-utils", err)
		}
		return
	}
	got := decodeFixture(t, "policy.pdf")
	if got.Format != "pdf" || got.Encoding != "pdf" {
		t.Errorf("format, encoding = %s, %s", got.Format, got.Encoding)
	}
	for _, want := range []string{
		"Privacy Policy",
		"1.1 We collect your account name and email address.",
		"1.2 We do not sell personal information.",
	} {
		if !strings.Contains(got.Text, want+"\n") {
			t.Errorf("missing line %q in %q", want, got.Text)
		}
	}
	if strings.Contains(got.Text, "\f") {
		t.Errorf("page break kept")
	}
}

func TestPDFBroken(t *testing.T) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed")
	}
	tool := func() (string, error) { return bin, nil }
	_, err = decodePDF([]byte("%PDF-1.4\nthis is not a pdf body\n"), tool)
	if err == nil || !errors.Is(err, ErrNoText) {
		t.Fatalf("err = %v, want ErrNoText", err)
	}
}
