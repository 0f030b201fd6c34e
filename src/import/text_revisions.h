/* Revision marks in plain text as resc's text output prints them (text_revisions.c). */
#ifndef RESC_TEXT_REVISIONS_H
#define RESC_TEXT_REVISIONS_H

#include <stddef.h>

#include "ast.h"

/* At S[I] (S of N bytes) an opening mark `{++`, `{--` or `{>>` whose close is later on the
 * line: 3, with *CLOSE where the close starts; else 0. */
size_t text_revision_open(const char *s, size_t n, size_t i, size_t *close);
/* Whether the line S (N bytes) is wholly inside one insertion or deletion. */
enum change text_whole_line(const char *s, size_t n);
/* A label printed with revision marks (`{--b--}{++c++})`): 1, with the label of the old
 * and of the new text; 0 when LABEL has no marks or they do not close. */
int text_label_revision(const char *label, char *old_label, char *new_label, size_t cap);

#endif
