package notice

import (
	"fmt"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/material"
)

// wording holds the fixed phrases of a notice in one language.
type wording struct {
	colon, sep, stop string
	before, after    string
	ordinal          func(int) string
	ref              func(*doc.Clause) string
	paren            func(string) string
	opening          func(title, date, basis string) string
	consent          func(refs []string) string
	closing          func(emails []string) string
	none             func(title, versions string) string
	language         func(r *change.Result) string
}

func words(lang doc.Lang) wording {
	if lang == doc.Chinese {
		return zhWording
	}
	return enWording
}

var enWording = wording{
	colon: ": ", sep: "; ", stop: ".",
	before: "Before: ", after: "Now:    ",
	ordinal: func(n int) string { return fmt.Sprintf("%c. ", 'A'+n-1) },
	ref: func(c *doc.Clause) string {
		switch {
		case c.ID == "" || c.Kind == doc.KindPreamble:
			return "The introduction"
		case c.Label == "" && c.Heading != "":
			return "The section \"" + c.Heading + "\""
		}
		if clause, table, row, ok := tableRow(c.ID); ok {
			if sec := headingSection(c); sec != nil {
				return fmt.Sprintf("Row %s of table %s in the section \"%s\"", row, table, sec.Heading)
			}
			return fmt.Sprintf("Row %s of table %s in clause %s", row, table, clause)
		}
		return "Clause " + c.ID
	},
	paren: func(s string) string { return " (" + s + ")" },
	opening: func(title, date, basis string) string {
		switch low := strings.ToLower(title); {
		case title == "":
			title = "our privacy policy"
		case !strings.HasPrefix(low, "the ") && !strings.HasPrefix(low, "our "):
			title = "the " + title
		}
		return fmt.Sprintf("Dear user,\n\nWe have updated %s (\"the Policy\"). The updated Policy takes effect on %s.\n"+
			"%s, the changes below are material changes, so we are telling you about them directly, "+
			"in addition to the announcement on our website.\n", title, date, basis)
	},
	consent: func(refs []string) string {
		lower := make([]string, len(refs))
		for i, r := range refs {
			lower[i] = strings.ToLower(r[:1]) + r[1:]
		}
		return fmt.Sprintf("Some of these changes reduce your rights under the Policy (%s). We will not apply them to you "+
			"without your explicit consent: we will ask for it before they take effect, and you are free to refuse.",
			strings.Join(lower, ", "))
	},
	closing: func(emails []string) string {
		if len(emails) == 0 {
			return "If you have any questions about these changes, please contact us through the channels listed in the Policy."
		}
		return fmt.Sprintf("If you have any questions about these changes, please contact us at %s.", strings.Join(emails, " or "))
	},
	none: func(title, versions string) string {
		return fmt.Sprintf("No material changes were found (%s), so no prominent notice is required; "+
			"the ordinary announcement of the update suffices.\n", strings.Trim(versions, " →"))
	},
	language: func(r *change.Result) string {
		n := materialFindings(r)
		verb := "touch"
		if n == 1 {
			verb = "touches"
		}
		return "This compares two language versions, not two versions in time: no notice to users follows from it. " +
			change.Count(n, "disagreement") + " between them " + verb + " material items and should be fixed before publication.\n"
	},
}

var zhWording = wording{
	colon: "：", sep: "；", stop: "。",
	before: "原文：", after: "现为：",
	ordinal: func(n int) string {
		return []string{"", "一", "二", "三", "四", "五", "六"}[n] + "、"
	},
	ref: func(c *doc.Clause) string {
		switch {
		case c.ID == "" || c.Kind == doc.KindPreamble:
			return "引言部分"
		case c.Label == "" && c.Heading != "":
			return "“" + c.Heading + "”部分"
		}
		if clause, table, row, ok := tableRow(c.ID); ok {
			if sec := headingSection(c); sec != nil {
				return fmt.Sprintf("“%s”部分表%s第%s行", sec.Heading, table, row)
			}
			return fmt.Sprintf("第%s条表%s第%s行", clause, table, row)
		}
		return "第" + c.ID + "条"
	},
	paren: func(s string) string { return "（" + s + "）" },
	opening: func(title, date, basis string) string {
		if title == "" {
			title = "隐私政策"
		}
		title = "《" + strings.Trim(title, "《》") + "》"
		return fmt.Sprintf("尊敬的用户：\n\n我们更新了%s（以下简称“本政策”），更新后的版本将于%s生效。"+
			"%s，以下变更属于重大变更，除网站公告外，我们特此向您专门告知：\n", title, date, basis)
	},
	consent: func(refs []string) string {
		return fmt.Sprintf("上述变更中，%s减少了您依据本政策所享有的权利。未经您的明确同意，我们不会对您适用这些变更；"+
			"我们将在其生效前征求您的明确同意，您有权拒绝。", strings.Join(refs, "、"))
	},
	closing: func(emails []string) string {
		if len(emails) == 0 {
			return "如您对本次更新有任何疑问，请通过本政策所列的联系方式与我们联系。"
		}
		return fmt.Sprintf("如您对本次更新有任何疑问，请发送邮件至 %s 与我们联系。", strings.Join(emails, " 或 "))
	},
	none: func(title, versions string) string {
		return fmt.Sprintf("未发现重大变更（%s），无需另行发送显著通知，按常规公告更新即可。\n", strings.Trim(versions, " →"))
	},
	language: func(r *change.Result) string {
		return fmt.Sprintf("本次比较的是两种语言版本，而非前后两个版本，不需要向用户发送通知。"+
			"两者之间有 %d 处不一致涉及重大事项，应在发布前更正。\n", materialFindings(r))
	},
}

// materialFindings is how many of a language comparison's findings are
// material.
func materialFindings(r *change.Result) int {
	n := 0
	for _, f := range r.Findings {
		if f.Material {
			n++
		}
	}
	return n
}

// changedWording returns the sentences of the clause that the change
// touches, old and new, so the notice quotes what changed rather than the
// whole clause.
func changedWording(c change.Change, terms []string) (old, new string) {
	if c.A == nil {
		return "", c.B.Full()
	}
	if c.B == nil {
		return c.A.Full(), ""
	}
	var a, b strings.Builder
	var aMarks, bMarks [][2]int
	for _, o := range c.Diff {
		switch o.Op {
		case change.OpEqual:
			a.WriteString(o.Text)
			b.WriteString(o.Text)
		case change.OpDelete:
			// The other side gets an empty mark where the text went, so
			// a pure deletion (or insertion) still quotes its context.
			aMarks = append(aMarks, [2]int{a.Len(), a.Len() + len(o.Text)})
			bMarks = append(bMarks, [2]int{b.Len(), b.Len()})
			a.WriteString(o.Text)
		case change.OpInsert:
			bMarks = append(bMarks, [2]int{b.Len(), b.Len() + len(o.Text)})
			aMarks = append(aMarks, [2]int{a.Len(), a.Len()})
			b.WriteString(o.Text)
		}
	}
	if len(c.Diff) == 0 {
		return c.A.Full(), c.B.Full()
	}
	return touched(a.String(), aMarks, terms), touched(b.String(), bMarks, terms)
}

// touched returns the sentences of s that a mark overlaps, in order; an
// empty mark touches the sentence it falls in (or ends). When some of them
// hold a term the evidence names, only those are kept: a long clause with
// many edits is quoted where the material one is.
func touched(s string, marks [][2]int, terms []string) string {
	var all, named []string
	for _, sp := range material.Sentences(s) {
		for _, m := range marks {
			hit := m[0] < sp[1] && m[1] > sp[0]
			if m[0] == m[1] {
				hit = m[0] >= sp[0] && m[0] <= sp[1]
			}
			if !hit {
				continue
			}
			sentence := s[sp[0]:sp[1]]
			all = append(all, sentence)
			for _, t := range terms {
				if strings.Contains(strings.ToLower(sentence), strings.ToLower(t)) {
					named = append(named, sentence)
					break
				}
			}
			break
		}
	}
	if len(named) > 0 {
		all = named
	}
	sep := " "
	if doc.DetectLang(s) == doc.Chinese {
		sep = ""
	}
	return strings.Join(all, sep)
}

// quote puts a passage in the language's quotation marks, shortened to a
// length a notice can carry.
func quote(s string, lang doc.Lang) string {
	s = strings.Join(strings.Fields(s), " ")
	if rs := []rune(s); len(rs) > 300 {
		s = string(rs[:300]) + "…"
	}
	if lang == doc.Chinese {
		return "“" + s + "”"
	}
	return "\"" + s + "\""
}

// headingSection is the section a table row (row, table, section) sits
// in when that section is an unnumbered heading, nil otherwise: its id
// ("h2") means nothing to users, its heading ("Summary") does.
func headingSection(row *doc.Clause) *doc.Clause {
	if _, _, _, ok := tableRow(row.ID); !ok || row.Parent == nil || row.Parent.Parent == nil {
		return nil
	}
	if sec := row.Parent.Parent; sec.Label == "" && sec.Heading != "" {
		return sec
	}
	return nil
}

// tableRow splits a table row's id ("5.1.4/t1/r2"), which reads badly as a
// clause number in a letter to users.
func tableRow(id string) (clause, table, row string, ok bool) {
	parts := strings.Split(id, "/")
	if len(parts) != 3 || !strings.HasPrefix(parts[1], "t") || !strings.HasPrefix(parts[2], "r") {
		return "", "", "", false
	}
	return parts[0], parts[1][1:], parts[2][1:], true
}
