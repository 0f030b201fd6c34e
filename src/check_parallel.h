/* check --parallel: the language versions of one text, or of one proposal, must have the
 * same skeleton. Words differ from one language to another; what a translation must
 * keep is compared on the validated trees: the resolution number, the years and the
 * revision state of the number, history and assembly lines, the sections in order and
 * their kind, the clauses and sub-clauses with their labels, the targets of the
 * references, the footnote references and the extent of the revision marks. */
#ifndef RESC_CHECK_PARALLEL_H
#define RESC_CHECK_PARALLEL_H

#include <stddef.h>

struct document;
struct diag_ctx;

/* Compares each version of DOCS (N of them; a NULL entry is a version that could not
 * be read, and is left out) with the first one, reporting every mismatch as an error
 * [parallel] at the version's place with a note at the first version's place. */
void check_parallel(struct document *const *docs, size_t n, struct diag_ctx *d);

#endif
