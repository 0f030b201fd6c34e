/* ast_check: one walk with ast_iter, comparing every node with its links and with the
 * containment table of ast_shape.def. */
#include "ast_check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "ast_iter.h"

#define K(kind) ((uint64_t)1 << (kind))
_Static_assert(N_KIND_COUNT <= 64, "the containment table holds a kind per bit");

static uint64_t inline_kinds(void) {
  uint64_t m = 0;
  for (int k = N_FIRST_INLINE; k < N_KIND_COUNT; k++)
    if (k != N_SPAN) m |= K(k);
  return m;
}

static uint64_t allowed(enum node_kind parent) {
  uint64_t INLINES = inline_kinds();
  switch (parent) {
#define SHAPE(p, children)                                                                         \
  case p:                                                                                          \
    return (children);
#include "ast_shape.def"
#undef SHAPE
  default: return 0;
  }
}

static int fail(char *msg, size_t len, const struct node *n, const char *what) {
  snprintf(msg, len, "%s node at %d:%d: %s", ast_kind_name(n->kind), n->loc.first_line,
           n->loc.first_column, what);
  return -1;
}

/* The links of n's children agree with n, and each child may be there. */
static int check_children(const struct node *n, char *msg, size_t len) {
  uint64_t ok = allowed(n->kind);
  const struct node *prev = NULL;
  for (const struct node *c = n->first; c; c = c->next) {
    if (c->parent != n) return fail(msg, len, c, "its parent link names another node");
    if (c->prev != prev) return fail(msg, len, c, "its prev link is not its previous sibling");
    if (c->kind >= N_KIND_COUNT) return fail(msg, len, c, "kind out of range");
    if (!(ok & K(c->kind))) {
      char what[96];
      snprintf(what, sizeof what, "may not be inside a %s", ast_kind_name(n->kind));
      return fail(msg, len, c, what);
    }
    prev = c;
  }
  if (n->last != prev) return fail(msg, len, n, "its last link is not its last child");
  return 0;
}

static int check_tree(const struct node *root, char *msg, size_t len) {
  if (!root) return 0;
  if (root->parent) return fail(msg, len, root, "a root with a parent");
  struct ast_iter it;
  ast_iter_init(&it, root);
  while (ast_iter_next(&it) != AST_DONE)
    if (it.event == AST_ENTER && check_children(it.node, msg, len) != 0) return -1;
  return 0;
}

int ast_check(const struct document *doc, char *msg, size_t msglen) {
  if (doc->root && doc->root->kind != N_DOCUMENT)
    return fail(msg, msglen, doc->root, "the root is not a document");
  if (check_tree(doc->root, msg, msglen) != 0) return -1;
  if (check_tree(doc->footnotes, msg, msglen) != 0) return -1;
  return check_tree(doc->comments, msg, msglen);
}

void ast_assert_valid(const struct document *doc) {
#ifdef RESC_DEBUG
  char msg[256];
  if (ast_check(doc, msg, sizeof msg) != 0) {
    fprintf(stderr, "resc: internal error: the tree is malformed: %s\n", msg);
    abort();
  }
#else
  (void)doc;
#endif
}
