/* The DOCX styles of a document in its language: the document defaults take the
 * language's fonts, sizes and w:lang (ITU's Word files of E.119 in each language,
 * itu-languages.md §11), and for Arabic the Normal style reads right to left (w:bidi),
 * as E.119-A's does. English keeps the built-in styles byte for byte. */
#include "lang.h"

#include <stdio.h>
#include <string.h>

#include "strbuf.h"

/* The text of KEY in L, else FALLBACK. */
static const char *word(const struct lang *l, enum lang_key key, const char *fallback) {
  const struct lang_entry *e = lang_word(l, key);
  return e ? e->text : fallback;
}

int lang_docx_styles(const struct lang *l, const char *styles, struct strbuf *out) {
  if (!l || strcmp(l->code, "en") == 0) return 0;
  const char *latin = word(l, LW_FONT_LATIN, "Times New Roman");
  const char *size = word(l, LW_FONT_SIZE, "24");
  struct strbuf rpr = {0};
  sb_printf(&rpr,
            "<w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/>"
            "<w:sz w:val=\"%s\"/><w:szCs w:val=\"%s\"/>"
            "<w:lang w:val=\"%s\" w:eastAsia=\"%s\" w:bidi=\"%s\"/>",
            latin, latin, word(l, LW_FONT_EAST_ASIAN, latin), word(l, LW_FONT_COMPLEX, latin), size,
            word(l, LW_FONT_SIZE_COMPLEX, size),
            /* Latin text: the language's tag, or English in an Arabic or Chinese text */
            l->script == SCRIPT_LATIN || l->script == SCRIPT_CYRILLIC
                ? word(l, LW_DOCX_LANG, "en-GB")
                : "en-GB",
            l->script == SCRIPT_HAN ? word(l, LW_DOCX_LANG, "zh-CN") : "en-US",
            l->rtl ? word(l, LW_DOCX_LANG, "ar-SA") : "ar-SA");
  /* The document defaults' run properties, w:rFonts to w:lang, are replaced. */
  const char *a = strstr(styles, "<w:rFonts");
  const char *b = a ? strstr(a, "<w:lang") : NULL;
  const char *c = b ? strstr(b, "/>") : NULL;
  if (c) {
    sb_add(out, styles, (size_t)(a - styles));
    sb_add(out, rpr.data, rpr.len);
    sb_adds(out, c + 2);
  }
  sb_free(&rpr);
  if (!c) return 0;
  /* The styles that name the complex-script or East Asian font name the language's. */
  const char *fonts[2][2] = {
      {" w:cs=\"Times New Roman\"", word(l, LW_FONT_COMPLEX, NULL)},
      {" w:eastAsia=\"Times New Roman\"", word(l, LW_FONT_EAST_ASIAN, NULL)}};
  for (int f = 0; f < 2; f++) {
    if (!fonts[f][1]) continue;
    struct strbuf next = {0};
    const char *at, *from = out->data;
    size_t n = strlen(fonts[f][0]);
    while ((at = strstr(from, fonts[f][0]))) {
      sb_add(&next, from, (size_t)(at - from));
      sb_printf(&next, " %s=\"%s\"", f ? "w:eastAsia" : "w:cs", fonts[f][1]);
      from = at + n;
    }
    sb_adds(&next, from);
    sb_clear(out);
    sb_add(out, next.data, next.len);
    sb_free(&next);
  }
  if (l->rtl) { /* Normal right to left: w:bidi between its tabs and its spacing */
    struct strbuf bidi = {0};
    const char *normal = strstr(out->data, "w:styleId=\"Normal\"");
    const char *tabs = normal ? strstr(normal, "</w:tabs>") : NULL;
    if (tabs) {
      size_t at = (size_t)(tabs - out->data) + strlen("</w:tabs>");
      sb_add(&bidi, out->data, at);
      sb_adds(&bidi, "<w:bidi/>");
      sb_adds(&bidi, out->data + at);
      sb_clear(out);
      sb_add(out, bidi.data, bidi.len);
    }
    sb_free(&bidi);
  }
  return 1;
}
