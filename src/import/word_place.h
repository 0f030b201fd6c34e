/* Where a finding stands in a Word document, told as a Word user finds it: the number of
 * the paragraph in the body, the clause (section phrase and label) and the paragraph's
 * first words. The importer keeps, for each line of the source it writes, the paragraph
 * it came from; the diagnostics printer asks here for the place of a line. Sources not
 * read from a Word document have no place. */
#ifndef RESC_IMPORT_WORD_PLACE_H
#define RESC_IMPORT_WORD_PLACE_H

#include <stddef.h>

struct source;

struct word_line {
  int para;      /* 1-based paragraph of the body; 0: a footnote */
  char *where;   /* "considering c)", "resolves 1 a)", "title", "" */
  char *excerpt; /* the paragraph's first words */
};

/* Gives SRC (a source imported from a Word document) the places of its lines: LINES[i]
 * is line i + 1's. Takes ownership of LINES and its strings. */
void word_place_register(const struct source *src, struct word_line *lines, size_t n);
/* The place of 1-based LINE of SRC, or NULL when SRC is no Word document's. */
const struct word_line *word_place_of(const struct source *src, int line);
/* The place as printed in a diagnostic, `¶ 23 (considering c), "that the…")`, or
 * `footnote 1` for a line of the footnotes; 0 when SRC is no Word document's. */
int word_place_format(const struct source *src, int line, char *buf, size_t cap);

#endif
