/* The walk the DOCX writers make of what a node holds (a paragraph's inline content, a
 * section's or annex's blocks): the ENTER/EXIT iterator from the node's first child to
 * its last, with a stack of one small value per element entered (the context it set),
 * so nesting costs no C stack. Shared by render_docx.c and synopsis_docx.c. The
 * iterator and the stack are kept apart: the iterator, whose address no call takes,
 * stays in registers. */
#ifndef RESC_DOCX_WALK_H
#define RESC_DOCX_WALK_H

#include "ast_iter.h"
#include "change_stack.h"

/* The stack's first bytes: deeper nesting moves it to the heap. */
struct docx_walk_stack {
  struct change_stack s;
  unsigned char first[32];
};

/* Starts IT inside ROOT and the stack S with BOTTOM, the value of ROOT's own context. */
static inline void docx_walk_start(struct ast_iter *it, struct docx_walk_stack *s,
                                   const struct node *root, unsigned bottom) {
  change_stack_start(&s->s, s->first, sizeof s->first, bottom);
  ast_iter_init(it, root);
  ast_iter_next(it); /* ROOT's entry */
}

/* The next event, it->node its node; AST_DONE at the root's exit. */
static inline enum ast_event docx_walk_next(struct ast_iter *it) {
  enum ast_event ev = ast_iter_next(it);
  return it->node == it->root ? AST_DONE : ev;
}

#endif
