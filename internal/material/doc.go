// Package material decides which changes between two versions of a policy
// are material changes in the sense of the policy's own material-change
// clause (JD Cloud 9.2, following GB/T 35273): the ones that oblige the
// publisher to a prominent notice. Every flag carries its category, the
// rule that raised it and the evidence, so a reviewer can disagree on facts.
//
// The rules, all explicit and all here:
//
//   - Entities (entity.go): emails, phone numbers, addresses (category 5
//     wherever they sit), links and company names (category from the clause:
//     ownership words → 2, sharing words or a sharing section → 3, a contact
//     section → 5). An entity counts when it appears in or leaves the clause
//     and the document as a whole.
//   - Concepts (lexicon.go): English and Chinese words for data types,
//     purposes, ownership events, recipients, rights, contact channels and
//     impact assessments. A concept counts when its number of mentions
//     changes in the clause and in the document in the same direction.
//   - Periods (numeral.go, periods.go): reply deadlines, retention periods and
//     notice periods (how long before a change or the end of the service
//     users are told) in digits, English words or Chinese numerals. A
//     period added or removed with its clause counts only when the other
//     version states fewer of it: one that moved is no change.
//   - Qualifiers (processing.go): a negation, a consent asked for or a
//     limit edited into or out of a sentence that says what is done with
//     personal information ("We do not sell your personal information" →
//     "We sell …", 不会收集 → 会收集, "only with your consent" dropped,
//     仅在获得您的单独同意后 dropped), which no count sees: category 3 when
//     the sentence shares, sells or names a recipient, 1 otherwise. Only a
//     short edit in a sentence otherwise kept counts, and a qualifier
//     reworded (not → won't, "only" moved) does not.
//   - Ages (age.go): the age that makes a user a child, in a clause about
//     children, changed ("under 14" → "under 13", 不满十四周岁 → 不满十三周岁;
//     ages read as crosslang reads them): category 1.
//   - Rights reduced: a named right or a contact route that leaves the
//     document, a longer reply deadline, a shorter notice period, a negation
//     inserted into a sentence about a right. Clause 9.1 then requires
//     explicit consent.
//   - Not material (volatile.go, sides.go): cosmetic changes, date lines,
//     timestamps and ids, tracking parameters, one-word typo fixes,
//     sentences swapped for their translation, text that moved to another
//     clause, markup, link anchors, footers and navigation menus of
//     captured pages.
//
// The section a clause sits in (section.go) only picks the category of a
// link or company name; it never raises a flag by itself.
//
// Speed never changes an answer. The lexicon, the material-change pattern
// and the section rules are tried only where one of their starting words
// stands (lexscan.go, lexmatch.go; the starts and each alternative's fixed
// strings are generated into lextable.go, which TestLexStartTable keeps
// current), and the other patterns that read whole clauses (entities,
// periods, markup, footers, volatile tokens) run, and are compiled, only
// for text holding what each of their matches must hold (prefilter.go,
// fold.go, needset.go; the literals are written out in needs.go, which
// TestNeeds keeps current).
// Date lines, English periods, negations, period cues and list item labels
// are recognised by hand (dateline.go, enperiod.go, negation.go, cues.go,
// itemlabel.go), each held to the pattern it replaced by a test on the
// seeds, the corpus and made-up text. Whether a whole version still holds
// an entity is asked of the clauses that may hold it, one at a time, never
// of every clause (docents.go). Nothing is compiled or built before first
// use (internal/lazy): package init costs nothing, and a first comparison
// compiles only what its text needs.
package material
