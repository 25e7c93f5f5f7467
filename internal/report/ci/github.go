package ci

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
)

// GitHub writes one workflow warning annotation per material change,
// placed at its clause's line in bPath, and a closing notice that sums up.
func GitHub(w io.Writer, r *change.Result, bPath string) error {
	file := escapeProperty(filepath.ToSlash(bPath))
	fs := findings(r)
	for _, f := range fs {
		title := fmt.Sprintf("policydiff material/%d: %s", f.rule, f.title)
		if _, err := fmt.Fprintf(w, "::warning file=%s,line=%d,title=%s::%s\n",
			file, f.line, escapeProperty(title), escapeData(f.message)); err != nil {
			return fmt.Errorf("write annotations: %w", err)
		}
	}
	summary := "No material change: no prominent notice is required."
	switch {
	case len(fs) > 0 && r.Mode == change.ModeLanguage:
		// A translation defect is fixed in the translation; users are owed
		// no notice of it (notice says the same of a language pair).
		summary = change.Count(len(fs), "material disagreement") + " between the languages: the translation must be corrected."
	case len(fs) > 0:
		summary = change.Count(len(fs), "material change") + ": users must be given a prominent notice."
		if r.ExplicitConsentRequired {
			summary += " Some reduce users' rights: explicit consent is required."
		}
	case r.Mode == change.ModeLanguage:
		summary = "The languages agree on every material point."
	}
	if _, err := fmt.Fprintf(w, "::notice title=policydiff::%s\n", escapeData(summary)); err != nil {
		return fmt.Errorf("write annotations: %w", err)
	}
	return nil
}

// escapeData escapes an annotation message the way the runner unescapes
// it: '%' first, then CR and LF.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty also escapes the separators of the property list.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
