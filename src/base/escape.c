/* escape.h's tables and the two loops that read them. */
#include "escape.h"

#include <stdint.h>
#include <string.h>

#include "strbuf.h"

static const char *const tables[][256] = {
    [ESC_HTML_TEXT] = {['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;"},
    [ESC_HTML_ATTR] = {['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;"},
    [ESC_XML_TEXT] = {['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['\r'] = "&#13;"},
    [ESC_XML_ATTR] = {['&'] = "&amp;",
                      ['<'] = "&lt;",
                      ['>'] = "&gt;",
                      ['"'] = "&quot;",
                      ['\r'] = "&#13;",
                      ['\n'] = "&#10;",
                      ['\t'] = "&#9;"},
};

/* The offset of the first byte of S[FROM..N) that TABLE escapes, or N. Four bytes are
 * tested per step (their table entries or-ed), as the characters to escape are rare in
 * prose: the HTML writer spent twice as long here as in the rest of its text output
 * with one test a byte. */
static size_t next_special(const char *const *table, const char *s, size_t from, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = from;
  while (i + 4 <= n && !((uintptr_t)table[u[i]] | (uintptr_t)table[u[i + 1]] |
                         (uintptr_t)table[u[i + 2]] | (uintptr_t)table[u[i + 3]]))
    i += 4;
  while (i < n && !table[u[i]]) i++;
  return i;
}

void escape_add(struct strbuf *sb, const char *s, size_t n, enum escape_set set) {
  const char *const *table = tables[set];
  size_t start = 0;
  for (size_t i = next_special(table, s, 0, n); i < n; i = next_special(table, s, i + 1, n)) {
    sb_add(sb, s + start, i - start);
    sb_adds(sb, table[(unsigned char)s[i]]);
    start = i + 1;
  }
  sb_add(sb, s + start, n - start);
}

size_t escape_to(char *dst, const char *s, size_t n, enum escape_set set) {
  const char *const *table = tables[set];
  char *p = dst;
  size_t start = 0;
  for (size_t i = next_special(table, s, 0, n); i < n; i = next_special(table, s, i + 1, n)) {
    const char *e = table[(unsigned char)s[i]];
    memcpy(p, s + start, i - start);
    p += i - start;
    size_t k = strlen(e);
    memcpy(p, e, k);
    p += k;
    start = i + 1;
  }
  memcpy(p, s + start, n - start);
  return (size_t)(p - dst) + n - start;
}
