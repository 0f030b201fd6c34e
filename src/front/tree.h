/* The tree builder: turns the parser's flat list of blocks into the document tree
 * (document → proposals → resolutions → sections → clauses → sub-clauses), applying
 * block revisions and reporting blocks that are out of place. For parse.c only. */
#ifndef RESC_TREE_H
#define RESC_TREE_H

struct document;
struct node;
struct diag_ctx;

/* Consumes BLOCKS (an N_SPAN); returns the number of errors reported. */
int tree_build(struct document *doc, struct node *blocks, struct diag_ctx *d);

#endif
