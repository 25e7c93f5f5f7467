// Package documents embeds the bundled corpus so the binary runs from any
// directory. The directories beside this file are a version store (see
// internal/store); the glossary extension, when present, is glossary.tsv.
package documents

import "embed"

// FS holds every stored version of the bundled corpus.
//
//go:embed *
var FS embed.FS
