/* Growable byte buffer with geometric growth. */
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

static void grow(struct strbuf *sb, size_t extra) {
  if (sb->len + extra + 1 <= sb->cap) return;
  if (sb->spill && sb->len >= sb->spill_at) {
    sb->spill(sb, sb->spill_ctx);
    sb->len = 0;
    if (sb->data) sb->data[0] = '\0';
    if (extra + 1 <= sb->cap) return;
  }
  size_t cap = sb->cap ? sb->cap : 64;
  while (cap < sb->len + extra + 1) cap *= 2;
  sb->data = xrealloc(sb->data, cap);
  sb->cap = cap;
}

void sb_add(struct strbuf *sb, const char *s, size_t n) {
  grow(sb, n);
  if (n) memcpy(sb->data + sb->len, s, n);
  sb->len += n;
  sb->data[sb->len] = '\0';
}

void sb_adds(struct strbuf *sb, const char *s) { sb_add(sb, s, strlen(s)); }

char *sb_reserve(struct strbuf *sb, size_t extra) {
  grow(sb, extra);
  return sb->data + sb->len;
}

void sb_printf(struct strbuf *sb, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0) return;
  grow(sb, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  sb->len += (size_t)n;
}

void sb_clear(struct strbuf *sb) {
  sb->len = 0;
  if (sb->data) sb->data[0] = '\0';
}

void sb_free(struct strbuf *sb) {
  free(sb->data);
  sb->data = NULL;
  sb->len = sb->cap = 0;
}

const char *sb_str(const struct strbuf *sb) { return sb->data ? sb->data : ""; }
