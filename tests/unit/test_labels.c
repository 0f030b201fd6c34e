/* Label computation: formats (letters, past z, roman, numbers, dash), the lone-clause
 * rule, sub-clause kinds, and old/new labels under revision marks. */
#include "support.h"

#include <string.h>

#include "arena.h"
#include "emit_resc.h"
#include "labels.h"
#include "render.h"
#include "strbuf.h"

static void formats(void **state) {
  (void)state;
  struct arena *a = arena_new();
  assert_string_equal(label_format(a, LK_LETTER, 0), "a)");
  assert_string_equal(label_format(a, LK_LETTER, 25), "z)");
  assert_string_equal(label_format(a, LK_LETTER, 26), "aa)");
  assert_string_equal(label_format(a, LK_LETTER, 27), "bb)");
  assert_string_equal(label_format(a, LK_LETTER, 52), "aaa)");
  assert_string_equal(label_format(a, LK_NUMBER, 0), "1");
  assert_string_equal(label_format(a, LK_NUMBER, 11), "12");
  assert_string_equal(label_format(a, LK_ROMAN, 0), "i)");
  assert_string_equal(label_format(a, LK_ROMAN, 3), "iv)");
  assert_string_equal(label_format(a, LK_ROMAN, 8), "ix)");
  assert_string_equal(label_format(a, LK_ROMAN, 13), "xiv)");
  assert_string_equal(label_format(a, LK_DASH, 5), "\xE2\x80\x93");
  /* At the edges of the labels formatted once per process, and past them. */
  assert_string_equal(label_format(a, LK_NUMBER, 998), "999");
  assert_string_equal(label_format(a, LK_NUMBER, 999), "1000");
  assert_string_equal(label_format(a, LK_NUMBER, 1000), "1001");
  assert_string_equal(label_format(a, LK_LETTER, 103), "zzzz)");
  assert_string_equal(label_format(a, LK_LETTER, 104), "105)");
  assert_string_equal(label_format(a, LK_ROMAN, 97), "xcviii)");
  assert_string_equal(label_format(a, LK_ROMAN, 98), "xcix)");
  assert_string_equal(label_format(a, LK_ROMAN, 99), "c)");
  assert_string_equal(label_format(a, LK_ROMAN, 3887), "mmmdccclxxxviii)");
  /* The same label twice is the same text. */
  assert_string_equal(label_format(a, LK_NUMBER, 999), "1000");
  assert_int_equal(label_successor(LK_NUMBER), LK_LETTER);
  assert_int_equal(label_successor(LK_LETTER), LK_ROMAN);
  assert_int_equal(label_successor(LK_ROMAN), LK_DASH);
  arena_free(a);
}

static const char *old_of(struct parsed *p, int nth) {
  return find_node(p->doc->root, N_CLAUSE, nth)->as.clause.old_label;
}
static const char *new_of(struct parsed *p, int nth) {
  return find_node(p->doc->root, N_CLAUSE, nth)->as.clause.new_label;
}

static void sections_and_lone_clause(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p, "considering\n- that one;\n- that two,\n\nresolves\n- to act.\n", 0);
  assert_int_equal(p.errors, 0);
  assert_string_equal(new_of(&p, 0), "a)");
  assert_string_equal(new_of(&p, 1), "b)");
  assert_string_equal(new_of(&p, 2), ""); /* lone clause: no label */
  parsed_free(&p);
}

static void sub_clause_kinds(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p,
              "considering\n- that:\n  - one;\n    - deep;\n      - deeper;\n  - two;\n- that,\n"
              "\nresolves\n- to:\n  - x;\n  - y;\n- to z.\n",
              0);
  assert_int_equal(p.errors, 0);
  assert_string_equal(new_of(&p, 0), "a)");
  assert_string_equal(new_of(&p, 1), "i)");
  assert_string_equal(new_of(&p, 2), "\xE2\x80\x93");
  assert_string_equal(new_of(&p, 3), "\xE2\x80\x93");
  assert_string_equal(new_of(&p, 4), "ii)");
  assert_string_equal(new_of(&p, 5), "b)");
  assert_string_equal(new_of(&p, 6), "1");
  assert_string_equal(new_of(&p, 7), "a)");
  assert_string_equal(new_of(&p, 8), "b)");
  assert_string_equal(new_of(&p, 9), "2");
  parsed_free(&p);
}

/* An explicit first label sets the scheme of a list under a clause or in an annex:
 * roman under a number (PP Res. 21), dashes, bullets; an untyped item then takes the
 * scheme's label. In a section the default stays: i) after h) is a letter. */
static void typed_schemes(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p,
              "resolves\n1 to:\n  i) x;\n  - y;\n2 to:\n  \xE2\x80\xA2 z;\n  - w;\n"
              "3 to:\n  - v;\n  ii) u.\n\n@annex A\n\xE2\x80\x93 one;\n- two.\n",
              0);
  assert_int_equal(p.errors, 0);
  /* The labels of clauses 1 to 10 (clause 8's ii) in second place makes its list roman). */
  static const char *const want[] = {"i)", "ii)", "2",   "\xE2\x80\xA2", "\xE2\x80\xA2",
                                     "3",  "i)",  "ii)", "\xE2\x80\x93", "\xE2\x80\x93"};
  for (int i = 0; i < 10; i++) assert_string_equal(new_of(&p, i + 1), want[i]);
  parsed_free(&p);
  parsed_init(&p,
              "considering\n- a;\n- b;\n- c;\n- d;\n- e;\n- f;\n- g;\n- h;\ni) i,\n"
              "\nresolves\n- to act.\n",
              0);
  assert_string_equal(new_of(&p, 8), "i)");
  assert_int_equal(find_node(p.doc->root, N_CLAUSE, 8)->as.clause.label_kind, LK_LETTER);
  parsed_free(&p);
  parsed_init(&p, "resolves\n- to:\n  - a;\n  - b;\n  - c;\n  - d;\n  v) e.\n", 0);
  assert_string_equal(new_of(&p, 1), "i)"); /* v) fifth: roman */
  parsed_free(&p);
}

/* A stated kind wins over the head word's form, and resc fmt writes it back. */
static void stated_kind(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p, "charged with {operative}\n- to act;\n- to report.\n", 0);
  assert_int_equal(p.errors, 0);
  assert_string_equal(new_of(&p, 0), "1");
  struct strbuf out = {0};
  emit_resc(p.doc, VIEW_MARKUP, &out);
  assert_non_null(strstr(sb_str(&out), "charged with {operative}\n"));
  sb_free(&out);
  parsed_free(&p);
  parsed_init(&p,
              "thanks to the work of {preamble}\n- that one;\n- that two,\n\n"
              "resolves\n- to act.\n",
              0);
  assert_string_equal(new_of(&p, 0), "a)");
  parsed_free(&p);
}

/* How a reference reads in the text and the HTML output: the only clause of a section
 * by its phrase alone (no "noting  above"), an annex clause with its annex. */
static void reference_wording(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p,
              "noting\n- {#n} that one,\n\nresolves\n- to act as {ref n} above and {ref a} say.\n"
              "\n@annex A\n- {#a} one;\n- two, after {ref a}.\n",
              0);
  struct render_opts o = {.view = VIEW_MARKUP};
  struct strbuf out = {0};
  char err[128];
  assert_int_equal(render_text(p.doc, &o, &out, err, sizeof err), 0);
  assert_non_null(strstr(sb_str(&out), "to act as noting above and \xC2\xA7 1 of the annex to this "
                                       "resolution say."));
  assert_non_null(strstr(sb_str(&out), "two, after 1."));
  sb_clear(&out);
  assert_int_equal(render_html(p.doc, &o, &out, err, sizeof err), 0);
  assert_non_null(strstr(sb_str(&out), "<i>noting</i></a> above"));
  assert_non_null(strstr(sb_str(&out), "\">\xC2\xA7 1 of the annex to this resolution</a> say."));
  sb_free(&out);
  parsed_free(&p);
}

/* A clause removed above reletters every clause below it: "kj)" in Resolution 197. */
static void relettering_under_revision(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p,
              "recalling\n- one;\n{--\n- gone;\n--}\n- three;\n{++\n- new;\n++}\n- last,\n"
              "\nresolves\n- to act.\n",
              0);
  assert_int_equal(p.errors, 0);
  assert_string_equal(old_of(&p, 0), "a)");
  assert_string_equal(new_of(&p, 0), "a)");
  assert_string_equal(old_of(&p, 1), "b)");
  assert_null(new_of(&p, 1)); /* deleted: no new label */
  assert_string_equal(old_of(&p, 2), "c)");
  assert_string_equal(new_of(&p, 2), "b)");
  assert_null(old_of(&p, 3)); /* inserted: no old label */
  assert_string_equal(new_of(&p, 3), "c)");
  assert_string_equal(old_of(&p, 4), "d)");
  assert_string_equal(new_of(&p, 4), "d)");
  parsed_free(&p);
}

/* A section that grows from one clause to two gains labels. */
static void lone_clause_gains_label(void **state) {
  (void)state;
  struct parsed p;
  parsed_init(&p, "resolves\n- to act;\n{++\n- to act again.\n++}\n", 0);
  assert_string_equal(old_of(&p, 0), "");
  assert_string_equal(new_of(&p, 0), "1");
  assert_string_equal(new_of(&p, 1), "2");
  parsed_free(&p);
}

static void past_z(void **state) {
  (void)state;
  char text[4096] = "considering\n";
  for (int i = 0; i < 28; i++) strcat(text, "- that;\n");
  strcat(text, "\nresolves\n- to act.\n");
  struct parsed p;
  parsed_init(&p, text, 0);
  assert_string_equal(new_of(&p, 25), "z)");
  assert_string_equal(new_of(&p, 26), "aa)");
  assert_string_equal(new_of(&p, 27), "bb)");
  parsed_free(&p);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(formats),
      cmocka_unit_test(sections_and_lone_clause),
      cmocka_unit_test(sub_clause_kinds),
      cmocka_unit_test(typed_schemes),
      cmocka_unit_test(stated_kind),
      cmocka_unit_test(reference_wording),
      cmocka_unit_test(relettering_under_revision),
      cmocka_unit_test(lone_clause_gains_label),
      cmocka_unit_test(past_z),
  };
  return cmocka_run_group_tests_name("labels", tests, NULL, NULL);
}
