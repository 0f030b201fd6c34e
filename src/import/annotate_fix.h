/* Safe fixes written into a Word paragraph as tracked changes (annotate.c's --fix). */
#ifndef RESC_IMPORT_ANNOTATE_FIX_H
#define RESC_IMPORT_ANNOTATE_FIX_H

#include <stddef.h>

/* A fix: OLD becomes NEW_TEXT, either the whole text of the paragraph's first run (a
 * label: AT_START) or the end of its last run (end punctuation; OLD may be empty). */
struct docx_fix {
  const char *old, *new_text;
  int at_start;
};

/* An edit of document.xml: LEN bytes at AT replaced by TEXT (malloc'd). */
struct docx_edit {
  size_t at, len;
  char *text;
};

/* The end of the markup starting at P ('<') in a buffer ending at END: after its '>'
 * (quoted attribute values skipped), or after a comment's "-->" or CDATA's "]]>". */
const char *docx_markup_end(const char *p, const char *end);

/* The edit that writes fix F into the paragraph whose content is X[FROM, TO) as a
 * deletion and an insertion by "resc" dated DATE, with revision ids from *ID on.
 * Returns 1, or 0 when the paragraph is not plain enough to be sure of it. */
int docx_fix_paragraph(const char *x, size_t from, size_t to, const char *pfx,
                       const struct docx_fix *f, long *id, const char *date, struct docx_edit *out);

#endif
