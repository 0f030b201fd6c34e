/* The revision marks of resc's own text output, read back by the plain-text import:
 * `resc build -f text` of a text with changes prints CriticMarkup, a wholly inserted or
 * deleted line wrapped whole (`{++3<TAB>to report …++}`), a relettered label as its old
 * and new forms (`{--b--}{++c++})<TAB>…`), and inline marks and comments as they are. */
#include <string.h>

#include "text_revisions.h"

static const char *const opens[] = {"{++", "{--", "{>>"};
static const char *const closes[] = {"++}", "--}", "<<}"};

size_t text_revision_open(const char *s, size_t n, size_t i, size_t *close) {
  if (i >= n || n - i < 6) return 0;
  for (size_t k = 0; k < 3; k++) {
    if (memcmp(s + i, opens[k], 3) != 0) continue;
    /* the matching close on the same line: the text output closes every mark at the end
     * of its line and opens it again on the next */
    for (size_t j = i + 3; j + 3 <= n; j++)
      if (memcmp(s + j, closes[k], 3) == 0) {
        *close = j;
        return 3;
      }
    return 0;
  }
  return 0;
}

enum change text_whole_line(const char *s, size_t n) {
  size_t close;
  for (size_t k = 0; k < 2; k++)
    if (n >= 6 && memcmp(s, opens[k], 3) == 0 && text_revision_open(s, n, 0, &close) &&
        close == n - 3)
      return k == 0 ? CH_INS : CH_DEL;
  return CH_NONE;
}

/* LABEL with the marks of kind DROP removed with their content and those of the other
 * kind removed alone, into OUT; 0 when a mark is not closed. */
static int one_version(const char *label, int drop, char *out, size_t cap) {
  size_t o = 0, n = strlen(label);
  for (size_t i = 0; i < n;) {
    size_t close;
    int k = memcmp(label + i, opens[0], 3) == 0 ? 0 : memcmp(label + i, opens[1], 3) == 0 ? 1 : -1;
    if (k >= 0) {
      if (!text_revision_open(label, n, i, &close)) return 0;
      if (k != drop && o + (close - i - 3) < cap) {
        memcpy(out + o, label + i + 3, close - i - 3);
        o += close - i - 3;
      }
      i = close + 3;
      continue;
    }
    if (o + 1 >= cap) return 0;
    out[o++] = label[i++];
  }
  out[o] = '\0';
  return 1;
}

int text_label_revision(const char *label, char *old_label, char *new_label, size_t cap) {
  if (!strstr(label, "{++") && !strstr(label, "{--")) return 0;
  return one_version(label, 1, new_label, cap) && one_version(label, 0, old_label, cap);
}
