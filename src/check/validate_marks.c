/* Checks of two marks that ITU's texts write one way and translators' slips write
 * another (itu-languages.md §10): two apostrophes standing for a quote mark (''victim''
 * in E.119-E, where the other versions write "victim"), and one name written both with
 * a hyphen-minus and with a no-break hyphen (UIT-T and UIT‑T in E.119-F). Read from the
 * source lines, as the script checks are, so that a fix replaces exactly the mark. */
#include "validate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "lang/lang.h"
#include "source.h"
#include "strmap.h"

#define NB_HYPHEN "\xE2\x80\x91" /* U+2011 */

/* The 1-based column of byte OFF of LINE. */
static int column_of(const char *line, size_t off) {
  int col = 1;
  for (size_t i = 0; i < off; i++) col += ((unsigned char)line[i] & 0xC0) != 0x80;
  return col;
}

/* Whether S[0..N) holds the byte C twice in a row: a memchr a C, so that a text with
 * none costs next to nothing. */
static int has_pair(const char *s, size_t n, char c) {
  for (const char *p; n > 1 && (p = memchr(s, c, n - 1)); n -= (size_t)(p + 1 - s), s = p + 1)
    if (p[1] == c) return 1;
  return 0;
}

/* ''word'': each pair of apostrophes that opens or closes a quotation, replaced by the
 * language's quote marks. An apostrophe pair inside a word is left alone. */
static void doubled_apostrophes(const struct document *doc, struct diag_ctx *d) {
  if (!has_pair(doc->src->text, doc->src->len, '\'')) return; /* the usual case */
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
  int line;  /* where: its line, and the byte of its hyphen on it (a column is counted */
  size_t off; /* only for a report) */
};

/* The names met so far, looked up by key: a document names hundreds of them. */
struct hyphen_names {
  struct hyphen_name *list;
  size_t n, cap;
  struct strmap *index; /* key -> 1 + its place in list */
};

/* The first form of KEY, or NULL after recording this one (KEY is then owned by NAMES;
 * freed otherwise). */
static const struct hyphen_name *first_form(struct hyphen_names *names, char *key, int nb,
                                            int line, size_t off) {
  size_t k = (size_t)(uintptr_t)strmap_get(names->index, key);
  if (k) {
    free(key);
    return &names->list[k - 1];
  }
  if (names->n == names->cap) {
    size_t cap = names->cap ? 2 * names->cap : 16;
    struct hyphen_name *more = realloc(names->list, cap * sizeof *more);
    if (!more) {
      free(key);
      return NULL;
    }
    names->list = more;
    names->cap = cap;
  }
  names->list[names->n++] = (struct hyphen_name){key, nb, line, off};
  strmap_put(names->index, key, (void *)(uintptr_t)names->n);
  return NULL;
}

static int word_byte(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (c >= 0x80 && c != 0xE2);
}

/* Whether the part before a hyphen reads as a name's (UIT, ITU, МСЭ, IMT): no small
 * Latin letter. ITU's own texts write common words both ways (vice-chairman and
 * vice‑chairman in WTSA Res. 1), as line breaks fell; a name they write one way. */
static int name_like(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 'a' && s[i] <= 'z') return 0;
  return 1;
}

/* The place of the next '-' or 0xE2 byte of S[0..LEN) from FROM on, or 0 when there is
 * none; *DASH and *E2 keep the next of each found so far, so that each byte is looked at
 * once by memchr rather than one by one. */
static size_t next_hyphen(const char *s, size_t len, size_t from, const char **dash,
                          const char **e2) {
  if (from >= len) return 0;
  if (*dash != s + len && (!*dash || *dash < s + from)) {
    *dash = memchr(s + from, '-', len - from);
    if (!*dash) *dash = s + len;
  }
  if (*e2 != s + len && (!*e2 || *e2 < s + from)) {
    *e2 = memchr(s + from, NB_HYPHEN[0], len - from);
    if (!*e2) *e2 = s + len;
  }
  const char *p = *dash < *e2 ? *dash : *e2;
  return p == s + len ? 0 : (size_t)(p - s);
}

/* Every name of letters around a hyphen: the ones written with both hyphens are
 * reported where they differ from their first form. Nothing to do, and no work, when
 * the text has no no-break hyphen. */
static void hyphen_forms(const struct document *doc, struct diag_ctx *d) {
  if (!strstr(doc->src->text, NB_HYPHEN)) return;
  struct hyphen_names names = {NULL, 0, 0, strmap_new()};
  if (!names.index) return;
  for (int ln = 1; (size_t)ln <= doc->src->nlines; ln++) {
    size_t len;
    const char *s = source_line(doc->src, ln, &len);
    if (!s || (len && s[0] == '#')) continue;
    const char *dash = NULL, *e2 = NULL; /* the next '-' and the next lead byte of U+2011 */
    for (size_t i = 1; i < len; i++) {
      if (!(i = next_hyphen(s, len, i, &dash, &e2))) break;
      int nb = i + 3 <= len && memcmp(s + i, NB_HYPHEN, 3) == 0;
      if (!nb && s[i] != '-') continue;
      size_t w = nb ? 3 : 1, a = i, b = i + w;
      while (a > 0 && word_byte((unsigned char)s[a - 1])) a--;
      while (b < len && word_byte((unsigned char)s[b])) b++;
      while (a < i && ((unsigned char)s[a] & 0xC0) == 0x80) a++; /* not a mark's tail */
      if (a == i || b == i + w || !name_like(s + a, i - a)) continue;
      char *key = malloc(b - a + 2);
      if (!key) break;
      memcpy(key, s + a, i - a);
      key[i - a] = '\1';
      memcpy(key + i - a + 1, s + i + w, b - i - w);
      key[(i - a) + 1 + (b - i - w)] = '\0';
      const struct hyphen_name *first = first_form(&names, key, nb, ln, i);
      if (first) {
        if (first->nb != nb) {
          int col = column_of(s, i);
          struct loc at = {ln, col, ln, col};
          size_t flen;
          const char *fs = source_line(doc->src, first->line, &flen);
          int fcol = fs ? column_of(fs, first->off) : 1;
          struct loc first_at = {first->line, fcol, first->line, fcol};
          struct diag *dg = diag_report(
              d, DIAG_HYPHEN_FORM, doc->src, &at,
              "'%.*s' is written with a %s here, with a %s before: write one form", (int)(b - a),
              s + a, nb ? "no-break hyphen (U+2011)" : "hyphen-minus",
              nb ? "hyphen-minus" : "no-break hyphen (U+2011)");
          diag_note(dg, &first_at, "the first form");
          diag_set_fix(dg, first->nb ? NB_HYPHEN : "-");
        }
      }
      i = b - 1;
    }
  }
  strmap_free(names.index);
  for (size_t k = 0; k < names.n; k++) free(names.list[k].key);
  free(names.list);
}

void validate_marks(const struct document *doc, struct diag_ctx *d) {
  if (!doc->src || !doc->src->text) return;
  doubled_apostrophes(doc, d);
  hyphen_forms(doc, d);
}
