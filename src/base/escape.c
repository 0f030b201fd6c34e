/* escape.h's tables and the two loops that read them. */
#include "escape.h"

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

void escape_add(struct strbuf *sb, const char *s, size_t n, enum escape_set set) {
  const char *const *table = tables[set];
  size_t start = 0;
  for (size_t i = 0; i < n; i++) {
    const char *e = table[(unsigned char)s[i]];
    if (!e) continue;
    sb_add(sb, s + start, i - start);
    sb_adds(sb, e);
    start = i + 1;
  }
  sb_add(sb, s + start, n - start);
}

size_t escape_to(char *dst, const char *s, size_t n, enum escape_set set) {
  const char *const *table = tables[set];
  char *p = dst;
  size_t start = 0;
  for (size_t i = 0; i < n; i++) {
    const char *e = table[(unsigned char)s[i]];
    if (!e) continue;
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
