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
#include "strbuf.h"

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

void validate_venue(const struct document *doc, struct diag_ctx *d, const struct node *r) {
  if (!doc->src || !doc->src->text) return;
  const char *body = venue_body_of(r);
  if (!body) return;
  for (const struct node *c = r->first; c; c = c->next)
    if (c->kind == N_NUMBER || c->kind == N_HISTORY || c->kind == N_ASSEMBLY)
      check_line(doc, d, body, c);
}
