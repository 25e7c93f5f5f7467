package crosslang

import (
	"testing"

	"github.com/policydiff/policydiff/internal/glossary"
)

// BenchmarkCompareJDCloud aligns and checks the English 2020 and Chinese
// 2021 JD Cloud privacy policies (parsing and building the glossary excluded).
func BenchmarkCompareJDCloud(b *testing.B) {
	en, zh := jdPair(b)
	g := glossary.Builtin()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Compare(en, zh, g)
	}
}
