package parse

import "unsafe"

// slab hands out pointers into arrays of T allocated a chunk at a time.
// Nearly every numbered line becomes a marker, a clause and a node, and an
// allocation for each was a large share of the parse of a 60 KB policy; a
// chunk is one. What is made together is freed together: a clause kept
// after its document is dropped keeps its chunk.
type slab[T any] struct {
	free  []T
	chunk int // the size of the next array; 0 for as many as fill 4 KB
}

// new returns a pointer to a zero T.
func (s *slab[T]) new() *T {
	if len(s.free) == 0 {
		if s.chunk == 0 {
			// 4 KB is a size class of the allocator: little of the
			// block is left over.
			var t T
			s.chunk = max(4096/int(unsafe.Sizeof(t)), 1)
		}
		s.free = make([]T, s.chunk)
		s.chunk = 0
	}
	p := &s.free[0]
	s.free = s.free[1:]
	return p
}
