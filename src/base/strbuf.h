/* Growable byte buffer: the one way the compiler builds strings of unknown length,
 * so that no emitter concatenates in a loop (quadratic on large documents). */
#ifndef RESC_STRBUF_H
#define RESC_STRBUF_H

#include <stddef.h>

struct strbuf {
  char *data; /* always NUL-terminated when non-NULL */
  size_t len, cap;
  /* An output buffer may stream: when it holds at least SPILL_AT bytes and must grow,
   * SPILL takes what it holds (and empties it) instead. Whoever writes into such a
   * buffer only appends and never reads back. */
  void (*spill)(struct strbuf *sb, void *ctx);
  void *spill_ctx;
  size_t spill_at;
};

/* Makes room for EXTRA more bytes (and the NUL) and returns where they go; the caller
 * writes them and then adds to len. For loops that write byte by byte. */
char *sb_reserve(struct strbuf *sb, size_t extra);
void sb_add(struct strbuf *sb, const char *s, size_t n);
void sb_adds(struct strbuf *sb, const char *s);

/* Inline: renderers and the scanner call it for most of the bytes they write. */
static inline void sb_addc(struct strbuf *sb, char c) {
  if (sb->len + 2 > sb->cap) sb_reserve(sb, 1);
  sb->data[sb->len++] = c;
  sb->data[sb->len] = '\0';
}
void sb_printf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_clear(struct strbuf *sb);
void sb_free(struct strbuf *sb);
/* The buffer's text, "" when empty; stays owned by the buffer. */
const char *sb_str(const struct strbuf *sb);

#endif
