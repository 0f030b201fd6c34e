/* The ENTER/EXIT walk of ast_iter.h: the next event follows from the last one and the
 * node's links alone. */
#include "ast_iter.h"

#include <stddef.h>

void ast_iter_init(struct ast_iter *it, const struct node *root) {
  it->root = (struct node *)root; /* the iterator never writes through it */
  it->node = NULL;
  it->event = AST_DONE;
  it->skip = 0;
}

void ast_iter_skip(struct ast_iter *it) {
  if (it->event == AST_ENTER) it->skip = 1;
}

enum ast_event ast_iter_next(struct ast_iter *it) {
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
