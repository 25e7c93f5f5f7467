package report

import "github.com/policydiff/policydiff/internal/termwidth"

// seg is a run of text in one style. A marker seg ("[-", "+}") sticks to the
// text it opens or closes, so a line never breaks inside a marked edit's edge.
type seg struct {
	text     string
	style    *Style // nil for unstyled text
	glueNext bool
	gluePrev bool
}

func plain(s string) seg             { return seg{text: s} }
func styled(st *Style, s string) seg { return seg{text: s, style: st} }

// wrapper fills lines of at most a width of display columns (East Asian
// characters count two). Lines break at spaces and next to Chinese
// characters, never before closing or after opening punctuation. Its buffers
// serve one wrap after another, so a report's wrapping allocates a few times
// in all instead of a few times a clause.
type wrapper struct {
	atoms   []atom
	pending []atom // the tokens of a word wider than the line
	// starts and cols: appendTokenAtoms's grapheme starts and the columns
	// before each, kept from one word to the next.
	starts, cols []int
	line         []seg
}

// wrap fills the lines of segs and hands each to emit, which may not keep
// it: the next line reuses its memory.
func (wr *wrapper) wrap(segs []seg, width int, emit func(line []seg)) {
	atoms := wr.atomize(segs)
	// The line starts small and grows by append: its size must not follow
	// the width, which comes from $COLUMNS and may be any number.
	buf, w := wr.line[:0], 0
	flush := func() {
		end := len(buf)
		for end > 0 && isBlank(buf[end-1].text) {
			end--
		}
		emit(buf[:end])
		buf, w = buf[:0], 0
	}
	// place puts an atom on the line, on the next ones if it does not fit.
	place := func(u atom) {
		a, aw := segs[u.seg], int(u.width)
		a.text = a.text[u.start:u.end]
		for w+aw > width {
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
			aw = termwidth.String(rest)
		}
		buf = append(buf, a)
		w += aw
	}
	for i := 0; i < len(atoms); {
		if atoms[i].class&atomNewline != 0 {
			flush()
			i++
			continue
		}
		j, uw := i+1, int(atoms[i].width)
		for j < len(atoms) && atoms[j].class&atomNewline == 0 && !breakable(atoms[j-1].class, atoms[j].class) {
			uw += int(atoms[j].width)
			j++
		}
		unit := atoms[i:j]
		blank := len(unit) == 1 && unit[0].class&atomBlank != 0
		switch {
		case blank && w == 0:
		case blank && w+uw > width:
			flush() // the space that would overflow becomes the line break
		case w > 0 && w+uw > width:
			flush()
			fallthrough
		default:
			if !blank || w > 0 {
				// Only a unit wider than what is left of the line breaks
				// inside, between the tokens of its words.
				split := w+uw > width
				for _, u := range unit {
					if split && u.class&atomTokens != 0 {
						wr.pending = wr.appendTokenAtoms(wr.pending[:0], int(u.seg), int(u.start), segs[u.seg].text[u.start:u.end])
						for _, v := range wr.pending {
							place(v)
						}
						continue
					}
					place(u)
				}
			}
		}
		i = j
	}
	flush()
	wr.line = buf[:0]
}

// isBlank reports whether s is only white space, as spaceEnd reads it.
func isBlank(s string) bool {
	end, _ := spaceEnd(s, 0)
	return end == len(s)
}
