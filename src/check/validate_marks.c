/* Checks of two marks that ITU's texts write one way and translators' slips write
 * another (itu-languages.md §10): two apostrophes standing for a quote mark (''victim''
 * in E.119-E, where the other versions write "victim"), and one name written both with
 * a hyphen-minus and with a no-break hyphen (UIT-T and UIT‑T in E.119-F). Read from the
 * source lines, as the script checks are, so that a fix replaces exactly the mark. */
#include "validate.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "lang/lang.h"
#include "source.h"

#define NB_HYPHEN "\xE2\x80\x91" /* U+2011 */

/* The 1-based column of byte OFF of LINE. */
static int column_of(const char *line, size_t off) {
  int col = 1;
  for (size_t i = 0; i < off; i++) col += ((unsigned char)line[i] & 0xC0) != 0x80;
  return col;
}

/* ''word'': each pair of apostrophes that opens or closes a quotation, replaced by the
 * language's quote marks. An apostrophe pair inside a word is left alone. */
static void doubled_apostrophes(const struct document *doc, struct diag_ctx *d) {
  const char *open = lang_text(doc->lang, LW_QUOTE_OPEN, "\""),
             *close = lang_text(doc->lang, LW_QUOTE_CLOSE, "\"");
  for (int ln = 1; (size_t)ln <= doc->src->nlines; ln++) {
    size_t len;
    const char *s = source_line(doc->src, ln, &len);
    if (!s || (len && s[0] == '#')) continue;
    int opened = 0;
    for (size_t i = 0; i + 1 < len; i++) {
      if (s[i] != '\'' || s[i + 1] != '\'') continue;
      int col = column_of(s, i);
      struct loc at = {ln, col, ln, col + 1};
      const char *want = opened ? close : open;
      struct diag *dg = diag_report(d, DIAG_QUOTE_FORM, doc->src, &at,
                                    "two apostrophes ('') %s a quotation: write the quote mark "
                                    "'%s'",
                                    opened ? "close" : "open", want);
      diag_set_fix(dg, want);
      opened = !opened;
      i++;
    }
  }
}

/* One hyphenated name (UIT-T) and how it was first written. */
struct hyphen_name {
  char *key; /* the name with its hyphen left out: "UIT\1T" */
  int nb;    /* written with a no-break hyphen */
  struct loc at;
};

static int word_byte(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (c >= 0x80 && c != 0xE2);
}

/* Every name of letters around a hyphen: the ones written with both hyphens are
 * reported where they differ from their first form. Nothing to do, and no work, when
 * the text has no no-break hyphen. */
static void hyphen_forms(const struct document *doc, struct diag_ctx *d) {
  if (!strstr(doc->src->text, NB_HYPHEN)) return;
  struct hyphen_name *names = NULL;
  size_t n = 0, cap = 0;
  for (int ln = 1; (size_t)ln <= doc->src->nlines; ln++) {
    size_t len;
    const char *s = source_line(doc->src, ln, &len);
    if (!s || (len && s[0] == '#')) continue;
    for (size_t i = 1; i < len; i++) {
      int nb = i + 3 <= len && memcmp(s + i, NB_HYPHEN, 3) == 0;
      if (!nb && s[i] != '-') continue;
      size_t w = nb ? 3 : 1, a = i, b = i + w;
      while (a > 0 && word_byte((unsigned char)s[a - 1])) a--;
      while (b < len && word_byte((unsigned char)s[b])) b++;
      while (a < i && ((unsigned char)s[a] & 0xC0) == 0x80) a++; /* not a mark's tail */
      if (a == i || b == i + w) continue;
      char *key = malloc(b - a + 2);
      if (!key) break;
      memcpy(key, s + a, i - a);
      key[i - a] = '\1';
      memcpy(key + i - a + 1, s + i + w, b - i - w);
      key[(i - a) + 1 + (b - i - w)] = '\0';
      int col = column_of(s, i);
      struct loc at = {ln, col, ln, col};
      size_t k = 0;
      while (k < n && strcmp(names[k].key, key) != 0) k++;
      if (k < n) {
        free(key);
        if (names[k].nb != nb) {
          struct diag *dg = diag_report(
              d, DIAG_HYPHEN_FORM, doc->src, &at,
              "'%.*s' is written with a %s here, with a %s before: write one form", (int)(b - a),
              s + a, nb ? "no-break hyphen (U+2011)" : "hyphen-minus",
              nb ? "hyphen-minus" : "no-break hyphen (U+2011)");
          diag_note(dg, &names[k].at, "the first form");
          diag_set_fix(dg, names[k].nb ? NB_HYPHEN : "-");
        }
      } else {
        if (n == cap) {
          cap = cap ? 2 * cap : 16;
          struct hyphen_name *more = realloc(names, cap * sizeof *names);
          if (!more) {
            free(key);
            break;
          }
          names = more;
        }
        names[n++] = (struct hyphen_name){key, nb, at};
      }
      i = b - 1;
    }
  }
  for (size_t k = 0; k < n; k++) free(names[k].key);
  free(names);
}

void validate_marks(const struct document *doc, struct diag_ctx *d) {
  if (!doc->src || !doc->src->text) return;
  doubled_apostrophes(doc, d);
  hyphen_forms(doc, d);
}
