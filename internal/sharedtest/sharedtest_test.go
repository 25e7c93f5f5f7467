package sharedtest

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// tree lays out files (a trailing slash makes a folder) under a temporary
// root and returns the root with its symbolic links resolved.
func tree(t *testing.T, paths ...string) string {
	t.Helper()
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		full := filepath.Join(root, p)
		if strings.HasSuffix(p, "/") {
			err = os.MkdirAll(full, 0o755)
		} else if err = os.MkdirAll(filepath.Dir(full), 0o755); err == nil {
			err = os.WriteFile(full, []byte("text of "+p), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestDirWalksUp(t *testing.T) {
	// repo/internal/pkg is the package; repo/shared has no corpus or seeds
	// (a folder of the project that happens to be called shared).
	root := tree(t, "shared/corpus/zoom/en/2020.md", "shared/seeds/jd.zh.txt",
		"repo/go.mod", "repo/shared/notes.txt", "repo/internal/pkg/")
	for _, tc := range []struct {
		sub, want string
	}{
		{"", "shared"},
		{"corpus", "shared/corpus"},
		{"seeds/jd.zh.txt", "shared/seeds/jd.zh.txt"},
		// repo/shared is not the shared folder, and the real one lacks it.
		{"notes.txt", ""},
		{"corpus/spotify", ""},
	} {
		got, ok := dirFrom(filepath.Join(root, "repo/internal/pkg"), tc.sub)
		want := filepath.Join(root, tc.want)
		if tc.want == "" {
			want = ""
		}
		if got != want || ok != (tc.want != "") {
			t.Errorf("Dir(%q) = %q, %v; want %q", tc.sub, got, ok, want)
		}
	}
}

// A shared folder or corpus that is a symbolic link comes back resolved, so
// that filepath.WalkDir lists the files under it.
func TestDirResolvesSymlinks(t *testing.T) {
	real := tree(t, "corpus/zoom/en/2020.md", "corpus/zoom/en/2021.md", "seeds/a.txt")
	for _, link := range []string{"shared", "shared/corpus"} {
		t.Run(link, func(t *testing.T) {
			root, target := tree(t, "pkg/"), real
			if link == "shared/corpus" {
				root, target = tree(t, "pkg/", "shared/"), filepath.Join(real, "corpus")
			}
			if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			got, ok := dirFrom(filepath.Join(root, "pkg"), "corpus")
			if !ok || got != filepath.Join(real, "corpus") {
				t.Fatalf("Dir(corpus) = %q, %v; want %q", got, ok, filepath.Join(real, "corpus"))
			}
			var files int
			filepath.WalkDir(got, func(_ string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					files++
				}
				return nil
			})
			if files != 2 {
				t.Errorf("WalkDir found %d files under %s, want 2", files, got)
			}
		})
	}
}

func TestRequireAndRead(t *testing.T) {
	root := tree(t, "shared/seeds/jd.en.md", "pkg/")
	t.Chdir(filepath.Join(root, "pkg"))
	if got, want := Read(t, "seeds/jd.en.md"), "text of shared/seeds/jd.en.md"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
	for _, sub := range []string{"corpus", "seeds/absent.md"} {
		var skipped, reached bool
		t.Run(sub, func(t *testing.T) {
			defer func() { skipped = t.Skipped() }()
			Require(t, sub)
			reached = true
		})
		if !skipped || reached {
			t.Errorf("Require(%q) with it absent: skipped %v, went on %v", sub, skipped, reached)
		}
	}
}

func TestModuleRoot(t *testing.T) {
	root, ok := moduleRoot()
	if !ok {
		t.Fatal("go.mod not found above the package")
	}
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil || !strings.Contains(string(data), "module github.com/policydiff/policydiff\n") {
		t.Errorf("%s/go.mod is not policydiff's: %v", root, err)
	}
}

func TestBuildBinaryOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := BuildBinary(t)
	t.Log("built", bin)
	if again := BuildBinary(t); again != bin {
		t.Errorf("second call built again: %s, then %s", bin, again)
	}
	out, err := exec.Command(bin, "--help").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "policydiff") {
		t.Errorf("%s --help: %v\n%s", bin, err, out)
	}
}

// A shared/ higher up does not stand in for a part the nearest one lacks: a
// test must skip, not read some other checkout's corpus.
func TestNearestSharedDecides(t *testing.T) {
	root := tree(t, "shared/corpus/zoom/en/2020.md", "work/shared/seeds/jd.en.md", "work/repo/pkg/")
	if got, ok := dirFrom(filepath.Join(root, "work/repo/pkg"), "corpus"); ok {
		t.Errorf("found corpus at %q through a farther shared/", got)
	}
	if _, ok := dirFrom(filepath.Join(root, "work/repo/pkg"), "seeds"); !ok {
		t.Error("seeds of the nearest shared/ not found")
	}
}
