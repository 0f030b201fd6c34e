/* Guessing the encoding of a file that is not UTF-8 (see source_encoding.h). The
 * guesses are the encodings drafters' tools write: UTF-16 (Word's and Notepad's
 * "Unicode"), with a byte-order mark or without one (then every other byte of Latin
 * text is NUL), and the Windows "ANSI" code page 1252, whose bytes 0x80-0x9F are the
 * curly quotes and dashes of Word text; ISO-8859-1 has no characters there. */
#include "source_encoding.h"

#include "strbuf.h"
#include "utf8.h"

/* How many NUL bytes are at even and at odd offsets among the first bytes. */
static void count_nuls(const unsigned char *t, size_t len, size_t *even, size_t *odd) {
  *even = *odd = 0;
  for (size_t i = 0; i < len && i < 4096; i++)
    if (!t[i]) ++*(i % 2 ? odd : even);
}

static void convert_hint(struct strbuf *out, const char *iconv_name) {
  sb_printf(out,
            ": save it as UTF-8 (Save As, Encoding: UTF-8) or convert it with "
            "'iconv -f %s -t UTF-8'",
            iconv_name);
}

void source_encoding_hint(const char *text, size_t len, struct strbuf *out) {
  const unsigned char *t = (const unsigned char *)text;
  size_t even, odd;
  count_nuls(t, len, &even, &odd);
  size_t sample = len < 4096 ? len : 4096;
  int le_bom = len >= 2 && t[0] == 0xFF && t[1] == 0xFE;
  int be_bom = len >= 2 && t[0] == 0xFE && t[1] == 0xFF;
  if (le_bom || be_bom || (sample >= 4 && (odd > sample / 4 || even > sample / 4))) {
    int le = le_bom || (!be_bom && odd > even);
    sb_printf(out, "; the file is probably UTF-16 (%s-endian, %s byte-order mark)",
              le ? "little" : "big", le_bom || be_bom ? "with a" : "without");
    /* with a mark, iconv's "UTF-16" reads the mark and drops it */
    convert_hint(out, le_bom || be_bom ? "UTF-16" : le ? "UTF-16LE" : "UTF-16BE");
    return;
  }
  /* Count what is UTF-8 and what is not, and whether Windows-1252's own bytes occur. */
  size_t multi = 0, bad = 0, c1 = 0;
  for (size_t i = 0; i < len;) {
    unsigned cp;
    size_t n = t[i] < 0x80 ? 1 : utf8_decode(text + i, len - i, &cp);
    if (n == 0) {
      bad++;
      c1 += t[i] >= 0x80 && t[i] <= 0x9F;
      n = 1;
    } else if (n > 1) {
      multi++;
    }
    i += n;
  }
  if (!bad) return;
  if (multi && multi >= bad) {
    sb_adds(out, "; the rest of the file is UTF-8: this byte was probably pasted from a "
                 "text in another encoding; retype the character");
    return;
  }
  if (c1) {
    sb_adds(out, "; the file is probably Windows-1252 (the Windows \"ANSI\" encoding)");
    convert_hint(out, "WINDOWS-1252");
  } else {
    sb_adds(out, "; the file is probably Latin-1 (ISO-8859-1) or Windows-1252");
    convert_hint(out, "LATIN1");
  }
}
