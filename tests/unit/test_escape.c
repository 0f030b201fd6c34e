/* The escaper against a one-byte-at-a-time model: every set, every length up to a few
 * steps of its four-byte scan, a character to escape at every place (alone, twice, at
 * both ends), so that a step that skips one is seen. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "strbuf.h"

/* The model: each byte looked up in its own switch. */
static void model(struct strbuf *sb, const char *s, size_t n, enum escape_set set) {
  for (size_t i = 0; i < n; i++) {
    const char *e = NULL;
    switch (s[i]) {
    case '&': e = "&amp;"; break;
    case '<': e = "&lt;"; break;
    case '>': e = "&gt;"; break;
    case '"': e = set == ESC_HTML_ATTR || set == ESC_XML_ATTR ? "&quot;" : NULL; break;
    case '\r': e = set == ESC_XML_TEXT || set == ESC_XML_ATTR ? "&#13;" : NULL; break;
    case '\n': e = set == ESC_XML_ATTR ? "&#10;" : NULL; break;
    case '\t': e = set == ESC_XML_ATTR ? "&#9;" : NULL; break;
    default: break;
    }
    if (e) sb_adds(sb, e);
    else sb_add(sb, s + i, 1);
  }
}

static void check_one(const char *s, size_t n, enum escape_set set) {
  struct strbuf want = {0}, got = {0};
  model(&want, s, n, set);
  escape_add(&got, s, n, set);
  assert_int_equal(got.len, want.len);
  assert_memory_equal(sb_str(&got), sb_str(&want), want.len);
  char *dst = malloc(ESCAPE_MAX * n + 1);
  assert_non_null(dst);
  size_t k = escape_to(dst, s, n, set);
  assert_int_equal(k, want.len);
  assert_memory_equal(dst, sb_str(&want), want.len);
  free(dst);
  sb_free(&want);
  sb_free(&got);
}

static void every_place(void **state) {
  (void)state;
  const char specials[] = "&<>\"\r\n\t";
  char s[16];
  for (int set = ESC_HTML_TEXT; set <= ESC_XML_ATTR; set++)
    for (size_t n = 0; n <= 13; n++) {
      memset(s, 'a', sizeof s);
      check_one(s, n, set);
      for (size_t c = 0; c < sizeof specials - 1; c++)
        for (size_t i = 0; i < n; i++) {
          memset(s, 'a', sizeof s);
          s[i] = specials[c];
          check_one(s, n, set);
          s[n - 1 - i] = specials[(c + 1) % (sizeof specials - 1)];
          check_one(s, n, set);
        }
    }
}

static void utf8_copied(void **state) {
  (void)state;
  const char *s = "\xc3\xa9t\xc3\xa9 & \xe2\x80\x9cquoted\xe2\x80\x9d <x>";
  check_one(s, strlen(s), ESC_HTML_TEXT);
  struct strbuf got = {0};
  escape_add(&got, s, strlen(s), ESC_HTML_TEXT);
  assert_string_equal(sb_str(&got),
                      "\xc3\xa9t\xc3\xa9 &amp; \xe2\x80\x9cquoted\xe2\x80\x9d &lt;x&gt;");
  sb_free(&got);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(every_place),
      cmocka_unit_test(utf8_copied),
  };
  return cmocka_run_group_tests_name("escape", tests, NULL, NULL);
}
