package align

import (
	"slices"
)

// union merges two fingerprints (sorted sets) into one.
func union(a, b fingerprint) fingerprint {
	out := make(fingerprint, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return append(append(out, a[i:]...), b[j:]...)
}

// lis returns, for a sequence of distinct values, which positions belong to
// one longest increasing subsequence (patience sorting, O(n log n)).
func lis(seq []int) []bool {
	tails := make([]int, 0, len(seq)) // positions in seq of the smallest tail of each length
	prev := make([]int, len(seq))
	for i, v := range seq {
		k, _ := slices.BinarySearchFunc(tails, v, func(p, v int) int { return seq[p] - v })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	in := make([]bool, len(seq))
	if len(tails) == 0 {
		return in
	}
	for p := tails[len(tails)-1]; p >= 0; p = prev[p] {
		in[p] = true
	}
	return in
}
