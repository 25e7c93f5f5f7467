//go:build !nosearch

package search

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Writers never wait for readers, and readers never wait for writers: the
// live DIR/bleve is only ever opened read-only. A rebuild is written beside
// it and renamed over it; Add writes a copy (segments hard-linked, so it is
// cheap) that Close swaps in. Readers keep the view they opened until they
// reopen. Writers exclude each other with the writer lock.

// writable turns an upgradable reader into the writer of a copy.
func (ix *Index) writable() error {
	if !ix.readOnly {
		return nil
	}
	if !ix.upgradable {
		return fmt.Errorf("index %s was opened read-only", ix.dir)
	}
	lock, err := acquireWriter(ix.dir)
	if err != nil {
		return err
	}
	clearLeftovers(ix.dir)
	name := fmt.Sprintf("%s.build-%d", bleveName, os.Getpid())
	clone := filepath.Join(ix.dir, name)
	var w *Index
	if err = cloneIndex(filepath.Join(ix.dir, bleveName), clone); err == nil {
		w, err = openAt(ix.dir, name, false, false)
	}
	if err != nil {
		os.RemoveAll(clone)
		lock.release()
		return err
	}
	ix.bi.Close()
	ix.bi, ix.readOnly, ix.lock, ix.versions, ix.clone = w.bi, false, lock, w.versions, clone
	return nil
}

// cloneIndex copies a closed or read-only scorch index. Segment files are
// never modified once written, so they are hard-linked where the file
// system allows; root.bolt and the metadata are copied.
func cloneIndex(src, dst string) error {
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasSuffix(p, ".zap") && os.Link(p, target) == nil {
			return nil
		}
		return copyFile(p, target)
	})
	if err != nil {
		os.RemoveAll(dst)
		return fmt.Errorf("copy index %s for writing: %w", src, err)
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// swapIn replaces DIR/bleve with the complete index at built. Readers of
// the old index keep its files open; unlinking them is safe.
func swapIn(dir, built string) error {
	live := filepath.Join(dir, bleveName)
	old := filepath.Join(dir, fmt.Sprintf("%s.old-%d", bleveName, os.Getpid()))
	os.RemoveAll(old)
	if err := os.Rename(live, old); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("replace index %s: %w", live, err)
	}
	if err := os.Rename(built, live); err != nil {
		return fmt.Errorf("replace index %s: %w", live, err)
	}
	os.RemoveAll(old)
	return nil
}

// clearLeftovers removes the build and swap directories of writers that
// died; only the holder of the writer lock calls it, so none is in use.
func clearLeftovers(dir string) {
	for _, pat := range []string{bleveName + ".build-*", bleveName + ".old-*"} {
		ms, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, m := range ms {
			os.RemoveAll(m)
		}
	}
}
