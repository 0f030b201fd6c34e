/* The tree's one traversal (ast_iter) and its invariants (ast_check): the order of
 * events, skipping a subtree, and each kind of broken tree reported. */
#include "support.h"

#include <stdlib.h>
#include <string.h>

#include "ast_check.h"
#include "ast_iter.h"
#include "strbuf.h"

static const char *doc_text = "@resolution RESOLUTION 1 (Geneva, 2024)\n"
                              "@title A title\n"
                              "@assembly The Assembly (Geneva, 2024),\n"
                              "\n"
                              "considering\n"
                              "- that a;\n"
                              "  - that *b*,\n"
                              "\n"
                              "resolves\n"
                              "- that c.\n";

/* The events of a walk from ROOT as "+kind" / "-kind", skipping the inside of every
 * node of kind SKIP. */
static char *events(const struct node *root, enum node_kind skip) {
  struct strbuf sb = {0};
  struct ast_iter it;
  ast_iter_init(&it, root);
  while (ast_iter_next(&it) != AST_DONE) {
    sb_printf(&sb, "%c%s ", it.event == AST_ENTER ? '+' : '-', ast_kind_name(it.node->kind));
    if (it.event == AST_ENTER && it.node->kind == skip) ast_iter_skip(&it);
  }
  return sb.data;
}

static void walk_order(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p, doc_text, 0);
  struct node *clause = find_node(p.doc->root, N_CLAUSE, 0);
  assert_non_null(clause);
  char *e = events(clause, N_KIND_COUNT);
  assert_string_equal(e, "+clause +text +str -str -text +clause +text +str -str +emph +str -str "
                         "-emph +str -str -text -clause -clause ");
  free(e);
  e = events(clause, N_CLAUSE_TEXT);
  assert_string_equal(e, "+clause +text -text +clause +text -text -clause -clause ");
  free(e);
  /* a leaf is entered and exited, then the walk is done */
  struct node *str = find_node(p.doc->root, N_TEXT, 0);
  e = events(str, N_KIND_COUNT);
  assert_string_equal(e, "+str -str ");
  free(e);
  parsed_free(&p);
}

static void check_valid(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p, doc_text, 1);
  char msg[256];
  assert_int_equal(ast_check(p.doc, msg, sizeof msg), 0);
  parsed_free(&p);
}

static void check_broken(void **state) {
  (void)state;
  struct parsed p;
  char msg[256];

  parsed_init(&p, doc_text, 0);
  struct node *sub = find_node(p.doc->root, N_CLAUSE, 1);
  sub->parent = find_node(p.doc->root, N_SECTION, 1);
  assert_int_equal(ast_check(p.doc, msg, sizeof msg), -1);
  assert_string_equal(msg, "clause node at 7:1: its parent link names another node");
  parsed_free(&p);

  parsed_init(&p, doc_text, 0);
  struct node *section = find_node(p.doc->root, N_SECTION, 0);
  struct node *title = find_node(p.doc->root, N_TITLE, 0);
  ast_unlink(title);
  ast_append(section, title);
  assert_int_equal(ast_check(p.doc, msg, sizeof msg), -1);
  assert_string_equal(msg, "title node at 2:1: may not be inside a section");
  parsed_free(&p);

  parsed_init(&p, doc_text, 0);
  section = find_node(p.doc->root, N_SECTION, 0);
  section->last = section->first;
  assert_int_equal(ast_check(p.doc, msg, sizeof msg), -1);
  assert_string_equal(msg, "section node at 5:1: its last link is not its last child");
  parsed_free(&p);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(walk_order),
      cmocka_unit_test(check_valid),
      cmocka_unit_test(check_broken),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
