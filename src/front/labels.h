/* Label computation: every clause gets an old label (its place among the clauses that
 * are not inserted) and a new label (among those that are not deleted), and every
 * section its kind (preamble or operative) and every section and clause an id. Labels
 * are never taken from the typed text; a typed label is only checked against them. */
#ifndef RESC_LABELS_H
#define RESC_LABELS_H

#include "ast.h"

struct diag_ctx;

/* Letters past this many clauses in one section are not produced (z), then aa) to
 * zz), then aaa) ...): a diagnostic is reported instead. */
#define LABELS_MAX_LETTER_REPEAT 4

/* The label of the clause at 0-based INDEX among COUNT siblings. LEVEL 1 clauses
 * that are alone in their section have no label (""). Returns an arena string. */
const char *label_format(struct arena *a, enum label_kind kind, int index);
/* The kind of labels under a clause whose own labels are of kind PARENT. */
enum label_kind label_successor(enum label_kind parent);

void labels_compute(struct document *doc, struct diag_ctx *d);
/* The same, with the HTML/DOCX ids of sections, clauses and annexes only when WITH_IDS:
 * checking needs none, and making them unique is a tenth of the time of a check. */
void labels_compute_ids(struct document *doc, struct diag_ctx *d, int with_ids);

/* The level at which clause C is printed (1: Normal, 2-4: enumlev1-3): a provision with
 * a dotted number (7.4.1) is printed as a clause of its own, whatever its depth, and the
 * lists under it from there. */
int labels_print_level(const struct node *c);

/* Whether a typed label is a bis (ter, quater) one, "b)bis", "4.3bis": its clause is
 * labelled by what is typed, so a writer keeps it. */
int label_is_bis(const char *typed);

#endif
