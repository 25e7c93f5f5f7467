package parse

import (
	"bytes"
	"cmp"
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
)

// fillMeta sets language, title, dates and policy id.
func fillMeta(d *doc.Document, units []unit, title int, hint Hint) {
	d.Meta.Lang = hint.Lang
	if d.Meta.Lang == "" {
		d.Meta.Lang = doc.DetectLang(d.Source)
	}
	d.Meta.Format = hint.Format
	d.Meta.Updated, d.Meta.Effective = findDates(units)
	if title >= 0 {
		d.Meta.Title = CleanInline(units[title].text)
	} else {
		d.Meta.Title = guessTitle(units)
	}
	d.Meta.Policy = hint.Policy
	if d.Meta.Policy == "" {
		d.Meta.Policy = doc.Sanitize(d.Meta.Title)
	}
}

var (
	updatedKeys = []string{"version update date", "last updated", "last modified", "last revised",
		"updated on", "updated:", "update date", "date of update", "更新日期", "更新时间", "最近更新", "修订日期", "发布日期", "版本日期"}
	effectiveKeys = []string{"version effective date", "effective date", "valid from", "effective on",
		"effective as of", "effective:", "effective from", "take effect on", "takes effect on", "into effect on", "生效日期", "生效时间", "施行日期"}
)

// findDates returns the first update and effective dates the text states.
// Policies state them at the top, or in a closing remark: the units in
// between are not read.
func findDates(units []unit) (updated, effective string) {
	var buf [600]byte
	for i := 0; i < len(units); i++ {
		if i == 80 && len(units) > 100 {
			i = len(units) - 20
		}
		u := &units[i]
		if u.kind == unitTable {
			continue
		}
		t := u.text
		if len(t) > 600 {
			t = t[:600]
		}
		up, eff := datesIn(buf[:], t, updated == "", effective == "")
		updated, effective = cmp.Or(updated, up), cmp.Or(effective, eff)
		if updated != "" && effective != "" {
			return
		}
	}
	return
}

// datesIn returns the update and effective dates t states, of the kinds
// asked for (findDates and guessTitle both ask). A kind whose cues t lacks
// has none of its keys either, so t is lowered and searched for the keys
// only when it holds a cue; buf is scratch for the cheap ASCII lowering the
// cues are looked for in, and a t longer than buf is searched directly.
func datesIn(buf []byte, t string, wantU, wantE bool) (updated, effective string) {
	if len(t) <= len(buf) {
		low, high := lowerASCII(buf, t)
		wantU = wantU && holdsCue(low, high, updatedCues[:])
		wantE = wantE && holdsCue(low, high, effectiveCues[:])
	}
	if !wantU && !wantE {
		return "", ""
	}
	lower := strings.ToLower(t)
	if wantU {
		updated = dateAfter(lower, updatedKeys)
	}
	if wantE {
		effective = dateAfter(lower, effectiveKeys)
	}
	return updated, effective
}

// Every key of updatedKeys holds one of updatedCues, every key of
// effectiveKeys one of effectiveCues: a text holding no cue of a kind
// need not be lower-cased and searched for its keys.
var (
	updatedCues   = [...]string{"updat", "modif", "revis", "更新", "日期"}
	effectiveCues = [...]string{"effect", "valid", "生效", "日期"}
)

// lowerASCII copies t into buf with its ASCII letters lowered, and ORs
// its bytes together: high is 0x80 or more when t is not all ASCII.
func lowerASCII(buf []byte, t string) (low []byte, high byte) {
	low = buf[:copy(buf, t)]
	for i, c := range low {
		high |= c
		if c-'A' < 26 {
			low[i] = c + 'a' - 'A'
		}
	}
	return low, high
}

// holdsCue reports whether strings.ToLower(t) could hold a key of the
// cues' kind, given t lowered by lowerASCII. Only U+0130 and U+212A lower
// to ASCII from outside ASCII; they are let through.
func holdsCue(low []byte, high byte, cues []string) bool {
	for _, cue := range cues {
		if (cue[0] < 0x80 || high >= 0x80) && bytes.Contains(low, []byte(cue)) {
			return true
		}
	}
	return high >= 0x80 && (bytes.Contains(low, []byte("\u0130")) || bytes.Contains(low, []byte("\u212a")))
}

func dateAfter(low string, keys []string) string {
	for _, k := range keys {
		i := strings.Index(low, k)
		if i < 0 {
			continue
		}
		tail := low[i+len(k):]
		if len(tail) > 80 {
			tail = tail[:80]
		}
		if d := parseDate(tail); d != "" {
			return d
		}
	}
	return ""
}

// month reads an English month name or its abbreviation (lower case).
func month(name string) (int, bool) {
	switch name {
	case "jan", "january":
		return 1, true
	case "feb", "february":
		return 2, true
	case "mar", "march":
		return 3, true
	case "apr", "april":
		return 4, true
	case "may":
		return 5, true
	case "jun", "june":
		return 6, true
	case "jul", "july":
		return 7, true
	case "aug", "august":
		return 8, true
	case "sep", "sept", "september":
		return 9, true
	case "oct", "october":
		return 10, true
	case "nov", "november":
		return 11, true
	case "dec", "december":
		return 12, true
	}
	return 0, false
}

// parseDate finds the first date in s (lower case): "july 27, 2020",
// "27 july 2020", "2020-07-28", "2020/7/28", "2021 年 3 月 10 日", also in
// full-width digits. It returns YYYY-MM-DD or "".
func parseDate(s string) string {
	var toks []dateTok
	rs := []rune(s)
	// Folded before reading: a full-width letter ("ａ") that read as a
	// letter but did not count in a word used to stop the loop for good.
	for k, r := range rs {
		rs[k] = foldWidth(r)
	}
	for i := 0; i < len(rs) && len(toks) < 8; {
		r := rs[i]
		switch {
		case r >= '0' && r <= '9':
			v, k := 0, 0
			for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
				v = v*10 + int(rs[i]-'0')
				i++
				k++
			}
			toks = append(toks, dateTok{n: v, digit: k})
			if d := dateOf(toks); d != "" {
				return d
			}
		case r >= 'a' && r <= 'z':
			j := i
			for j < len(rs) && rs[j] >= 'a' && rs[j] <= 'z' {
				j++
			}
			if m, ok := month(string(rs[i:j])); ok {
				toks = append(toks, dateTok{n: m})
			} else if len(toks) > 0 {
				toks = toks[:0] // words between numbers break a date
			}
			i = j
		default:
			i++
		}
	}
	return ""
}

type dateTok struct {
	n     int
	digit int // number of digits; 0 for a month name
}

// dateOf reads a date from the last three tokens: year-month-day, month
// day year, or day month year.
func dateOf(toks []dateTok) string {
	if len(toks) < 3 {
		return ""
	}
	a, b, c := toks[len(toks)-3], toks[len(toks)-2], toks[len(toks)-1]
	switch {
	case a.digit == 4 && b.digit > 0 && c.digit > 0:
		return ymd(a.n, b.n, c.n)
	case a.digit == 0 && b.digit > 0 && c.digit == 4:
		return ymd(c.n, a.n, b.n)
	case a.digit > 0 && b.digit == 0 && c.digit == 4:
		return ymd(c.n, b.n, a.n)
	}
	return ""
}

func ymd(y, m, d int) string {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// guessTitle picks the title of a document without a markdown title: the
// title-like line just before the first date line, else the first
// title-like line before the first clause.
func guessTitle(units []unit) string {
	first := ""
	var buf [600]byte
	for i := range units {
		u := &units[i]
		if u.kind == unitTable || u.mk != nil && !u.toc {
			break
		}
		t := CleanInline(u.text)
		if u, e := datesIn(buf[:], t, true, true); u != "" || e != "" {
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				if c := CleanInline(units[k].text); titleLike(c) {
					return c
				}
			}
			if first != "" {
				return first
			}
			continue
		}
		if first == "" && titleLike(t) {
			first = t
		}
	}
	return first
}

func titleLike(t string) bool {
	if t == "" || wider(t, 80) || endsSentence(t) || strings.ContainsAny(t, ",，:：") {
		return false
	}
	return parseDate(strings.ToLower(t)) == ""
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
