package parse

import (
	"strings"
	"unicode/utf8"
)

var attachWords = []string{"attachment", "appendix", "annex", "schedule", "exhibit", "附件", "附录", "附錄", "附表"}

// attachment recognises the title line of an attachment or appendix.
func attachment(rs []rune, core string) (marker, int) {
	switch rs[0] | 0x20 {
	case 'a', 's', 'e', '附' | 0x20:
	default:
		return marker{}, 0
	}
	lower := strings.ToLower(core[:min(len(core), 12)])
	for _, w := range attachWords {
		if !strings.HasPrefix(lower, w) {
			continue
		}
		k := utf8.RuneCountInString(w)
		if k < len(rs) && rs[k] >= 'a' && rs[k] <= 'z' || k < len(rs) && rs[k] >= 'A' && rs[k] <= 'Z' && w[0] < 0x80 && rs[k-1] != ' ' {
			return marker{}, 0 // "Annexed", "Scheduled"
		}
		rest := CleanInline(core)
		if utf8.RuneCountInString(rest) > 120 {
			return marker{}, 0
		}
		// "Schedule a demo." is prose; "Schedule 2", "Attachment: …" and a bare
		// "附件一" are titles.
		j := k
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		hasColon := j < len(rs) && (rs[j] == ':' || rs[j] == '：')
		numbered := j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] >= 'A' && rs[j] <= 'Z' && (j+1 == len(rs) || rs[j+1] == ' ' || rs[j+1] == ':'))
		if _, cn := chineseNumber(rs[min(j, len(rs)):]); cn > 0 {
			numbered = true
		}
		if !hasColon && !numbered && (w[0] < 0x80 && j < len(rs) || endsSentence(rest)) {
			return marker{}, 0
		}
		return marker{style: styleAttach}, k
	}
	return marker{}, 0
}
