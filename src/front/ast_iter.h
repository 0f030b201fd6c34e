/* One traversal of the tree for every walk that visits nodes in document order: each
 * node is entered, then its children are walked, then it is exited (as cmark's
 * iterator). No recursion, so a deeply nested tree costs no stack, and a walk states
 * what it does on the way in and on the way out instead of re-writing the descent. */
#ifndef RESC_AST_ITER_H
#define RESC_AST_ITER_H

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
void ast_iter_init(struct ast_iter *it, const struct node *root);

/* The next event, with it->node its node; AST_DONE after root is exited. */
enum ast_event ast_iter_next(struct ast_iter *it);

/* After an AST_ENTER: do not walk into this node's children; the next event is its
 * AST_EXIT. */
void ast_iter_skip(struct ast_iter *it);

#endif
