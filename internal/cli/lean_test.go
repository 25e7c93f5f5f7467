package cli

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// The lean build (-tags nosearch,notui) leaves Bleve and the terminal UI out
// so that a CI job running only 'check' starts in half the time. It must
// compare exactly as the full build does, and say plainly that it cannot
// search or open the UI.
func TestLeanBuildComparesLikeTheFullOne(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two binaries")
	}
	full := sharedtest.BuildBinary(t)
	lean := sharedtest.BuildBinaryTags(t, "nosearch,notui")
	dir := t.TempDir()
	text := sharedtest.Read(t, "seeds/jd-privacy.en.2020-10-20.txt")
	a, b := filepath.Join(dir, "mall.en.a.txt"), filepath.Join(dir, "mall.en.b.txt")
	for p, s := range map[string]string{a: text, b: sharedtest.SynthEdit(text, 1)} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	seeds := sharedtest.Require(t, "seeds")
	en, zh := filepath.Join(seeds, "jdcloud-privacy.en.2020-07-28.md"), filepath.Join(seeds, "jdcloud-privacy.zh.2021-03-10.txt")
	for _, args := range [][]string{
		{"diff", "--format", "json", a, b},
		{"check", "--format", "sarif", a, b},
		{"diff", "--format", "json", en, zh},
		{"show", "--format", "json", zh},
	} {
		want, wantCode, _ := runBin(t, dir, full, args...)
		got, gotCode, _ := runBin(t, dir, lean, args...)
		if gotCode != wantCode || !bytes.Equal(got, want) {
			t.Errorf("%v: lean build exits %d with %d bytes, full build %d with %d bytes", args, gotCode, len(got), wantCode, len(want))
		}
	}
	_, code, stderr := runBin(t, dir, lean, "search", "面部信息")
	if code != 2 || !strings.HasPrefix(stderr, "policydiff: this policydiff was built without the search index") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("lean search: exit %d, stderr %q; want exit 2 and one line saying the index is not built in", code, stderr)
	}
	_, code, stderr = runBin(t, dir, lean, "tui", a, b)
	if code != 2 || !strings.HasPrefix(stderr, "policydiff: this policydiff was built without the terminal UI") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("lean tui: exit %d, stderr %q; want exit 2 and one line saying the UI is not built in", code, stderr)
	}
	// With no UI, 'policydiff' alone lists the library, as it does piped.
	if out, code, _ := runBin(t, dir, lean); code != 0 || !bytes.Contains(out, []byte("jd-privacy/en/2020-10-20")) {
		t.Errorf("lean with no command: exit %d, output %.200q; want the library's list", code, out)
	}
}

func runBin(t *testing.T, dir, bin string, args ...string) ([]byte, int, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out.Bytes(), 0, errOut.String()
	case errors.As(err, &exit):
		return out.Bytes(), exit.ExitCode(), errOut.String()
	}
	t.Fatalf("%s %v: %v", bin, args, err)
	return nil, 0, ""
}
