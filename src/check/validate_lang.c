/* Checks on the source's characters that depend on scripts and on the document's
 * language (itu-languages.md §9-10): a letter of the wrong keyboard layout in a label,
 * a symbol or a word (Cyrillic а in "а)", Е in "Е.119", Latin T in "МСЭ‑T"), and the
 * revision word and place-year form of another language in the header lines. Read from
 * the source lines, so that each slip is reported at its character and a fix can
 * replace exactly that character. */
#include "validate.h"

#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "lang/lang.h"
#include "source.h"
#include "utf8.h"

/* The 1-based column of byte OFF of LINE. */
static int column(const char *line, size_t off) {
  int col = 1;
  for (size_t i = 0; i < off; i++) col += ((unsigned char)line[i] & 0xC0) != 0x80;
  return col;
}

static void report_slip(const struct source *src, struct diag_ctx *d, int ln, const char *line,
                        size_t tok, size_t tok_len, const struct lang_slip *s) {
  int col = column(line, tok + s->offset);
  struct loc at = {ln, col, ln, col};
  char got[5] = {0}, fix[5] = {0};
  utf8_encode(s->cp, got);
  if (s->fix) utf8_encode(s->fix, fix);
  const char *script = lang_script_name(lang_script_of(s->cp));
  if (s->kind == SLIP_LABEL) {
    struct diag *dg = diag_report(d, DIAG_LABEL_SCRIPT, src, &at,
                                  "label '%.*s' has a %s '%s' (U+%04X): labels are Latin in "
                                  "every language%s%s%s",
                                  (int)tok_len, line + tok, script, got, s->cp,
                                  s->fix ? " (write the Latin '" : "", fix, s->fix ? "')" : "");
    if (s->fix) diag_set_fix(dg, fix);
    return;
  }
  const char *what = s->kind == SLIP_SYMBOL     ? "a symbol of Latin letters and digits"
                     : s->kind == SLIP_COMPOUND ? "a name whose other part is in another script"
                                                : "a word of another script";
  if (s->fix)
    diag_report(d, DIAG_MIXED_SCRIPT, src, &at,
                "'%.*s' has a %s '%s' (U+%04X) in %s: it prints like the %s '%s', which is "
                "what the other versions have",
                (int)tok_len, line + tok, script, got, s->cp, what,
                lang_script_name(lang_script_of(s->fix)), fix);
  else
    diag_report(d, DIAG_MIXED_SCRIPT, src, &at, "'%.*s' has a %s '%s' (U+%04X) in %s", (int)tok_len,
                line + tok, script, got, s->cp, what);
}

/* Every token (a run without spaces) of every line but comments. */
/* Whether the N bytes of S hold a letter of a script other than Latin (Greek, Cyrillic,
 * Arabic, Han and beyond), by the lead bytes of their UTF-8: a token of Latin letters,
 * digits and punctuation (en dashes, quotes, no-break hyphens) cannot mix scripts, and
 * is most of an English text. */
static int other_script(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint64_t w;
    if (i + 8 <= n) { /* eight ASCII bytes at a time: the usual case */
      memcpy(&w, s + i, 8);
      if (!(w & 0x8080808080808080u)) {
        i += 8;
        continue;
      }
    }
    unsigned char c = (unsigned char)s[i++];
    if ((c >= 0xCD && c <= 0xDF) || c >= 0xE3) return 1;
  }
  return 0;
}

static void scripts(const struct source *src, struct diag_ctx *d) {
  /* The lines before the first letter beyond Latin have nothing to find. */
  int ln = 1;
  while ((size_t)ln < src->nlines && src->line_start[ln] <= src->first_non_latin) ln++;
  for (; (size_t)ln <= src->nlines; ln++) {
    size_t len;
    const char *s = source_line(src, ln, &len);
    if (!s || (len && s[0] == '#')) continue;
    if (!other_script(s, len)) continue; /* the usual case for English: nothing to find */
    for (size_t i = 0; i < len;) {
      while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
      size_t j = i;
      while (j < len && s[j] != ' ' && s[j] != '\t') j++;
      struct lang_slip slips[8];
      size_t n = j > i && other_script(s + i, j - i) ? lang_check_token(s + i, j - i, slips, 8) : 0;
      for (size_t k = 0; k < n && k < 8; k++) report_slip(src, d, ln, s, i, j - i, &slips[k]);
      i = j;
    }
  }
}

/* The revision words of the six languages, as written in running text and in capitals. */
static const char *const revision_words[] = {"Rev.", "REV.", "Rév.", "RÉV.", "Пересм.", "ПЕРЕСМ."};

/* Whether LINE (LEN bytes) is a number, history or assembly line. */
static int header_line(const char *line, size_t len) {
  static const char *const names[] = {"@resolution ", "@draft ", "@decision ", "@history ",
                                      "@assembly "};
  if (len == 0 || line[0] != '@') return 0; /* most lines: no directive at all */
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    size_t n = strlen(names[i]);
    if (len >= n && memcmp(line, names[i], n) == 0) return 1;
  }
  return 0;
}

static const char *find_in(const char *s, size_t len, const char *word) {
  size_t n = strlen(word);
  for (size_t i = 0; i + n <= len; i++)
    if (s[i] == word[0] && memcmp(s + i, word, n) == 0) return s + i;
  return NULL;
}

/* A revision word of another language: "Rev." in French, "Rév." in Spanish. Fixed where
 * the language writes its word where the other one stands, before the place. */
static void revision_word(const struct source *src, struct diag_ctx *d, const struct lang *l,
                          int ln, const char *s, size_t len) {
  const struct lang_entry *own = lang_word(l, LW_REVISION), *caps = lang_word(l, LW_REVISION_CAPS);
  const struct lang_entry *form = lang_word(l, LW_REVISED_PLACE_YEAR);
  if (!own) return;
  for (size_t w = 0; w < sizeof revision_words / sizeof revision_words[0]; w++) {
    const char *word = revision_words[w];
    if (strcmp(word, own->text) == 0 || (caps && strcmp(word, caps->text) == 0)) continue;
    const char *at = find_in(s, len, word);
    if (!at) continue;
    int upper = w % 2 == 1;
    const char *want = upper && caps ? caps->text : own->text;
    int col = column(s, (size_t)(at - s));
    struct loc where = {ln, col, ln, col + column(word, strlen(word)) - 2};
    struct diag *dg = diag_report(d, DIAG_LANGUAGE_FORM, src, &where,
                                  "'%s' is not the %s revision word: %s writes '%s'", word, l->name,
                                  l->name, want);
    char lead[64];
    snprintf(lead, sizeof lead, "(%s", own->text);
    if (form && strncmp(form->text, lead, strlen(lead)) == 0) diag_set_fix(dg, want);
  }
}

/* The year of a place-year form in LINE: four digits after ", " and before ")" or ";". */
static void year_forms(const struct source *src, struct diag_ctx *d, const struct lang *l, int ln,
                       const char *s, size_t len) {
  for (size_t i = 2; i + 4 <= len; i++) {
    int digits = 1;
    for (size_t k = 0; k < 4; k++) digits &= s[i + k] >= '0' && s[i + k] <= '9';
    if (!digits || (i + 4 < len && s[i + 4] >= '0' && s[i + 4] <= '9') ||
        (s[i - 1] >= '0' && s[i - 1] <= '9'))
      continue;
    char after = i + 4 < len ? s[i + 4] : '\0';
    if (strcmp(l->code, "ru") == 0 && (after == ')' || after == ';' || after == '\0') &&
        s[i - 1] == ' ' && s[i - 2] == ',') {
      int col = column(s, i + 3);
      struct loc at = {ln, col, ln, col};
      struct diag *dg = diag_report(d, DIAG_LANGUAGE_FORM, src, &at,
                                    "the year %.4s has no 'г.' after it: Russian writes "
                                    "'(Place, %.4s г.)'",
                                    s + i, s + i);
      diag_set_fix(dg, " г.");
      dg->fix_after = 1;
    }
    if (strcmp(l->code, "es") == 0 && i >= 5 && memcmp(s + i - 5, ", de ", 5) == 0) {
      int col = column(s, i - 3);
      struct loc at = {ln, col, ln, col + 2};
      struct diag *dg =
          diag_report(d, DIAG_LANGUAGE_FORM, src, &at,
                      "'de' before the year: the Spanish form is '(Place, %.4s)'", s + i);
      diag_set_fix(dg, "");
    }
  }
}

/* Chinese writes 修订版 after the place: (2014年,釜山,修订版), not (2018年,修订版,迪拜). */
static void chinese_revision(const struct source *src, struct diag_ctx *d, int ln, const char *s,
                             size_t len) {
  const char *rev = "\xE4\xBF\xAE\xE8\xAE\xA2\xE7\x89\x88"; /* 修订版 */
  const char *at = find_in(s, len, rev);
  if (!at) return;
  const char *next = at + strlen(rev);
  int before_place = next < s + len && (*next == ',' || memcmp(next, "\xEF\xBC\x8C", 3) == 0);
  if (!before_place) return;
  int col = column(s, (size_t)(at - s));
  struct loc where = {ln, col, ln, col + 2};
  diag_report(
      d, DIAG_LANGUAGE_FORM, src, &where,
      "修订版 before the place: Chinese writes it after the place, as in '(2014年,釜山,修订版)'");
}

static void forms(const struct document *doc, struct diag_ctx *d) {
  const struct lang *l = doc->lang;
  if (!l) return;
  for (int ln = 1; (size_t)ln <= doc->src->nlines; ln++) {
    if (doc->src->text[doc->src->line_start[ln - 1]] != '@') continue; /* not a header line */
    size_t len;
    const char *s = source_line(doc->src, ln, &len);
    if (!s || !header_line(s, len)) continue;
    revision_word(doc->src, d, l, ln, s, len);
    year_forms(doc->src, d, l, ln, s, len);
    if (strcmp(l->code, "zh") == 0) chinese_revision(doc->src, d, ln, s, len);
  }
}

void validate_lang(const struct document *doc, struct diag_ctx *d) {
  if (!doc->src || !doc->src->text) return;
  scripts(doc->src, d);
  forms(doc, d);
}
