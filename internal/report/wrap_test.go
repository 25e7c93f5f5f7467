package report

import (
	"bufio"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// TestWrapSegs checks the line filling on English and Chinese at many
// widths: no line too wide (Chinese counts two columns), none starting with
// a space or closing punctuation, no edit marker cut from its text, and no
// text lost.
func TestWrapSegs(t *testing.T) {
	texts := []string{
		"MATERIAL [5] responsible department, contact method or complaint channel: contact.phone.mismatch → phone 400-615-1212 (en) ≠ 400-098-8505",
		"本隐私权政策适用于京东云网站所有服务，包括向您提供页面浏览、网站登录服务，以及通过京东云网站向您提供的技术服务。我们会收集您的设备信息（IDFA、IMEI）。",
	}
	for _, text := range texts {
		segs := []seg{plain(text[:len(text)/2]), {text: "[-", glueNext: true}, plain("deleted words"), {text: "-]", gluePrev: true}, plain(text[len(text)/2:])}
		if !utf8.ValidString(text[:len(text)/2]) {
			segs = []seg{plain(text), {text: "{+", glueNext: true}, plain("新增"), {text: "+}", gluePrev: true}}
		}
		for width := 20; width <= 70; width++ { // Text never wraps narrower than 20
			var all strings.Builder
			for _, l := range wrapSegs(segs, width) {
				line := renderLine(l)
				all.WriteString(line)
				if w := ansi.StringWidth(line); w > width {
					t.Errorf("width %d: line %q is %d wide", width, line, w)
				}
				first, _ := utf8.DecodeRuneInString(line)
				if line != "" && (first == ' ' || strings.ContainsRune("，。、；：）,.;:)", first)) {
					t.Errorf("width %d: line starts with %q: %q", width, first, line)
				}
				if strings.HasSuffix(line, "[-") || strings.HasSuffix(line, "{+") || strings.HasPrefix(line, "-]") || strings.HasPrefix(line, "+}") {
					t.Errorf("width %d: marker cut from its text: %q", width, line)
				}
			}
			var want strings.Builder
			for _, s := range segs {
				want.WriteString(s.text)
			}
			strip := func(s string) string { return strings.ReplaceAll(s, " ", "") }
			if strip(all.String()) != strip(want.String()) {
				t.Errorf("width %d: text changed by wrapping:\n%s\n%s", width, all.String(), want.String())
			}
		}
	}
}

// wrapSegs returns the lines of a wrap, for tests.
func wrapSegs(segs []seg, width int) [][]seg {
	var wr wrapper
	var lines [][]seg
	wr.wrap(segs, width, func(l []seg) { lines = append(lines, slices.Clone(l)) })
	return lines
}

// renderLine writes one wrapped line as Text does.
func renderLine(line []seg) string {
	var b strings.Builder
	t := textWriter{w: bufio.NewWriter(&b)}
	t.writeLine(line)
	t.w.Flush()
	return b.String()
}

// The width comes from $COLUMNS when stdout is not a terminal, so it may be
// any number; the wrapper's buffers must not be sized by it.
func TestWrapHugeWidth(t *testing.T) {
	var wr wrapper
	var got []string
	wr.wrap([]seg{plain("a few words")}, math.MaxInt, func(line []seg) {
		var b strings.Builder
		for _, s := range line {
			b.WriteString(s.text)
		}
		got = append(got, b.String())
	})
	if len(got) != 1 || got[0] != "a few words" {
		t.Fatalf("got %q, want one line %q", got, "a few words")
	}
}
