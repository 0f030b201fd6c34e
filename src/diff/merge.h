/* Revision marks computed from two versions of a document: the new document's tree is
 * rewritten in place into a merged tree whose markup view carries the changes against
 * the old one (block revisions for whole clauses, sections and annexes; inline
 * {++ ++}/{-- --} marks inside the blocks the two versions share). */
#ifndef RESC_DIFF_MERGE_H
#define RESC_DIFF_MERGE_H

#include "ast.h"

/* Two blocks are "the same block, changed" from this similarity up (0..1). */
#define DIFF_SAME_BLOCK 0.5

/* Strips the revision marks of DOC, keeping its new text (deleted blocks and inline
 * deletions and comments removed, insertions accepted), so the diff compares clean
 * texts. */
void diff_clean(struct document *doc);

struct strbuf;

/* Rewrites NEWDOC (cleaned) into the merged document against OLDDOC (cleaned): nodes
 * deleted from the old text are copied into NEWDOC's arena. Typed labels are dropped
 * and labels recomputed; comments are dropped. A deleted clause whose id the new text
 * also uses (a moved clause) loses its id: the ids are appended to MOVED, one a line,
 * and 1 is returned, so that the caller can rename them and merge again. */
int diff_merge(struct document *newdoc, const struct document *olddoc, struct strbuf *moved);

/* Gives the clause ids listed in MOVED fresh names in OLDDOC (ID-old), in the clauses
 * and in the references, so a moved clause keeps an id in both versions and a
 * reference to it shows its change of label as a revision. */
void diff_rename_moved(struct document *olddoc, const struct document *newdoc, const char *moved);

/* The number of revision marks (inline and block) in the tree under N. */
int diff_count_marks(const struct node *n);

#endif
