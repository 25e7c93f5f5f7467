package report

import (
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/sharedtest"
	"github.com/policydiff/policydiff/internal/termwidth"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// The wrapping as it was before each atom carried its width and break
// classes: the reference the faster one must agree with.

func isBlankRef(s string) bool { return strings.TrimSpace(s) == "" }

// wrapSegsRef fills lines of at most width display columns (East Asian
// characters count two). Lines break at spaces and next to Chinese
// characters, never before closing or after opening punctuation.
func wrapSegsRef(segs []seg, width int) [][]seg {
	atoms := atomizeRef(segs)
	// Every line is a window of one buffer, capped so that appending to a
	// later line never writes into an earlier one: one allocation for all
	// the lines of a clause instead of one per line.
	buf := make([]seg, 0, len(atoms)+4)
	lines := make([][]seg, 0, len(atoms)/12+1)
	start, w := 0, 0
	flush := func() {
		end := len(buf)
		for end > start && isBlankRef(buf[end-1].text) {
			end--
		}
		lines = append(lines, buf[start:end:end])
		buf = buf[:end]
		start, w = end, 0
	}
	for i := 0; i < len(atoms); {
		if atoms[i].text == "\n" {
			flush()
			i++
			continue
		}
		j := i + 1
		for j < len(atoms) && atoms[j].text != "\n" && !breakableRef(atoms[j-1], atoms[j]) {
			j++
		}
		unit := atoms[i:j]
		uw := 0
		for _, a := range unit {
			uw += termwidth.String(a.text)
		}
		blank := len(unit) == 1 && isBlankRef(unit[0].text)
		switch {
		case blank && w == 0:
		case blank && w+uw > width:
			flush() // the space that would overflow becomes the line break
		case w > 0 && w+uw > width:
			flush()
			fallthrough
		default:
			if !blank || w > 0 {
				for _, a := range unit {
					for w+termwidth.String(a.text) > width {
						if w > 0 {
							flush() // a unit wider than a whole line
							continue
						}
						// One word wider than the line (a URL): cut it.
						head, rest := termwidth.Cut(a.text, width, true)
						part := a
						part.text = head
						buf = append(buf, part)
						flush()
						a.text = rest
					}
					buf = append(buf, a)
					w += termwidth.String(a.text)
				}
			}
		}
		i = j
	}
	flush()
	return lines
}

// atomizeRef splits segs into words, single Chinese characters, spaces and
// punctuation marks, each keeping its style; line breaks become atoms "\n".
func atomizeRef(segs []seg) []seg {
	n := 0
	for _, s := range segs {
		n += len(s.text)
	}
	out := make([]seg, 0, n/3+len(segs)) // English words average about five bytes with their space
	for _, s := range segs {
		if s.glueNext || s.gluePrev {
			out = append(out, s)
			continue
		}
		for _, tok := range graphemeTokensRef(s.text) {
			if isBlankRef(tok) && strings.Contains(tok, "\n") {
				for range strings.Count(tok, "\n") {
					out = append(out, seg{text: "\n"})
				}
				continue
			}
			a := s
			a.text = tok
			out = append(out, a)
		}
	}
	return out
}

// graphemeTokensRef is textdiff.Tokens with a token that starts inside a
// grapheme (a variation selector, a joined emoji, half a flag) joined to
// the one before.
func graphemeTokensRef(s string) []string {
	starts := map[int]bool{}
	at := 0
	termwidth.Each(s, func(g string, _ int) { starts[at] = true; at += len(g) })
	var out []string
	at = 0
	for _, tok := range textdiff.Tokens(s) {
		if len(out) > 0 && !starts[at] {
			out[len(out)-1] += tok
		} else {
			out = append(out, tok)
		}
		at += len(tok)
	}
	return out
}

func breakableRef(x, y seg) bool {
	if x.glueNext || y.gluePrev {
		return false
	}
	rx, _ := utf8.DecodeLastRuneInString(x.text)
	ry, _ := utf8.DecodeRuneInString(y.text)
	if strings.ContainsRune(closing, ry) || strings.ContainsRune(opening, rx) {
		return false
	}
	return isBlankRef(x.text) || isBlankRef(y.text) || wide(rx) || wide(ry)
}

// TestWrapSegsMatchesReference wraps every paragraph of the seeds, plain and
// cut by edit markers at pseudo-random places, at many widths with both
// implementations.
func TestWrapSegsMatchesReference(t *testing.T) {
	red, green := sgr("31"), sgr("32")
	texts := []string{"", " ", "\n\n", "a  \n b", "（注：", "word (", "“引号”", "x　y", strings.Repeat("https://example.com/very/long/path", 5),
		"a \x1b[31mred\x1b[0m b", "👨‍👩‍👧 family e\u0301", "café “quoted”—dash (" + strings.Repeat("word.", 30) + ")", "bad \xff\xfe bytes"}
	for _, name := range []string{"jd-privacy.en.2020-10-20.txt", "jdcloud-privacy.zh.2021-03-10.txt", "jdcloud-privacy.en.2020-07-28.md", "jdcloud-cps-terms.en.md"} {
		texts = append(texts, strings.Split(sharedtest.Read(t, "seeds/"+name), "\n\n")...)
	}
	rng := rand.New(rand.NewSource(1))
	for _, text := range texts {
		variants := [][]seg{{plain(text)}}
		if len(text) > 4 {
			cut := []int{rng.Intn(len(text)), rng.Intn(len(text))}
			slices.Sort(cut)
			for !utf8.RuneStart(text[cut[0]]) {
				cut[0]--
			}
			for cut[1] < len(text) && !utf8.RuneStart(text[cut[1]]) {
				cut[1]++
			}
			variants = append(variants, []seg{plain(text[:cut[0]]),
				{text: "[-", glueNext: true, style: &red}, styled(&red, text[cut[0]:cut[1]]), {text: "-]", gluePrev: true, style: &red},
				{text: "{+", glueNext: true, style: &green}, styled(&green, "新增 added"), {text: "+}", gluePrev: true, style: &green},
				plain(text[cut[1]:])})
		}
		for _, segs := range variants {
			for width := 20; width <= 120; width += 17 {
				got, want := wrapSegs(segs, width), wrapSegsRef(segs, width)
				if !reflect.DeepEqual(render(got), render(want)) {
					t.Fatalf("width %d, %q:\n got %q\nwant %q", width, text, render(got), render(want))
				}
			}
		}
	}
}

// render shows each line as its runs of one style, the way Text writes it:
// where the wrapping cut the text between runs does not show.
func render(lines [][]seg) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		var b strings.Builder
		for k, s := range l {
			if k > 0 && l[k-1].style != s.style {
				b.WriteString("|")
			}
			fmt.Fprintf(&b, "%s", s.text)
			if k == len(l)-1 || l[k+1].style != s.style {
				fmt.Fprintf(&b, "|%p", s.style)
			}
		}
		out[i] = b.String()
	}
	return out
}

// TestASCIIAtomIsNewAtom checks the shortcut for printable ASCII words and
// runs of spaces against newAtom on the words and spaces of the seeds and
// corpus.
func TestASCIIAtomIsNewAtom(t *testing.T) {
	seen := map[string]bool{" ": true, "   ": true, "(": true, "x)": true, "%": true}
	for _, p := range sharedtest.Paragraphs() {
		for _, f := range strings.Fields(p) {
			seen[f] = true
		}
	}
	for text := range seen {
		word, printable := wordEnd(text, 0)
		blank, spaces := spaceEnd(text, 0)
		if !(word == len(text) && printable || blank == len(text) && spaces) {
			continue
		}
		var class uint16
		if blank == len(text) {
			class = atomBlank
		}
		if got, want := asciiAtom(3, 0, text, class), newAtom(3, 0, text); got != want {
			t.Fatalf("%q: got %+v, want %+v", text, got, want)
		}
	}
}
