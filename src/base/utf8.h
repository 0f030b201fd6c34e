/* UTF-8 by hand, independent of the locale: messages quote whole characters, cut long
 * lines on character boundaries, and JSON output stays valid UTF-8 whatever it quotes. */
#ifndef RESC_UTF8_H
#define RESC_UTF8_H

#include <stddef.h>

/* Writes code point CP as UTF-8 into OUT (at least 5 bytes, NUL-terminated); returns
 * its length in bytes. */
size_t utf8_encode(unsigned cp, char *out);
/* Decodes the well-formed character at S (N bytes available) into *CP; returns its
 * length, or 0 when S does not start a well-formed character. */
size_t utf8_decode(const char *s, size_t n, unsigned *cp);
/* The length of the character at S (N > 0 bytes available): that of a well-formed
 * character, else 1 (a stray byte counts as one character, in columns and quotes). */
size_t utf8_unit(const char *s, size_t n);
/* The code point of the character that ends at S[LEN - 1] (a lone byte when S is not
 * well-formed there); 0 for LEN 0. */
unsigned utf8_last(const char *s, size_t len);
/* The largest character boundary of S not after byte I. */
size_t utf8_floor(const char *s, size_t i);

#endif
