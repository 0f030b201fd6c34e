/* Loading a source file: the only place that touches raw input bytes. Everything
 * downstream may assume valid UTF-8, no NUL, no CR before LF, and a final newline. */
#include "source.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"
#include "diag.h"
#include "source_encoding.h"
#include "strbuf.h"
#include "utf8.h"

/* The line index is built while the bytes are checked (check_bytes) and, past a bad
 * byte, by index_rest: the array grown by doubling. */
static void add_line(struct source *s, size_t *cap, size_t off) {
  if (s->nlines == *cap) s->line_start = xrealloc(s->line_start, (*cap *= 2) * sizeof *s->line_start);
  s->line_start[s->nlines++] = off;
}

/* Indexes the lines that start after byte FROM, one memchr a line. */
static void index_rest(struct source *s, size_t *cap, size_t from) {
  const char *end = s->text + s->len;
  for (const char *p = s->text + from; (p = memchr(p, '\n', (size_t)(end - p))) && p + 1 < end; p++)
    add_line(s, cap, (size_t)(p + 1 - s->text));
}

/* Column (1-based, in characters) of byte offset OFF within its line. */
static void position(const struct source *s, size_t off, struct loc *loc) {
  size_t lo = 0, hi = s->nlines;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (s->line_start[mid] <= off) lo = mid;
    else hi = mid;
  }
  /* A stray byte of another encoding counts as one character, as quotes show it. */
  int col = 1;
  for (size_t i = s->line_start[lo]; i < off; i += utf8_unit(s->text + i, s->len - i)) col++;
  loc->first_line = loc->last_line = (int)lo + 1;
  loc->first_column = loc->last_column = col;
}

/* Checks the text (NUL, control characters, UTF-8) up to the first bad byte, whose
 * offset it returns (len when there is none): past it the rest of the text is
 * unreliable. Indexes the lines on the way (the newlines are the bytes it stops at).
 * ASCII is checked eight bytes at a time, since nearly all of a resolution is ASCII. */
static size_t check_bytes(struct source *s, size_t *cap) {
  const unsigned char *t = (const unsigned char *)s->text;
  size_t i = 0, len = s->len, non_latin = len;
  int tab = 0;
  while (i < len) {
    if (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, t + i, 8);
      /* No byte >= 0x80 and none below 0x20: adding 0x60 to every byte carries into
       * bit 7 exactly for bytes >= 0x20 (when no byte has bit 7 set already). */
      if (!(w & 0x8080808080808080ull) &&
          ((w + 0x6060606060606060ull) & 0x8080808080808080ull) == 0x8080808080808080ull) {
        i += 8;
        continue;
      }
      /* Straight to the byte that failed the test (a newline, most often), so that the
       * words after it are tested whole again. The lowest byte the test flags is the
       * first bad one: a carry out of a byte comes only from a byte with bit 7 set. */
#if defined __GNUC__ && defined __BYTE_ORDER__ && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      uint64_t bad = (w | ~(w + 0x6060606060606060ull)) & 0x8080808080808080ull;
      i += (size_t)__builtin_ctzll(bad) / 8;
#else
      while (t[i] >= 0x20 && t[i] < 0x80) i++;
#endif
    }
    if (t[i] == '\n') {
      if (i + 1 < len) add_line(s, cap, i + 1);
      i++;
      continue;
    }
    if (t[i] < 0x20 && t[i] != '\t') return i;
    if (t[i] < 0x80) {
      tab |= t[i] == '\t';
      i++;
      continue;
    }
    unsigned cp;
    size_t n = utf8_decode(s->text + i, len - i, &cp);
    if (n == 0) return i;
    if (non_latin == len && ((t[i] >= 0xCD && t[i] <= 0xDF) || t[i] >= 0xE3)) non_latin = i;
    i += n;
  }
  s->first_non_latin = non_latin;
  s->tab_free = !tab;
  return len;
}

/* Reports the bad byte at offset I that check_bytes stopped at. */
static void report_byte(const struct source *s, size_t i, struct diag_ctx *diags) {
  const unsigned char *t = (const unsigned char *)s->text;
  struct loc loc;
  position(s, i, &loc);
  struct strbuf hint = {0};
  if (t[i] == 0) {
    source_encoding_hint(s->text, s->len, &hint);
    diag_report(diags, DIAG_ENCODING, s, &loc, "NUL byte in the input%s", sb_str(&hint));
  } else if (t[i] < 0x20) {
    diag_report(diags, DIAG_ENCODING, s, &loc,
                "control character U+%04X in the input (only tab and newline are text)", t[i]);
  } else {
    source_encoding_hint(s->text, s->len, &hint);
    diag_report(diags, DIAG_ENCODING, s, &loc, "invalid UTF-8 byte 0x%02X at byte offset %zu%s",
                t[i], i, sb_str(&hint));
  }
  sb_free(&hint);
}

/* Normalizes BUF (LEN bytes, room for LEN + 3) in place and takes it over: the text is
 * never copied, which matters at the size of a conference's collected resolutions. */
static int source_adopt(struct source *s, const char *name, char *buf, size_t len,
                        struct diag_ctx *diags) {
  memset(s, 0, sizeof *s);
  s->name = xstrdup(name);
  size_t skip = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  size_t k = 0;
  const char *cr = memchr(buf + skip, '\r', len - skip);
  if (!cr) {
    k = len - skip;
    if (skip) memmove(buf, buf + skip, k);
  } else {
    for (size_t i = skip; i < len; i++) {
      if (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n') continue;
      buf[k++] = buf[i];
    }
  }
  s->text = buf;
  s->dropped_bytes = k != len;
  if (k == 0 || s->text[k - 1] != '\n') {
    s->text[k++] = '\n';
    s->added_newline = 1;
  }
  s->text[k] = s->text[k + 1] = '\0';
  s->len = k;
  size_t cap = 64;
  s->line_start = xmalloc(cap * sizeof *s->line_start);
  s->line_start[0] = 0;
  s->nlines = 1;
  size_t bad = check_bytes(s, &cap);
  if (bad < s->len) index_rest(s, &cap, bad);

  for (size_t l = 0; l < s->nlines; l++) {
    size_t end = l + 1 < s->nlines ? s->line_start[l + 1] : s->len;
    if (end - s->line_start[l] > SOURCE_MAX_LINE) {
      struct loc loc = {(int)l + 1, 1, (int)l + 1, 1};
      diag_report(diags, DIAG_LIMIT, s, &loc, "line longer than %zu MiB", SOURCE_MAX_LINE >> 20);
      return 1;
    }
  }
  if (bad == s->len) return 0;
  report_byte(s, bad, diags);
  return 1;
}

int source_load_mem(struct source *s, const char *name, const char *data, size_t len,
                    struct diag_ctx *diags) {
  char *buf = xmalloc(len + 3);
  memcpy(buf, data, len);
  return source_adopt(s, name, buf, len, diags);
}

int source_load(struct source *s, const char *path, struct diag_ctx *diags) {
  int is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  memset(s, 0, sizeof *s);
  if (!f) {
    diag_file(diags, DIAG_IO, path, "cannot open: %s", strerror(errno));
    return 2;
  }
  /* A regular file is read into a buffer of its size at once; a pipe in doubling steps. */
  struct stat st;
  size_t cap = 1 << 16, len = 0;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
      (size_t)st.st_size <= SOURCE_MAX_BYTES)
    cap = (size_t)st.st_size + 1;
  char *buf = xmalloc(cap + 3);
  for (;;) {
    if (len == cap) {
      if (cap >= SOURCE_MAX_BYTES) {
        diag_file(diags, DIAG_LIMIT, is_stdin ? "<stdin>" : path, "input larger than %zu MiB",
                  SOURCE_MAX_BYTES >> 20);
        free(buf);
        if (!is_stdin) fclose(f);
        return 1;
      }
      cap = cap * 2 > SOURCE_MAX_BYTES ? SOURCE_MAX_BYTES : cap * 2;
      buf = xrealloc(buf, cap + 3);
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
  return source_adopt(s, is_stdin ? "<stdin>" : path, buf, len, diags);
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
  /* the next line starts after this one's '\n'; the last line ends at a '\n' or the end */
  size_t end = (size_t)line < s->nlines ? s->line_start[line] - 1 : s->len;
  if ((size_t)line == s->nlines) {
    const char *nl = memchr(s->text + start, '\n', s->len - start);
    if (nl) end = (size_t)(nl - s->text);
  }
  *len = end - start;
  return s->text + start;
}
