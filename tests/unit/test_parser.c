/* The parser and tree builder: the shape of the tree, and syntax and structure errors
 * reported with their exact text and position. */
#include "support.h"

#include <stdlib.h>
#include <string.h>

static void expect_diags(const char *text, const char *want) {
  struct parsed p;
  parsed_init(&p, text, 0);
  char *got = diag_lines(&p.diags);
  assert_string_equal(got, want);
  free(got);
  parsed_free(&p);
}

static void tree_shape(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p,
              "@proposal MOD RCC/43A1/1\n@resolution 98 (Rev. Geneva, 2022)\n@title T\n"
              "@assembly The Assembly,\n\nconsidering\n- {#a} that x;\n- that y,\n\n"
              "resolves\n- to see {ref a}[^n].\n\n[^n]: A note.\n@reasons Clarity.\n",
              0);
  assert_int_equal(p.errors, 0);
  struct node *prop = find_node(p.doc->root, N_PROPOSAL, 0);
  assert_non_null(prop);
  assert_string_equal(prop->str, "MOD");
  assert_string_equal(prop->str2, "RCC/43A1/1");
  struct node *res = find_node(p.doc->root, N_RESOLUTION, 0);
  assert_ptr_equal(res->parent, prop);
  assert_non_null(find_node(prop, N_REASONS, 0));
  struct node *c = find_node(p.doc->root, N_CLAUSE, 0);
  assert_string_equal(c->as.clause.anchor, "a");
  assert_string_equal(c->first->first->str, "that x;");
  assert_non_null(find_node(p.doc->root, N_REF, 0));
  assert_non_null(find_node(p.doc->footnotes, N_FOOTNOTE_DEF, 0));
  parsed_free(&p);
}

static void continuation_and_breaks(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p, "@title First  line \\\n   second\tline\n  third\n", 0);
  struct node *t = find_node(p.doc->root, N_TITLE, 0);
  assert_string_equal(t->first->str, "First line");
  assert_int_equal(t->first->next->kind, N_BREAK);
  assert_string_equal(t->first->next->next->str, "second line third");
  parsed_free(&p);
}

static void crlf_and_bom(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p, "\xEF\xBB\xBFresolves\r\n- to act.\r\n", 0);
  assert_int_equal(p.errors, 0);
  assert_string_equal(find_node(p.doc->root, N_CLAUSE_TEXT, 0)->first->str, "to act.");
  parsed_free(&p);
}

static void unterminated_inline_mark(void **state) {
  (void)state;
  expect_diags("resolves\n- to {++act.\n- to go.\n",
               "2:6: error: unterminated '{++': no '++}' before the end of the block [syntax]\n");
}

static void unterminated_mark_across_lines(void **state) {
  (void)state;
  expect_diags("resolves\n- to {--act\n  more.\n\n",
               "2:6: error: unterminated '{--': no '--}' before the end of the block [syntax]\n");
}

static void stray_closer(void **state) {
  (void)state;
  expect_diags("resolves\n- to act++}.\n", "2:9: error: '++}' closes nothing [syntax]\n");
}

static void continuation_after_blank(void **state) {
  (void)state;
  expect_diags(
      "resolves\n- to act.\n\n  more\n",
      "4:1: error: indented line continues nothing (a blank line ends a block) [syntax]\n");
}

/* One run reports every syntax error, not just the first. */
static void recovery(void **state) {
  (void)state;
  expect_diags("resolves\n- a ++} b;\n- c {-- d;\n- e <<} f.\n",
               "2:5: error: '++}' closes nothing [syntax]\n"
               "3:5: error: unterminated '{--': no '--}' before the end of the block [syntax]\n"
               "4:5: error: '<<}' closes nothing [syntax]\n");
}

static void structure_errors(void **state) {
  (void)state;
  expect_diags("- lost clause;\nresolves\n- to act.\n@title Late\n@reasons Why\n",
               "1:1: error: clause outside a section: a section heading (such as 'considering') "
               "comes first [structure]\n"
               "4:1: error: @title after the first section: header lines come before the body "
               "[structure]\n"
               "5:1: error: @reasons outside a proposal: it closes an @proposal [structure]\n");
}

static void directives(void **state) {
  (void)state;
  expect_diags(
      "@resolutoin 5\n@proposal CHANGE X/1\n@proposal MOD\n",
      "1:1: error: unknown directive '@resolutoin'; did you mean '@resolution'? [directive]\n"
      "2:1: error: @proposal needs an action (ADD, MOD, SUP or NOC) and an identifier "
      "[directive]\n"
      "3:1: error: @proposal needs an identifier after its action [directive]\n");
}

static void block_revisions(void **state) {
  (void)state;
  expect_diags("resolves\n{++\n- a;\n{--\n- b.\n",
               "2:1: error: unterminated '{++' block: no '++}' line follows [syntax]\n"
               "4:1: error: '{--' inside a block revision that is still open [syntax]\n");
}

static void anchors_misplaced_and_duplicate(void **state) {
  (void)state;
  expect_diags("resolves\n- {#a} to x;\n- to {#b} y;\n- {#a} to z.\n",
               "3:6: error: a clause id '{#...}' may only start a clause [syntax]\n"
               "4:3: error: clause id 'a' is used twice [reference]\n");
}

/* A reference broken over two lines was once silently kept as text. */
static void split_reference(void **state) {
  (void)state;
  expect_diags("resolves\n- to see {ref\n  x} above.\n",
               "2:10: error: '{ref' must be closed by '}' on the same line, around one id "
               "[syntax]\n");
}

static void invalid_utf8(void **state) {
  (void)state;
  expect_diags("resolves\n- to \xC3\xA9t\xFF.\n",
               "2:8: error: invalid UTF-8 byte 0xFF at byte offset 17; the rest of the file is "
               "UTF-8: this byte was probably pasted from a text in another encoding; retype "
               "the character [encoding]\n");
}

static void nul_byte(void **state) {
  (void)state;
  struct parsed p;
  memset(&p, 0, sizeof p);
  diag_init(&p.diags);
  int rc = source_load_mem(&p.src, "t.resc", "ab\0c\n", 5, &p.diags);
  assert_int_equal(rc, 1);
  char *got = diag_lines(&p.diags);
  assert_string_equal(got, "1:3: error: NUL byte in the input [encoding]\n");
  free(got);
  source_free(&p.src);
  diag_free(&p.diags);
}

/* Where the script checks start: the first letter beyond Latin (not é, not the no-break
 * hyphen of ITU‑T), the length for a Latin text, 0 when the bytes were refused. */
static void first_non_latin(void **state) {
  (void)state;
  static const struct {
    const char *text;
    size_t want;
  } cases[] = {
      {"resolves\n- ITU\xE2\x80\x91T \xC3\xA9t\xC3\xA9;\n", 26},
      {"resolves\n- ITU\xE2\x80\x91T \xC3\xA9\n- \xD0\xB0) x \xE5\x9B\xBD\n", 24},
      {"\xCE\xB1\n", 0},
      {"- \xE4\xBF\xAE;\n", 2},
      {"a\xFF \xD0\xB0\n", 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    struct source src;
    struct diag_ctx d;
    diag_init(&d);
    source_load_mem(&src, "t.resc", cases[i].text, strlen(cases[i].text), &d);
    assert_int_equal(src.first_non_latin, cases[i].want);
    source_free(&src);
    diag_free(&d);
  }
}

/* Runs of prose with the marks' first characters inside them ('-', '~', '<', '+') and
 * letters of two and three bytes: one text, and the columns of what follows it. */
static void prose_runs(void **state) {
  (void)state;
  expect_diags("resolves\n- to see well-known e-health, a~b, x -y <z +w \xC3\xA9-\xD1\x86 a--b ~c "
               "~~d < - + ~ --}\n  more *em* and  \xC3\xA9\xE2\x80\x91T~>x, {ref q\n",
               "2:71: error: '--}' closes nothing [syntax]\n"
               "3:26: error: '{ref' must be closed by '}' on the same line, around one id "
               "[syntax]\n");
  struct parsed p;
  parsed_init(&p,
              "resolves\n- to see well-known e-health, a~b, x -y <z +w \xC3\xA9-\xD1\x86 a--b ~c "
              "~~d < - + ~ x\n  more  \xC3\xA9\xE2\x80\x91T~>x, <<x.\n",
              0);
  assert_int_equal(p.errors, 0);
  const struct node *t = find_node(p.doc->root, N_CLAUSE_TEXT, 0);
  assert_non_null(t);
  assert_non_null(t->first);
  assert_int_equal(t->first->kind, N_TEXT);
  assert_null(t->first->next);
  assert_string_equal(t->first->str, "to see well-known e-health, a~b, x -y <z +w \xC3\xA9-\xD1\x86 "
                                     "a--b ~c ~~d < - + ~ x more \xC3\xA9\xE2\x80\x91T~>x, <<x.");
  assert_int_equal(t->first->loc.first_line, 2);
  assert_int_equal(t->first->loc.first_column, 3);
  assert_int_equal(t->first->loc.last_line, 3);
  assert_int_equal(t->first->loc.last_column, 20);
  parsed_free(&p);
}

/* Control characters are not text (and fmt uses two of them internally). */
static void control_character(void **state) {
  (void)state;
  expect_diags("resolves\n- to act\x01 now.\n",
               "2:9: error: control character U+0001 in the input (only tab and newline are "
               "text) [encoding]\n");
}

static void empty_file(void **state) {
  (void)state;
  expect_diags("", "");
}

/* 20 000 nested marks: one diagnostic, no crash, no deep recursion. */
static void deep_nesting(void **state) {
  (void)state;
  size_t n = 20000;
  char *text = malloc(n * 6 + 32);
  strcpy(text, "@assembly A,\n\nresolves\n- ");
  size_t k = strlen(text);
  for (size_t i = 0; i < n; i++) memcpy(text + k + 3 * i, "{++", 3);
  k += 3 * n;
  text[k++] = 'x';
  for (size_t i = 0; i < n; i++) memcpy(text + k + 3 * i, "++}", 3);
  k += 3 * n;
  strcpy(text + k, ".\n");
  struct parsed p;
  parsed_init(&p, text, 1);
  char *got = diag_lines(&p.diags);
  assert_string_equal(got, "4:195: error: inline marks nested more than 64 deep [limit]\n");
  free(got);
  parsed_free(&p);
  free(text);
}

/* A 1 MB paragraph compiles; a line past the limit is reported, not attempted. */
static void long_lines(void **state) {
  (void)state;
  size_t n = 1000000;
  char *text = malloc(n + 64);
  strcpy(text, "@assembly A,\n\nresolves\n- ");
  size_t k = strlen(text);
  for (size_t i = 0; i < n; i++) text[k + i] = i % 7 == 6 ? ' ' : 'x';
  strcpy(text + k + n, ".\n");
  struct parsed p;
  parsed_init(&p, text, 1);
  assert_int_equal(p.diags.n, 0);
  parsed_free(&p);
  free(text);
  n = 5u << 20;
  text = malloc(n + 64);
  memset(text, 'x', n);
  strcpy(text + n, "\n");
  parsed_init(&p, text, 1);
  char *got = diag_lines(&p.diags);
  assert_string_equal(got, "1:1: error: line longer than 4 MiB [limit]\n");
  free(got);
  parsed_free(&p);
  free(text);
}

static void many_clauses(void **state) {
  (void)state;
  size_t n = 100000;
  char *text = malloc(n * 8 + 64);
  strcpy(text, "resolves\n");
  for (size_t i = 0; i < n; i++) strcat(text + 9 + i * 8, "- to x;\n");
  strcat(text, "- to y.\n");
  struct parsed p;
  parsed_init(&p, text, 1);
  assert_int_equal(p.errors, 0);
  struct node *sec = find_node(p.doc->root, N_SECTION, 0);
  assert_string_equal(sec->last->as.clause.new_label, "100001");
  parsed_free(&p);
  free(text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(tree_shape),
      cmocka_unit_test(continuation_and_breaks),
      cmocka_unit_test(crlf_and_bom),
      cmocka_unit_test(unterminated_inline_mark),
      cmocka_unit_test(unterminated_mark_across_lines),
      cmocka_unit_test(stray_closer),
      cmocka_unit_test(continuation_after_blank),
      cmocka_unit_test(recovery),
      cmocka_unit_test(structure_errors),
      cmocka_unit_test(directives),
      cmocka_unit_test(block_revisions),
      cmocka_unit_test(anchors_misplaced_and_duplicate),
      cmocka_unit_test(split_reference),
      cmocka_unit_test(invalid_utf8),
      cmocka_unit_test(nul_byte),
      cmocka_unit_test(control_character),
      cmocka_unit_test(first_non_latin),
      cmocka_unit_test(prose_runs),
      cmocka_unit_test(empty_file),
      cmocka_unit_test(deep_nesting),
      cmocka_unit_test(long_lines),
      cmocka_unit_test(many_clauses),
  };
  return cmocka_run_group_tests_name("parser", tests, NULL, NULL);
}
