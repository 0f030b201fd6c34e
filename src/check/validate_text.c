/* Checks on the characters of a source rather than on its tree: a soft hyphen that the
 * outputs drop ("ITU<SHY>T" prints "ITUT"), and two spaces inside a clause, which the
 * parser collapses and so would never show in the tree. Both come from text pasted out
 * of word processors. */
#include "validate.h"

#include <stdint.h>
#include <string.h>

#include "ast.h"
#include "ast_iter.h"
#include "diag.h"
#include "source.h"

/* The 1-based column of byte OFF of LINE (a column is a character). */
static int column(const char *line, size_t off) {
  int col = 1;
  for (size_t i = 0; i < off; i++) col += ((unsigned char)line[i] & 0xC0) != 0x80;
  return col;
}

static int is_upper_ascii(unsigned char c) { return c >= 'A' && c <= 'Z'; }

/* Finds the two bytes A B in S[0..N), or NULL (strings here may hold no NUL, so no memmem). */
static const char *find_pair(const char *s, size_t n, char a, char b) {
  for (const char *p; n > 1 && (p = memchr(s, a, n - 1)); n -= (size_t)(p + 1 - s), s = p + 1)
    if (p[1] == b) return p;
  return NULL;
}

/* Bit 7 of each byte of W that is zero, and no other bit (no carry crosses a byte). */
static uint64_t zero_bytes(uint64_t w) {
  const uint64_t low = 0x7F7F7F7F7F7F7F7Full;
  return ~(((w & low) + low) | w | low);
}

/* The first of two spaces in a row in S[0..N), or NULL. Eight bytes at a time: a clause
 * has a space every few bytes, and looking for each of them cost more than the rest of
 * the checks. */
static const char *find_two_spaces(const char *s, size_t n) {
  const uint64_t spaces = 0x2020202020202020ull;
  size_t i = 0;
  for (; i + 9 <= n; i += 8) {
    uint64_t a, b; /* the bytes at i and the bytes after each of them */
    memcpy(&a, s + i, 8);
    memcpy(&b, s + i + 1, 8);
    if (zero_bytes(a ^ spaces) & zero_bytes(b ^ spaces)) break;
  }
  for (; i + 1 < n; i++)
    if (s[i] == ' ' && s[i + 1] == ' ') return s + i;
  return NULL;
}

static void soft_hyphens(const struct source *src, struct diag_ctx *d) {
  if (!src->text || !find_pair(src->text, src->len, '\xC2', '\xAD')) return; /* the usual case */
  for (int ln = 1; (size_t)ln <= src->nlines; ln++) {
    size_t len;
    const char *s = source_line(src, ln, &len);
    if (!s || (len && s[0] == '#')) continue;
    for (size_t i = 0; i + 1 < len; i++) {
      if ((unsigned char)s[i] != 0xC2 || (unsigned char)s[i + 1] != 0xAD) continue;
      int col = column(s, i);
      struct loc at = {ln, col, ln, col};
      /* Between capitals it stood for the hyphen of a name (ITU-T, ITU-R), which ITU
       * writes unbreakable; inside a word it only marked where to break. */
      int name = i > 0 && i + 2 < len && is_upper_ascii((unsigned char)s[i - 1]) &&
                 is_upper_ascii((unsigned char)s[i + 2]);
      /* The word around it, cut at character boundaries. */
      size_t from = i, to = i + 2;
      while (from > 0 && s[from - 1] != ' ' && i - from < 24) from--;
      while (from < i && ((unsigned char)s[from] & 0xC0) == 0x80) from++;
      while (to < len && s[to] != ' ' && to - i < 24) to++;
      while (to > i + 2 && to < len && ((unsigned char)s[to] & 0xC0) == 0x80) to--;
      struct diag *dg =
          diag_report(d, DIAG_SOFT_HYPHEN, src, &at,
                      "soft hyphen (U+00AD) between '%.*s' and '%.*s': outputs drop it, %s",
                      (int)(i - from), s + from, (int)(to - i - 2), s + i + 2,
                      name ? "joining the name (write a non-breaking hyphen, U+2011)"
                           : "it only marks where a word may break (delete it)");
      diag_set_fix(dg, name ? "\xE2\x80\x91" : "");
      i++;
    }
  }
}

/* Runs of two or more spaces between words on the lines of clause C. PAIRS, when not
 * NULL, marks the lines that hold two spaces in a row at all: the others are skipped. */
static void double_spaces(const struct source *src, const unsigned char *pairs,
                          const struct node *c, struct diag_ctx *d) {
  for (int ln = c->loc.first_line; ln <= c->loc.last_line; ln++) {
    if (pairs && ln >= 1 && (size_t)ln <= src->nlines && !pairs[ln - 1]) continue;
    size_t len;
    const char *s = source_line(src, ln, &len);
    if (!s) continue;
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
    if (ln == c->loc.first_line) { /* the clause marker and the spaces after it */
      while (i < len && s[i] != ' ' && s[i] != '\t') i++;
      while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
    }
    for (const char *p; i < len && (p = find_two_spaces(s + i, len - i)); i++) {
      i = (size_t)(p - s);
      size_t j = i;
      while (j < len && s[j] == ' ') j++;
      if (j < len && s[j] != '\t') {
        struct loc at = {ln, column(s, i), ln, column(s, j - 1)};
        struct diag *dg = diag_report(d, DIAG_DOUBLE_SPACE, src, &at,
                                      "%zu spaces between words in a clause: write one", j - i);
        diag_set_fix(dg, " ");
      }
      i = j;
    }
  }
}

static void clauses(const struct source *src, const unsigned char *pairs, const struct node *n,
                    struct diag_ctx *d) {
  struct ast_iter it;
  ast_iter_init(&it, n);
  while (ast_iter_next(&it) != AST_DONE) {
    const struct node *c = it.node;
    if (it.event != AST_ENTER || c == n) continue;
    if (ast_is_inline(c) || c->kind == N_CLAUSE_TEXT || c->kind == N_PHRASE) ast_iter_skip(&it);
    else if (c->kind == N_CLAUSE) double_spaces(src, pairs, c, d);
  }
}

void validate_text(const struct document *doc, struct diag_ctx *d) {
  soft_hyphens(doc->src, d);
  clauses(doc->src, doc->pair_lines, doc->root, d);
}
