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

struct node;
/* The items of a list (the clauses of a section or clause, the clauses and paragraphs
 * of an annex) into *OUT (to free), and their number. */
size_t parallel_items(const struct node *parent, const struct node ***out);
/* Aligns two versions' lists A and B: MATCH[j] gets the index in A of B's item j, or
 * -1 when it has none. Lists as long are matched item by item; others on what
 * survives translation (digits, references, footnotes, sub-clauses, revision state),
 * as a longest common subsequence. */
void parallel_align(const struct node *const *a, size_t na, const struct node *const *b, size_t nb,
                    long *match);

#endif
