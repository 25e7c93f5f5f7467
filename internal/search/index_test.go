//go:build !nosearch

package search

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// loader counts how often the index asks for the store's versions, which is
// how these tests see whether a rebuild happened.
type loader struct {
	vs    []Version
	calls int
}

func (l *loader) load() ([]Version, error) { l.calls++; return l.vs, nil }

func hitCount(t *testing.T, ix *Index, q Query) int {
	t.Helper()
	r, err := ix.Search(q)
	if err != nil {
		t.Fatal(err)
	}
	return len(r.Hits)
}

func TestEnsureBuildsOnceThenReuses(t *testing.T) {
	dir := t.TempDir()
	l := &loader{vs: seedVersions()}
	steps := []struct {
		name       string
		fp         string
		prepare    func()
		wantLoads  int
		wantFacial int // hits for "facial" in the newest versions, en
	}{
		{name: "missing index is built", fp: "a", wantLoads: 1, wantFacial: 2},
		{name: "same fingerprint reuses", fp: "a", wantLoads: 1, wantFacial: 2},
		{name: "new fingerprint rebuilds", fp: "b", wantLoads: 2, wantFacial: 1,
			prepare: func() { l.vs = []Version{jdcloudEN("2020-07-28", true)} }},
		{name: "deleted dir is rebuilt", fp: "b", wantLoads: 3, wantFacial: 1,
			prepare: func() { os.RemoveAll(dir) }},
		{name: "deleted bleve dir, lock dir kept", fp: "b", wantLoads: 4, wantFacial: 1,
			prepare: func() { os.RemoveAll(filepath.Join(dir, bleveName)) }},
	}
	for _, s := range steps {
		if s.prepare != nil {
			s.prepare()
		}
		ix, err := Ensure(dir, s.fp, l.load)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if l.calls != s.wantLoads {
			t.Errorf("%s: %d loads, want %d", s.name, l.calls, s.wantLoads)
		}
		if n := hitCount(t, ix, Query{Text: "facial", Lang: "en"}); n != s.wantFacial {
			t.Errorf("%s: %d hits, want %d", s.name, n, s.wantFacial)
		}
		if ix.Fingerprint() != s.fp {
			t.Errorf("%s: fingerprint %q", s.name, ix.Fingerprint())
		}
		ix.Close()
	}
}

func TestEnsureRecoversFromCorruption(t *testing.T) {
	damage := []struct {
		name string
		hurt func(t *testing.T, bleveDir string)
	}{
		{"truncated segment", func(t *testing.T, d string) { truncateLargest(t, d, ".zap") }},
		{"root.bolt cut to one page", func(t *testing.T, d string) {
			os.Truncate(filepath.Join(d, "store", "root.bolt"), 4096)
		}},
		{"root.bolt emptied", func(t *testing.T, d string) {
			os.Truncate(filepath.Join(d, "store", "root.bolt"), 0)
		}},
		{"garbled index_meta.json", func(t *testing.T, d string) {
			os.WriteFile(filepath.Join(d, "index_meta.json"), []byte(`{"storage":`), 0o644)
		}},
		{"empty directory", func(t *testing.T, d string) {
			os.RemoveAll(d)
			os.Mkdir(d, 0o755)
		}},
	}
	for _, tc := range damage {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			l := &loader{vs: seedVersions()}
			ix, err := Ensure(dir, "a", l.load)
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			tc.hurt(t, filepath.Join(dir, bleveName))

			if _, err := OpenReadOnly(dir); err == nil {
				t.Error("OpenReadOnly of a damaged index: want an error")
			}
			ix, err = Ensure(dir, "a", l.load)
			if err != nil {
				t.Fatalf("Ensure after damage: %v", err)
			}
			defer ix.Close()
			if l.calls != 2 {
				t.Errorf("%d loads, want a rebuild", l.calls)
			}
			if n := hitCount(t, ix, Query{Text: "面部信息", Lang: "zh"}); n != 1 {
				t.Errorf("rebuilt index: %d hits, want 1", n)
			}
			aside, _ := filepath.Glob(filepath.Join(dir, "corrupt-*"))
			if len(aside) != 1 {
				t.Errorf("damaged index not kept aside: %v", aside)
			}
		})
	}
}

func truncateLargest(t *testing.T, dir, ext string) {
	t.Helper()
	var path string
	var size int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ext) {
			if fi, _ := d.Info(); fi != nil && fi.Size() > size {
				path, size = p, fi.Size()
			}
		}
		return nil
	})
	if path == "" {
		t.Fatalf("no %s file under %s", ext, dir)
	}
	if err := os.Truncate(path, size/2); err != nil {
		t.Fatal(err)
	}
}

func TestSecondWriterGetsInUseError(t *testing.T) {
	dir := t.TempDir()
	l := &loader{vs: seedVersions()}
	w, err := Ensure(dir, "a", l.load)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := w.Add(jdMallEN()); err != nil { // takes the writer lock
		t.Fatal(err)
	}
	other, err := Ensure(dir, "a", l.load) // a second handle in the same process
	if err != nil {
		t.Fatalf("a reader must not be refused while another writes: %v", err)
	}
	defer other.Close()
	want := fmt.Sprintf("in use by process %d", os.Getpid())
	attempts := []struct {
		name  string
		write func() error
	}{
		{"Rebuild", func() error { ix, err := Rebuild(dir, "a", l.load); ix.Close(); return err }},
		{"Ensure of a stale index", func() error { ix, err := Ensure(dir, "b", l.load); ix.Close(); return err }},
		{"Add", func() error { return other.Add(jdMallEN()) }},
		{"SetFingerprint", func() error { return other.SetFingerprint("c") }},
	}
	for _, a := range attempts {
		start := time.Now()
		err := a.write()
		// Waiting for the other writer would take until it closes: never,
		// here. The bound only tells that from a machine under load.
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("%s: took %v to fail, want it refused at once", a.name, took)
		}
		if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want ErrInUse naming %q", a.name, err, want)
		}
	}
	if hitCount(t, other, Query{Text: "huawei"}) == 0 {
		t.Error("a refused writer must stay searchable")
	}
}

func TestWriterDoesNotWaitForReaders(t *testing.T) {
	dir := t.TempDir()
	l := &loader{vs: []Version{jdcloudEN("2020-07-28", true)}}
	a, err := Ensure(dir, "a", l.load)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer b.Close()
	mall := Query{Text: "camera", Lang: "en"}
	start := time.Now()
	if err := a.Add(jdMallEN()); err != nil {
		t.Fatalf("Add while another reader is open: %v", err)
	}
	if err := a.SetFingerprint("b"); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("Add waited %v for the reader", took)
	}
	if hitCount(t, a, mall) != 1 || hitCount(t, b, mall) != 0 {
		t.Error("the writer should see its addition, the reader its old view")
	}
	if err := b.Add(jdMallEN()); err == nil || errors.Is(err, ErrInUse) {
		t.Errorf("Add on OpenReadOnly: %v, want a read-only error", err)
	}
	if _, err := Rebuild(dir, "c", l.load); !errors.Is(err, ErrInUse) {
		t.Errorf("Rebuild during another's write: %v, want ErrInUse", err)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	c, err := Ensure(dir, "b", (&loader{}).load)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if hitCount(t, c, mall) != 1 {
		t.Error("the copy written beside the reader was not swapped in")
	}
	if hitCount(t, b, mall) != 0 {
		t.Error("an open reader should keep its view after the swap")
	}
	left, _ := filepath.Glob(filepath.Join(dir, bleveName+".*"))
	if len(left) != 0 {
		t.Errorf("leftovers: %v", left)
	}
	// A rebuild swaps directories too, so it works under readers' feet.
	r, err := Rebuild(dir, "d", (&loader{vs: []Version{jdcloudZH("2021-03-10")}}).load)
	if err != nil {
		t.Fatalf("Rebuild with readers open: %v", err)
	}
	defer r.Close()
	if hitCount(t, r, Query{Text: "huawei"}) != 0 || hitCount(t, c, Query{Text: "huawei"}) != 1 {
		t.Error("rebuilt index should drop the English version; the old reader keep it")
	}
}

func TestLeftoversOfADeadWriterAreCleared(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{bleveName + ".build-2147483000", bleveName + ".old-2147483000"} {
		os.MkdirAll(filepath.Join(dir, d, "store"), 0o755)
	}
	ix, err := Ensure(dir, "a", (&loader{vs: seedVersions()}).load)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if left, _ := filepath.Glob(filepath.Join(dir, bleveName+".*")); len(left) != 0 {
		t.Errorf("leftovers: %v", left)
	}
}

func TestStaleLockIsTakenOver(t *testing.T) {
	dir := t.TempDir()
	// A pid far above pid_max belongs to no live process.
	os.WriteFile(filepath.Join(dir, lockName), []byte("2147483000\n"), 0o644)
	ix, err := Rebuild(dir, "a", (&loader{vs: seedVersions()}).load)
	if err != nil {
		t.Fatalf("stale lock: %v", err)
	}
	ix.Close()
	if _, err := os.Stat(filepath.Join(dir, lockName)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("lock left behind: %v", err)
	}
}

func TestAddKeepsLatestCurrent(t *testing.T) {
	dir := t.TempDir()
	ix, err := Ensure(dir, "a", (&loader{vs: []Version{jdcloudEN("2019-06-01", false)}}).load)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	facial := Query{Text: "facial", Lang: "en"}
	huawei := Query{Text: "huawei", Lang: "en"}
	steps := []struct {
		name           string
		add            []Version
		facial, huawei int
	}{
		{"only the old version", nil, 0, 1},
		{"newer version supersedes", []Version{jdcloudEN("2020-07-28", true)}, 1, 1},
		{"older version does not", []Version{jdcloudEN("2018-01-01", false)}, 1, 1},
		{"re-adding a ref replaces its clauses", []Version{jdcloudEN("2020-07-28", false)}, 0, 1},
		{"undated never beats a date", []Version{jdcloudEN("undated", true)}, 0, 1},
	}
	for _, s := range steps {
		if err := ix.Add(s.add...); err != nil {
			t.Fatal(err)
		}
		if got := hitCount(t, ix, facial); got != s.facial {
			t.Errorf("%s: facial %d hits, want %d", s.name, got, s.facial)
		}
		if got := hitCount(t, ix, huawei); got != s.huawei {
			t.Errorf("%s: huawei %d hits, want %d", s.name, got, s.huawei)
		}
	}
	if err := ix.SetFingerprint("after-adds"); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	l := &loader{}
	again, err := Ensure(dir, "after-adds", l.load)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if l.calls != 0 {
		t.Error("SetFingerprint should spare the next Ensure a rebuild")
	}
	all := Query{Text: "huawei", AllVersions: true}
	if got := hitCount(t, again, all); got != 4 {
		t.Errorf("reopened: %d huawei hits over all versions, want 4", got)
	}
}

func TestOldMappingIsReplacedNotKept(t *testing.T) {
	dir := t.TempDir()
	l := &loader{vs: seedVersions()}
	ix, err := Ensure(dir, "a", l.load)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Add(); err != nil { // become the writer
		t.Fatal(err)
	}
	if err := ix.bi.SetInternal(keySchema, []byte("policydiff/index/v0")); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ix, err = Ensure(dir, "a", l.load)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if l.calls != 2 {
		t.Errorf("%d loads, want a rebuild for the old mapping", l.calls)
	}
	if aside, _ := filepath.Glob(filepath.Join(dir, "corrupt-*")); len(aside) != 0 {
		t.Errorf("an old mapping is not damage: %v", aside)
	}
}

func TestOnlyTheNewestDamagedIndexesAreKept(t *testing.T) {
	dir := t.TempDir()
	l := &loader{vs: seedVersions()}
	for i := 0; i < keepCorrupt+2; i++ {
		ix, err := Ensure(dir, "a", l.load)
		if err != nil {
			t.Fatal(err)
		}
		ix.Close()
		truncateLargest(t, filepath.Join(dir, bleveName), ".zap")
	}
	if aside, _ := filepath.Glob(filepath.Join(dir, "corrupt-*")); len(aside) != keepCorrupt {
		t.Errorf("kept %d damaged indexes, want %d: %v", len(aside), keepCorrupt, aside)
	}
}

func TestConcurrentSearchesAndAdd(t *testing.T) {
	ix := openSeeds(t)
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 30; i++ {
				if _, err := ix.Search(Query{Text: "facial 面部信息", AllVersions: i%2 == 0}); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	if err := ix.Add(jdcloudEN("2022-01-01", true)); err != nil {
		t.Fatal(err)
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if n := hitCount(t, ix, Query{Text: "huawei", Lang: "en"}); n != 1 {
		t.Errorf("after the add, %d newest-version huawei hits, want 1", n)
	}
}
