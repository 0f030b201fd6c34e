/* The diagnostics table and options: -W settings, sorting, and the JSON form. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void rule_table(void **state) {
  (void)state;
  assert_int_equal(diag_rule_lookup("lettering"), DIAG_LETTERING);
  assert_int_equal(diag_rule_lookup("nope"), -1);
  assert_int_equal(diag_rule_default(DIAG_LETTERING), SEV_ERROR);
  assert_int_equal(diag_rule_default(DIAG_SINGLE_LABEL), SEV_WARNING);
}

static void options(void **state) {
  (void)state;
  struct diag_ctx d;
  diag_init(&d);
  assert_int_equal(diag_option(&d, "no-punctuation"), 0);
  assert_int_equal(diag_option(&d, "single-label=error"), 0);
  assert_int_equal(diag_option(&d, "bogus=error"), -1);
  assert_int_equal(diag_option(&d, "lettering=fatal"), -1);
  /* A rule whose id starts with "no-" can still be given a severity. */
  assert_int_equal(diag_option(&d, "no-operative=warning"), 0);
  assert_int_equal(d.override[DIAG_NO_OPERATIVE], SEV_WARNING);
  assert_int_equal(diag_option(&d, "no-no-operative"), 0);
  struct loc l = {1, 1, 1, 1};
  assert_null(diag_report(&d, DIAG_PUNCTUATION, NULL, &l, "x"));
  struct diag *g = diag_report(&d, DIAG_SINGLE_LABEL, NULL, &l, "y");
  assert_int_equal(g->severity, SEV_ERROR);
  diag_free(&d);
  diag_init(&d);
  assert_int_equal(diag_option(&d, "error"), 0);
  g = diag_report(&d, DIAG_UNUSED_NOTE, NULL, &l, "z");
  assert_int_equal(g->severity, SEV_ERROR);
  /* The input band: what was not understood stays an error. */
  assert_int_equal(diag_option(&d, "no-syntax"), DIAG_OPTION_INPUT_BAND);
  assert_int_equal(diag_option(&d, "encoding=warning"), DIAG_OPTION_INPUT_BAND);
  assert_int_equal(diag_option(&d, "directive=error"), 0);
  g = diag_report(&d, DIAG_SYNTAX, NULL, &l, "s");
  assert_int_equal(g->severity, SEV_ERROR);
  diag_free(&d);
}

static void sorting(void **state) {
  (void)state;
  struct diag_ctx d;
  diag_init(&d);
  struct loc a = {5, 2, 5, 2}, b = {1, 9, 1, 9}, c = {5, 1, 5, 1};
  diag_report(&d, DIAG_SYNTAX, NULL, &a, "a");
  diag_report(&d, DIAG_SYNTAX, NULL, &b, "b");
  diag_report(&d, DIAG_SYNTAX, NULL, &c, "c");
  diag_sort(&d);
  assert_string_equal(d.items[0].message, "b");
  assert_string_equal(d.items[1].message, "c");
  assert_string_equal(d.items[2].message, "a");
  diag_free(&d);
}

static void json(void **state) {
  (void)state;
  struct diag_ctx d;
  diag_init(&d);
  struct loc a = {3, 4, 3, 6};
  struct diag *g = diag_report(&d, DIAG_LETTERING, NULL, &a, "say \"b)\"");
  diag_set_fix(g, "c)");
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  diag_print(&d, f, DIAG_JSON, 0);
  fclose(f);
  assert_string_equal(buf, "[\n  {\"file\": \"\", \"line\": 3, \"column\": 4, \"end_line\": 3, "
                           "\"end_column\": 6, \"severity\": \"error\", \"rule\": \"lettering\", "
                           "\"message\": \"say \\\"b)\\\"\", \"fix\": \"c)\"}\n]\n");
  free(buf);
  diag_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(rule_table),
      cmocka_unit_test(options),
      cmocka_unit_test(sorting),
      cmocka_unit_test(json),
  };
  return cmocka_run_group_tests_name("diag", tests, NULL, NULL);
}
