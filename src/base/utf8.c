/* UTF-8 encoding, decoding and boundaries (see utf8.h). */
#include "utf8.h"

size_t utf8_encode(unsigned cp, char *out) {
  size_t n;
  if (cp < 0x80) {
    out[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  out[n] = '\0';
  return n;
}

size_t utf8_decode(const char *s, size_t n, unsigned *cp) {
  const unsigned char *p = (const unsigned char *)s;
  if (n == 0) return 0;
  if (p[0] < 0x80) {
    *cp = p[0];
    return 1;
  }
  size_t len = p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 ? 2 : 0;
  if (p[0] > 0xF4 || len == 0 || len > n) return 0;
  unsigned v = p[0] & (0x7F >> len);
  for (size_t i = 1; i < len; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    v = v << 6 | (p[i] & 0x3F);
  }
  /* overlong forms, surrogates and code points past U+10FFFF are not UTF-8 */
  static const unsigned least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < least[len] || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) return 0;
  *cp = v;
  return len;
}

size_t utf8_unit(const char *s, size_t n) {
  unsigned cp;
  size_t k = utf8_decode(s, n, &cp);
  return k ? k : 1;
}

unsigned utf8_last(const char *s, size_t len) {
  if (!len) return 0;
  size_t start = utf8_floor(s, len - 1);
  unsigned cp;
  if (utf8_decode(s + start, len - start, &cp) == len - start) return cp;
  return (unsigned char)s[len - 1];
}

size_t utf8_floor(const char *s, size_t i) {
  size_t j = i;
  /* at most three continuation bytes precede a lead byte */
  while (j > 0 && i - j < 3 && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
  return ((unsigned char)s[j] & 0xC0) == 0x80 ? i : j;
}
