/* A resolution as one version reads it, line by line (number line, title, history,
 * assembly line, each section phrase, each clause with its label), with the place of
 * each line in the source. It is what `check --base` compares: a proposal's old text
 * must be the resolution it claims to modify. */
#ifndef RESC_OUTLINE_H
#define RESC_OUTLINE_H

#include <stddef.h>

#include "ast.h"

struct outline_line {
  char *text;
  struct loc loc;
};

struct outline {
  struct outline_line *lines;
  size_t n, cap;
};

/* Lines of resolution R in the version that hides HIDDEN (CH_INS: the old text,
 * CH_DEL: the new text). */
void outline_build(const struct node *r, enum change hidden, struct outline *out);
void outline_free(struct outline *o);
/* The first resolution of the document (inside a proposal or not), or NULL. */
const struct node *outline_first_resolution(const struct document *doc);

#endif
