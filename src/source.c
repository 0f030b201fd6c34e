/* Loading a source file: the only place that touches raw input bytes. Everything
 * downstream may assume valid UTF-8, no NUL, no CR before LF, and a final newline. */
#include "source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"

/* Length of the valid UTF-8 sequence at p (1..4), or 0 when the bytes are not one. */
static size_t utf8_valid(const unsigned char *p, size_t avail) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  size_t n;
  unsigned min;
  unsigned cp;
  if (c >= 0xC2 && c <= 0xDF) n = 2, min = 0x80, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, min = 0x800, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, min = 0x10000, cp = c & 0x07;
  else return 0;
  if (avail < n) return 0;
  for (size_t i = 1; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

static void index_lines(struct source *s) {
  size_t n = 0;
  for (size_t i = 0; i < s->len; i++) n += s->text[i] == '\n';
  s->line_start = xmalloc((n + 1) * sizeof *s->line_start);
  s->line_start[0] = 0;
  size_t k = 1;
  for (size_t i = 0; i < s->len; i++)
    if (s->text[i] == '\n' && i + 1 < s->len) s->line_start[k++] = i + 1;
  s->nlines = k;
}

/* Column (1-based, in characters) of byte offset OFF within its line. */
static void position(const struct source *s, size_t off, struct loc *loc) {
  size_t lo = 0, hi = s->nlines;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (s->line_start[mid] <= off) lo = mid;
    else hi = mid;
  }
  int col = 1;
  for (size_t i = s->line_start[lo]; i < off; i++)
    if (((unsigned char)s->text[i] & 0xC0) != 0x80) col++;
  loc->first_line = loc->last_line = (int)lo + 1;
  loc->first_column = loc->last_column = col;
}

int source_load_mem(struct source *s, const char *name, const char *data, size_t len,
                    struct diag_ctx *diags) {
  memset(s, 0, sizeof *s);
  s->name = xstrdup(name);
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) data += 3, len -= 3;
  s->text = xmalloc(len + 3);
  size_t k = 0;
  for (size_t i = 0; i < len; i++) {
    if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n') continue;
    s->text[k++] = data[i];
  }
  if (k == 0 || s->text[k - 1] != '\n') s->text[k++] = '\n';
  s->text[k] = s->text[k + 1] = '\0';
  s->len = k;
  index_lines(s);

  for (size_t l = 0; l < s->nlines; l++) {
    size_t end = l + 1 < s->nlines ? s->line_start[l + 1] : s->len;
    if (end - s->line_start[l] > SOURCE_MAX_LINE) {
      struct loc loc = {(int)l + 1, 1, (int)l + 1, 1};
      diag_report(diags, DIAG_LIMIT, s, &loc, "line longer than %zu MiB", SOURCE_MAX_LINE >> 20);
      return 1;
    }
  }

  /* Report the first bad byte only: past it the rest of the text is unreliable. */
  const unsigned char *t = (const unsigned char *)s->text;
  for (size_t i = 0; i < s->len;) {
    struct loc loc;
    if (t[i] == 0) {
      position(s, i, &loc);
      diag_report(diags, DIAG_ENCODING, s, &loc, "NUL byte in the input");
      return 1;
    }
    if (t[i] < 0x20 && t[i] != '\n' && t[i] != '\t') {
      position(s, i, &loc);
      diag_report(diags, DIAG_ENCODING, s, &loc,
                  "control character U+%04X in the input (only tab and newline are text)", t[i]);
      return 1;
    }
    size_t n = utf8_valid(t + i, s->len - i);
    if (n == 0) {
      position(s, i, &loc);
      diag_report(diags, DIAG_ENCODING, s, &loc,
                  "invalid UTF-8 byte 0x%02X at byte offset %zu", t[i], i);
      return 1;
    }
    i += n;
  }
  return 0;
}

int source_load(struct source *s, const char *path, struct diag_ctx *diags) {
  int is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  memset(s, 0, sizeof *s);
  if (!f) {
    diag_file(diags, DIAG_IO, path, "cannot open: %s", strerror(errno));
    return 2;
  }
  size_t cap = 1 << 16, len = 0;
  char *buf = xmalloc(cap);
  for (;;) {
    if (len == cap) {
      if (cap >= SOURCE_MAX_BYTES) {
        diag_file(diags, DIAG_LIMIT, is_stdin ? "<stdin>" : path,
                  "input larger than %zu MiB", SOURCE_MAX_BYTES >> 20);
        free(buf);
        if (!is_stdin) fclose(f);
        return 1;
      }
      cap *= 2;
      buf = xrealloc(buf, cap);
    }
    size_t got = fread(buf + len, 1, cap - len, f);
    len += got;
    if (got == 0) break;
  }
  int err = ferror(f);
  int saved = errno;
  if (!is_stdin) fclose(f);
  if (err) {
    diag_file(diags, DIAG_IO, path, "cannot read: %s", strerror(saved));
    free(buf);
    return 2;
  }
  int rc = source_load_mem(s, is_stdin ? "<stdin>" : path, buf, len, diags);
  free(buf);
  return rc;
}

void source_free(struct source *s) {
  free(s->name);
  free(s->text);
  free(s->line_start);
  memset(s, 0, sizeof *s);
}

const char *source_line(const struct source *s, int line, size_t *len) {
  if (!s->text || line < 1 || (size_t)line > s->nlines) return NULL;
  size_t start = s->line_start[line - 1];
  size_t end = start;
  while (end < s->len && s->text[end] != '\n') end++;
  *len = end - start;
  return s->text + start;
}
