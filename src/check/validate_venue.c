/* A place that is not the conference's: a header line whose place and year name a
 * conference of the document's body ("(Tokyo, 1994)" in a Plenipotentiary text, or
 * "(1994年,东京)") while that conference met elsewhere (Kyoto), as ITU's own Chinese
 * collection has it (itu-languages.md §10 case 7). Only a city of the venue table
 * (src/lang/venues.def) in a year of a body it knows is checked: a place it does not
 * know, or a text of another body, is left alone. Read from the source line, so that
 * the place is reported at its column and the fix replaces exactly it. */
#include "validate_venue.h"

#include <string.h>

#include "ast.h"
#include "diag.h"
#include "lang/lang.h"
#include "lang/venue.h"
#include "profile.h"
#include "source.h"
#include "similar.h"
#include "strbuf.h"
#include "utf8.h"

static int column(const char *line, size_t off) {
  int col = 1;
  for (size_t i = 0; i < off; i++) col += ((unsigned char)line[i] & 0xC0) != 0x80;
  return col;
}

const char *venue_body_of(const struct node *r) {
  const struct profile *pf = profile_of(r);
  if (pf && venue_knows_body(pf->id)) return pf->id;
  if (pf) return NULL; /* a body the table does not know (ITU-R, Council) */
  for (const struct node *c = r->first; c; c = c->next)
    if (c->kind == N_ASSEMBLY) {
      struct strbuf t = {0};
      ast_plain_text(c, CH_NONE, &t);
      const char *body = venue_body_of_assembly(sb_str(&t));
      sb_free(&t);
      return body;
    }
  return NULL;
}

/* The source line of header node H without its directive ("@history "), its offset in
 * the line in *SKIP. */
static const char *header_text(const struct source *src, const struct node *h, size_t *len,
                               size_t *skip) {
  const char *s = source_line(src, h->loc.first_line, len);
  *skip = 0;
  if (!s) return NULL;
  if (*len && s[0] == '@')
    while (*skip < *len && s[*skip] != ' ') (*skip)++;
  return s;
}

/* Whether the place S (N bytes) is written in capitals ("(TOKYO, 1994)", as the PP
 * collection prints its number lines) and NAME is ASCII: NAME in capitals in OUT. */
static int in_capitals(const char *s, size_t n, const char *name, char *out, size_t cap) {
  int upper = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] >= 'a' && s[i] <= 'z') return 0;
    upper |= s[i] >= 'A' && s[i] <= 'Z';
  }
  size_t k = strlen(name);
  if (!upper || k >= cap) return 0;
  for (size_t i = 0; i < k; i++) {
    if ((unsigned char)name[i] >= 0x80) return 0;
    out[i] = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 'a' + 'A') : name[i];
  }
  out[k] = '\0';
  return 1;
}

static void check_line(const struct document *doc, struct diag_ctx *d, const char *body,
                       const struct node *h) {
  size_t len, skip;
  const char *s = header_text(doc->src, h, &len, &skip);
  if (!s) return;
  struct venue_place pl[16];
  size_t n = venue_places(s + skip, len - skip, pl, 16);
  for (size_t i = 0; i < n && i < 16; i++) {
    int want = venue_city_of(body, pl[i].year);
    if (pl[i].city < 0 || want < 0 || want == pl[i].city) continue;
    size_t off = skip + pl[i].off;
    int col = column(s, off);
    struct loc at = {h->loc.first_line, col, h->loc.first_line,
                     col + column(s + off, pl[i].len) - 2};
    const struct profile *pf = profile_named(body);
    const char *name = venue_city_name(want, doc->lang, NULL);
    char caps[128];
    if (name && in_capitals(s + off, pl[i].len, name, caps, sizeof caps)) name = caps;
    const char *english = venue_city_name(want, NULL, NULL);
    const char *wrote = venue_city_name(pl[i].city, NULL, NULL);
    struct diag *dg;
    if (name)
      dg = diag_report(d, DIAG_VENUE, doc->src, &at,
                       "the %s of %d met in %s, not in %s: write '%s'", pf ? pf->body : body,
                       pl[i].year, english, wrote, name);
    else
      dg = diag_report(d, DIAG_VENUE, doc->src, &at,
                       "the %s of %d met in %s, not in %s (resc knows no %s name for %s)",
                       pf ? pf->body : body, pl[i].year, english, wrote,
                       doc->lang ? doc->lang->name : "English", english);
    /* a revision-marked line is changed only by marks: no fix there */
    if (name && !memchr(s, '{', len)) diag_set_fix(dg, name);
  }
}

/* ---- the assembly's name ---- */

struct word {
  size_t off, len;
};

/* The words of S[0, N) (runs without spaces), at most MAX; returns how many there are. */
static size_t words_of(const char *s, size_t n, struct word *w, size_t max) {
  size_t k = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && s[i] == ' ') i++;
    size_t j = i;
    while (j < n && s[j] != ' ') j++;
    if (j > i) {
      if (k < max) w[k] = (struct word){i, j - i};
      k++;
    }
    i = j;
  }
  return k;
}

/* The N bytes of S in lower case (Latin, Greek, Cyrillic), NUL-terminated in OUT. */
static void folded(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  while (n) {
    unsigned cp;
    size_t u = utf8_decode(s, n, &cp);
    if (!u) break;
    char b[5];
    size_t k = utf8_encode(lang_fold(cp), b);
    if (o + k >= cap) break;
    memcpy(out + o, b, k);
    o += k, s += u, n -= u;
  }
  out[o] = '\0';
}

static int has_lower(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 'a' && s[i] <= 'z') return 1;
  return 0;
}

#define MAX_WORDS 16
#define WORD_EDITS 2 /* a typo or two in a word, case aside */
#define NAME_EDITS 3 /* in the whole name */

/* The assembly line's name (what precedes its place and year) against the names the
 * venue table knows in the document's language: a name of as many words, each the
 * known word but for case or a typo or two ("The world Telecommunication Developement
 * conference", WTDC Res. 31 in English, itu-languages.md §10 case 10), is a slip of the
 * name. A name that differs more is another assembly's, or one the table does not know,
 * and is left alone; so is a name in capitals. Returns the body of the name the line
 * misspells (NULL when it reports nothing), so that the places of a text whose
 * assembly's name has a slip are checked too. */
static const char *check_assembly_name(const struct document *doc, struct diag_ctx *d,
                                       const struct node *h) {
  size_t len, skip;
  const char *s = header_text(doc->src, h, &len, &skip);
  if (!s || skip == 0) return NULL;
  const char *name = s + skip;
  size_t n = len - skip;
  const char *paren = memchr(name, '(', n);
  if (paren) n = (size_t)(paren - name);
  while (n && (name[n - 1] == ' ' || name[n - 1] == ',')) n--;
  if (!n || !has_lower(name, n)) return NULL;
  struct word got[MAX_WORDS], want[MAX_WORDS];
  size_t ng = words_of(name, n, got, MAX_WORDS);
  if (ng > MAX_WORDS) return NULL;
  const char *known, *body;
  for (size_t i = 0; (known = venue_assembly_at(i, doc->lang, &body)); i++) {
    if (words_of(known, strlen(known), want, MAX_WORDS) != ng) continue;
    int first = -1, last = -1, edits = 0;
    for (size_t w = 0; w < ng && edits <= NAME_EDITS; w++) {
      const char *a = name + got[w].off, *b = known + want[w].off;
      if (got[w].len == want[w].len && memcmp(a, b, got[w].len) == 0) continue;
      char fa[128], fb[128];
      folded(a, got[w].len, fa, sizeof fa);
      folded(b, want[w].len, fb, sizeof fb);
      int e = edit_distance(fa, fb, WORD_EDITS);
      edits += e > WORD_EDITS ? NAME_EDITS + 1 : e;
      if (first < 0) first = (int)w;
      last = (int)w;
    }
    if (first < 0 || edits > NAME_EDITS) continue;
    size_t from = skip + got[first].off, to = skip + got[last].off + got[last].len;
    int col = column(s, from);
    struct loc at = {h->loc.first_line, col, h->loc.first_line, col + column(s + from, to - from) - 2};
    struct diag *dg = diag_report(d, DIAG_ASSEMBLY_NAME, doc->src, &at,
                                  "'%.*s' is not the assembly's name as ITU writes it: '%s'",
                                  (int)(to - from), s + from, known);
    size_t kf = want[first].off, kt = want[last].off + want[last].len;
    char fix[512];
    if (kt - kf < sizeof fix && !memchr(s, '{', len)) {
      memcpy(fix, known + kf, kt - kf);
      fix[kt - kf] = '\0';
      diag_set_fix(dg, fix);
    }
    return body;
  }
  return NULL;
}

void validate_venue(const struct document *doc, struct diag_ctx *d, const struct node *r) {
  if (!doc->src || !doc->src->text) return;
  const char *misspelt = NULL;
  for (const struct node *c = r->first; c; c = c->next)
    if (c->kind == N_ASSEMBLY) misspelt = check_assembly_name(doc, d, c);
  const char *body = venue_body_of(r);
  if (!body && !profile_of(r)) body = misspelt;
  if (!body) return;
  for (const struct node *c = r->first; c; c = c->next)
    if (c->kind == N_NUMBER || c->kind == N_HISTORY || c->kind == N_ASSEMBLY)
      check_line(doc, d, body, c);
}
