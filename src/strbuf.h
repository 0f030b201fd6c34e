/* Growable byte buffer: the one way the compiler builds strings of unknown length,
 * so that no emitter concatenates in a loop (quadratic on large documents). */
#ifndef RESC_STRBUF_H
#define RESC_STRBUF_H

#include <stddef.h>

struct strbuf {
  char *data; /* always NUL-terminated when non-NULL */
  size_t len, cap;
};

void sb_add(struct strbuf *sb, const char *s, size_t n);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addc(struct strbuf *sb, char c);
void sb_printf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_clear(struct strbuf *sb);
void sb_free(struct strbuf *sb);
/* The buffer's text, "" when empty; stays owned by the buffer. */
const char *sb_str(const struct strbuf *sb);

#endif
