/* One traversal of the tree for every walk that visits nodes in document order: each
 * node is entered, then its children are walked, then it is exited (as cmark's
 * iterator). No recursion, so a deeply nested tree costs no stack, and a walk states
 * what it does on the way in and on the way out instead of re-writing the descent.
 * The functions are inline: every renderer calls ast_iter_next twice per node, and a
 * call per event cost the renderers about 1% of their instructions. */
#ifndef RESC_AST_ITER_H
#define RESC_AST_ITER_H

#include <stddef.h>

#include "ast.h"

enum ast_event { AST_DONE, AST_ENTER, AST_EXIT };

struct ast_iter {
  struct node *root;
  struct node *node; /* the node of the last event */
  enum ast_event event;
  int skip; /* set by ast_iter_skip: the entered node's children are passed */
};

/* Starts at root: the first ast_iter_next enters root itself. The iterator only
 * reads the links; a walk may change a node's payload, but must not unlink or move
 * nodes other than children it has already exited. */
static inline void ast_iter_init(struct ast_iter *it, const struct node *root) {
  it->root = (struct node *)root; /* the iterator never writes through it */
  it->node = NULL;
  it->event = AST_DONE;
  it->skip = 0;
}

/* After an AST_ENTER: do not walk into this node's children; the next event is its
 * AST_EXIT. */
static inline void ast_iter_skip(struct ast_iter *it) {
  if (it->event == AST_ENTER) it->skip = 1;
}

/* The next event, with it->node its node; AST_DONE after root is exited. */
static inline enum ast_event ast_iter_next(struct ast_iter *it) {
  struct node *n = it->node;
  if (!n) {
    if (!it->root) return AST_DONE;
    it->node = it->root;
    return it->event = AST_ENTER;
  }
  if (it->event == AST_ENTER) {
    int skip = it->skip;
    it->skip = 0;
    if (!skip && n->first) {
      it->node = n->first;
      return it->event = AST_ENTER;
    }
    return it->event = AST_EXIT;
  }
  if (it->event == AST_EXIT) {
    if (n == it->root) {
      it->event = AST_DONE;
      return AST_DONE;
    }
    if (n->next) {
      it->node = n->next;
      return it->event = AST_ENTER;
    }
    it->node = n->parent;
    return it->event = AST_EXIT;
  }
  return AST_DONE;
}

#endif
