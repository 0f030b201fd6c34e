/* check --parallel: compares language versions of one text on their validated trees.
 * Every version is compared with the first one (the reference); a mismatch is reported
 * in the version (the error) and at the reference's place (the note). Nothing here
 * reads words of a language: kinds come from the tree, labels are the computed ones
 * (or a typed label that is wrong, as the version shows it), references are compared
 * by the place of their target, dates by their digits, places by the city the venue
 * table (src/lang/venues.def) knows them as. */
#include "check_parallel.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "ast_iter.h"
#include "diag.h"
#include "source.h"
#include "strbuf.h"
#include "strmap.h"
#include "lang/lang.h"
#include "lang/venue.h"

#define MAX_DEPTH 96
/* Above this many cells the clause alignment is positional, not a longest common
 * subsequence: a list of thousands of clauses is not a translation's. */
#define MAX_ALIGN_CELLS 4000000u

struct pctx {
  struct diag_ctx *d;
  const struct document *a, *b; /* the reference and the version compared with it */
  int fn_mismatches;
  int unit_mismatches; /* the documents are not made of the same resolutions */
};

/* Reports a mismatch: MSG at B's place BL, NOTE at A's place AL. */
static void mismatch(struct pctx *p, const struct loc *bl, const struct loc *al, const char *note,
                     const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static void mismatch(struct pctx *p, const struct loc *bl, const struct loc *al, const char *note,
                     const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  struct diag *dg = diag_report(p->d, DIAG_PARALLEL, p->b->src, bl, "%s", msg);
  diag_note_in(dg, p->a->src, al, "%s", note);
}

static const char *aname(const struct pctx *p) { return p->a->src->name; }

/* ---- what a line says, whatever its language ---- */

/* How many inlines of KIND a node holds (at any depth of inline nesting); the first one
 * in *AT. */
static int count_inlines(const struct node *n, enum node_kind kind, const struct node **at) {
  int k = 0;
  struct ast_iter it;
  ast_iter_init(&it, n);
  for (enum ast_event ev; (ev = ast_iter_next(&it)) != AST_DONE;) {
    const struct node *c = it.node;
    if (ev != AST_ENTER || c == n) continue;
    if (c->kind == kind) {
      if (at && !*at) *at = c;
      k++;
    }
    if (!ast_is_inline(c)) ast_iter_skip(&it);
  }
  return k;
}

static int has_marks(const struct node *n) {
  return count_inlines(n, N_INS, NULL) + count_inlines(n, N_DEL, NULL) > 0;
}

/* The facts of a header line in one version: the number (what precedes the first
 * parenthesis), the four-digit years, and whether it names a revision in any of the
 * six languages' words. */
struct facts {
  struct strbuf number, years;
  int revised;
};

static void facts_of(const struct node *n, enum change which, struct facts *f) {
  struct strbuf t = {0};
  ast_plain_text(n, which, &t);
  const char *s = sb_str(&t);
  /* a number line written in full (第1238号决议(…)) names the number a bare one does */
  char bare[256];
  if (t.len < sizeof bare && lang_strip_number_word(s, bare, sizeof bare)) s = bare;
  size_t cut = strcspn(s, "(");
  const char *fw = strstr(s, "\xEF\xBC\x88"); /* full-width ( */
  if (fw && (size_t)(fw - s) < cut) cut = (size_t)(fw - s);
  while (cut > 0 && s[cut - 1] == ' ') cut--;
  sb_add(&f->number, s, cut);
  for (size_t i = 0; s[i];) {
    size_t j = i;
    while (s[j] >= '0' && s[j] <= '9') j++;
    if (j - i == 4) sb_printf(&f->years, "%s%.4s", f->years.len ? ", " : "", s + i);
    i = j > i ? j : i + 1;
  }
  f->revised = 0;
  for (size_t i = 0; i < lang_count() && !f->revised; i++) {
    const struct lang_entry *r = lang_word(lang_at(i), LW_REVISION);
    const struct lang_entry *rc = lang_word(lang_at(i), LW_REVISION_CAPS);
    f->revised = (r && strstr(s, r->text)) || (rc && strstr(s, rc->text));
  }
  sb_free(&t);
}

static void facts_free(struct facts *f) {
  sb_free(&f->number);
  sb_free(&f->years);
}

static const char *or_none(const char *s) { return *s ? s : "none"; }

/* The place of the first YEAR (four digits, not part of a longer number) in the source
 * of node N, or N's place when it is not found there (a year written on a line the
 * node does not start on). */
static struct loc year_loc(const struct source *src, const struct node *n, const char *year) {
  struct loc at = n->loc;
  for (int line = n->loc.first_line; line > 0 && line <= n->loc.last_line; line++) {
    size_t len;
    const char *t = source_line(src, line, &len);
    if (!t) break;
    int col = 1;
    for (size_t i = 0; i + 4 <= len; i++) {
      if ((t[i] & 0xC0) != 0x80) col++;
      if (memcmp(t + i, year, 4) == 0 && (i == 0 || t[i - 1] < '0' || t[i - 1] > '9') &&
          (i + 4 == len || t[i + 4] < '0' || t[i + 4] > '9')) {
        at = (struct loc){line, col - 1, line, col + 2};
        return at;
      }
    }
  }
  return at;
}

/* The first year at which the lists X and Y ("2008, 2012") differ, when they have as
 * many years; else NULL. */
static const char *first_other_year(const char *x, const char *y, const char **in_y) {
  if (strlen(x) != strlen(y)) return NULL;
  for (size_t i = 0; x[i]; i += 6)
    if (memcmp(x + i, y + i, 4) != 0) {
      *in_y = y + i;
      return x + i;
    }
  return NULL;
}

/* Compares the header lines AN and BN (WHAT names them) in the old and the new text;
 * one report per line at most. Returns whether it reported one. */
static int compare_header_line(struct pctx *p, const struct node *an, const struct node *bn,
                               const char *what, int with_number) {
  enum change views[2] = {CH_DEL, CH_INS};
  int marked = has_marks(an) || has_marks(bn);
  for (int v = 0; v < 2; v++) {
    struct facts fa = {0}, fb = {0};
    facts_of(an, views[v], &fa);
    facts_of(bn, views[v], &fb);
    const char *in = !marked ? "" : v == 0 ? " (old text)" : " (new text)";
    int reported = 1;
    if (with_number && strcmp(sb_str(&fa.number), sb_str(&fb.number)) != 0)
      mismatch(p, &bn->loc, &an->loc, "the number here",
               "the resolution number%s is '%s' here, '%s' in %s", in, sb_str(&fb.number),
               sb_str(&fa.number), aname(p));
    else if (with_number && fa.revised != fb.revised)
      mismatch(p, &bn->loc, &an->loc, fa.revised ? "a revision here" : "no revision here",
               fb.revised ? "the number line%s names a revision here, not in %s"
                          : "the number line%s names no revision here, but does in %s",
               in, aname(p));
    else if (strcmp(sb_str(&fa.years), sb_str(&fb.years)) != 0) {
      const char *ya, *yb = first_other_year(sb_str(&fb.years), sb_str(&fa.years), &ya);
      if (yb) {
        struct loc lb = year_loc(p->b->src, bn, yb), la = year_loc(p->a->src, an, ya);
        mismatch(p, &lb, &la, "the year here", "the %s%s has the year %.4s here, %.4s in %s", what,
                 in, yb, ya, aname(p));
      } else {
        mismatch(p, &bn->loc, &an->loc, "the years here",
                 "the years of the %s%s differ: %s here, %s in %s", what, in,
                 or_none(sb_str(&fb.years)), or_none(sb_str(&fa.years)), aname(p));
      }
    } else reported = 0;
    facts_free(&fa);
    facts_free(&fb);
    if (reported) return 1;
  }
  return 0;
}

/* The places and years of header line N, read from its first source line without the
 * directive; the offset of that text in the line in *SKIP. */
static size_t places_of(const struct source *src, const struct node *n, struct venue_place *out,
                        size_t max, const char **line, size_t *skip) {
  size_t len;
  const char *s = source_line(src, n->loc.first_line, &len);
  *line = s;
  *skip = 0;
  if (!s) return 0;
  if (len && s[0] == '@')
    while (*skip < len && s[*skip] != ' ') (*skip)++;
  return venue_places(s + *skip, len - *skip, out, max);
}

static struct loc place_loc(const struct node *n, const char *line, size_t off, size_t len) {
  int col = 1, end;
  for (size_t i = 0; i < off; i++) col += ((unsigned char)line[i] & 0xC0) != 0x80;
  end = col;
  for (size_t i = off + 1; i < off + len; i++) end += ((unsigned char)line[i] & 0xC0) != 0x80;
  return (struct loc){n->loc.first_line, col, n->loc.first_line, end};
}

/* The places of header lines AN and BN, whose years agree, compared by the city they
 * name whatever the language writes it (Kyoto = 京都 = Киото): "(Kyoto, 1994)" in one
 * version and "(1994年,东京)" in another is a mismatch. A place the venue table does not
 * know is not compared: place names are translated. */
static void compare_places(struct pctx *p, const struct node *an, const struct node *bn,
                           const char *what) {
  struct venue_place pa[16], pb[16];
  const char *la, *lb;
  size_t sa, sb;
  size_t na = places_of(p->a->src, an, pa, 16, &la, &sa);
  size_t nb = places_of(p->b->src, bn, pb, 16, &lb, &sb);
  for (size_t i = 0; i < na && i < nb && i < 16; i++) {
    if (pa[i].year != pb[i].year || pa[i].city < 0 || pb[i].city < 0 || pa[i].city == pb[i].city)
      continue;
    struct loc at_b = place_loc(bn, lb, sb + pb[i].off, pb[i].len);
    struct loc at_a = place_loc(an, la, sa + pa[i].off, pa[i].len);
    mismatch(p, &at_b, &at_a, "the place here", "the %s names %s for %d here, %s in %s", what,
             venue_city_name(pb[i].city, NULL, NULL), pb[i].year,
             venue_city_name(pa[i].city, NULL, NULL), aname(p));
    return;
  }
}

/* ---- references and footnotes of one line ---- */

/* The place of clause C, by position alone: "clause 2.1 of section 4", "clause 3 of
 * annex 1". */
static void place_of(const struct node *c, struct strbuf *out) {
  int path[MAX_DEPTH + 1], n = 0;
  const struct node *x = c;
  for (; x && x->kind == N_CLAUSE && n <= MAX_DEPTH; x = x->parent) {
    int i = 1;
    for (const struct node *s = x->prev; s; s = s->prev) i += s->kind == N_CLAUSE;
    path[n++] = i;
  }
  sb_adds(out, "clause ");
  for (int i = n - 1; i >= 0; i--) sb_printf(out, "%d%s", path[i], i ? "." : "");
  if (!x) return;
  int i = 1;
  for (const struct node *s = x->prev; s; s = s->prev) i += s->kind == x->kind;
  sb_printf(out, " of %s %d", x->kind == N_ANNEX ? "annex" : "section", i);
  const struct node *r = x->parent;
  if (r && r->kind == N_RESOLUTION) {
    int k = 1;
    for (const struct node *s = r->prev; s; s = s->prev) k += s->kind == N_RESOLUTION;
    const struct node *top = r->parent && r->parent->kind == N_PROPOSAL ? r->parent : r;
    for (const struct node *s = top->prev; s; s = s->prev)
      k += s->kind == N_RESOLUTION || (s->kind == N_PROPOSAL && s->first);
    if (k > 1) sb_printf(out, " of resolution %d", k);
  }
}

static int cmp_str(const void *x, const void *y) {
  return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The targets of the references in line N, by place, sorted, joined with "; ". */
static void targets_of(const struct document *doc, const struct node *n, struct strbuf *out,
                       int depth) {
  char *list[64];
  size_t k = 0;
  struct strbuf one = {0};
  /* walk the inlines */
  const struct node *stack[MAX_DEPTH + 1];
  int sp = 0;
  const struct node *c = n->first;
  while (c || sp > 0) {
    if (!c) {
      c = stack[--sp]->next;
      continue;
    }
    if (c->kind == N_REF && k < 64) {
      sb_clear(&one);
      const struct node *t = strmap_get(doc->anchor_map, c->str);
      if (t) place_of(t, &one);
      else sb_printf(&one, "unknown id '%s'", c->str);
      list[k++] = xstrdup(sb_str(&one));
    }
    if (c->first && ast_is_inline(c) && sp < MAX_DEPTH && depth + sp < MAX_DEPTH) {
      stack[sp++] = c;
      c = c->first;
      continue;
    }
    c = c->next;
  }
  qsort(list, k, sizeof *list, cmp_str);
  for (size_t i = 0; i < k; i++) {
    sb_printf(out, "%s%s", i ? "; " : "", list[i]);
    free(list[i]);
  }
  sb_free(&one);
}

/* Compares the references and footnote references of lines AN and BN (inline
 * containers); AT_A and AT_B are the places to report at. */
static void compare_inlines(struct pctx *p, const struct node *an, const struct node *bn,
                            const struct loc *at_a, const struct loc *at_b) {
  struct strbuf ta = {0}, tb = {0};
  targets_of(p->a, an, &ta, 0);
  targets_of(p->b, bn, &tb, 0);
  const struct node *ra = NULL, *rb = NULL;
  count_inlines(an, N_REF, &ra);
  count_inlines(bn, N_REF, &rb);
  if (strcmp(sb_str(&ta), sb_str(&tb)) != 0)
    mismatch(p, rb ? &rb->loc : at_b, ra ? &ra->loc : at_a, "the references here",
             "the references differ: here to %s, in %s to %s", or_none(sb_str(&tb)), aname(p),
             or_none(sb_str(&ta)));
  sb_free(&ta);
  sb_free(&tb);
  const struct node *fa = NULL, *fb = NULL;
  int na = count_inlines(an, N_FNREF, &fa), nb = count_inlines(bn, N_FNREF, &fb);
  if (na != nb) {
    p->fn_mismatches++;
    char here[32];
    snprintf(here, sizeof here, "%d", nb);
    mismatch(p, fb ? &fb->loc : at_b, fa ? &fa->loc : at_a,
             na ? "the footnote reference here" : "no footnote reference here",
             "%s footnote reference%s here, %d in %s", nb ? here : "no", nb > 1 ? "s" : "", na,
             aname(p));
  }
}

/* ---- clauses ---- */

/* The label a clause shows in one view: its typed label when that is wrong (the
 * version prints what its author typed, and check reports it), else the computed one;
 * "" when the clause is not in that view. */
static const char *shown_label(const struct node *c, int new_view) {
  const char *comp = new_view ? c->as.clause.new_label : c->as.clause.old_label;
  if (!comp) return "";
  const char *t = c->as.clause.typed;
  const char *o = c->as.clause.old_label, *n = c->as.clause.new_label;
  if (t && (!o || strcmp(t, o) != 0) && (!n || strcmp(t, n) != 0)) return t;
  return comp;
}

static const char *change_name(enum change ch) {
  return ch == CH_INS ? "inserted" : ch == CH_DEL ? "deleted" : "kept";
}

static const char *item_name(const struct node *n) {
  return n->kind == N_CLAUSE ? "clause" : n->kind == N_PARA ? "paragraph" : "line";
}

/* The inline container of a list item: a clause's text, or the paragraph itself. */
static const struct node *text_of(const struct node *n) {
  return n->kind == N_CLAUSE && n->first && n->first->kind == N_CLAUSE_TEXT ? n->first : n;
}

static void compare_list(struct pctx *p, const struct node *pa, const struct node *pb, int depth);

/* Compares two list items that stand for each other; WITH_LABELS is 0 when the lists
 * were aligned around a missing item, whose labels are shifted. */
static int compare_item(struct pctx *p, const struct node *a, const struct node *b, int with_labels,
                        int depth) {
  if (a->kind != b->kind) {
    mismatch(p, &b->loc, &a->loc, "the counterpart here", "a %s here, a %s in %s", item_name(b),
             item_name(a), aname(p));
    return 1;
  }
  enum change ca = ast_effective_change(a), cb = ast_effective_change(b);
  if (ca != cb) {
    char note[64];
    snprintf(note, sizeof note, "the %s %s here", item_name(a), change_name(ca));
    mismatch(p, &b->loc, &a->loc, note, "the %s is %s here, %s in %s", item_name(b),
             change_name(cb), change_name(ca), aname(p));
    return 1;
  }
  if (a->kind == N_CLAUSE && with_labels) {
    for (int v = 1; v >= 0; v--) {
      const char *la = shown_label(a, v), *lb = shown_label(b, v);
      if (strcmp(la, lb) != 0) {
        char note[64];
        snprintf(note, sizeof note, "the label '%s' here", la);
        mismatch(
            p, &b->loc, &a->loc, note, "the label is '%s' here, '%s' in %s%s", lb, la, aname(p),
            ca || has_marks(text_of(a)) || has_marks(text_of(b)) || v == 1 ? "" : " (old text)");
        break;
      }
    }
  }
  int ma = has_marks(text_of(a)), mb = has_marks(text_of(b));
  if (ma != mb)
    mismatch(p, &b->loc, &a->loc, ma ? "the revision marks here" : "this text, unmarked",
             "the %s's text has %s here, %s in %s", item_name(b),
             mb ? "revision marks" : "no revision marks", ma ? "marks" : "none", aname(p));
  compare_inlines(p, text_of(a), text_of(b), &a->loc, &b->loc);
  if (a->kind == N_CLAUSE && depth < MAX_DEPTH) compare_list(p, a, b, depth + 1);
  return 0;
}

/* A list item's signature for alignment: what survives translation (its digits, its
 * references and footnotes, its sub-clauses and its revision state). */
static char *signature(const struct node *n) {
  struct strbuf s = {0};
  struct strbuf t = {0};
  ast_plain_text(text_of(n), CH_NONE, &t);
  const char *x = sb_str(&t);
  for (size_t i = 0; x[i]; i++) {
    if (x[i] == '{') { /* a reference's id, not text */
      const char *e = strchr(x + i, '}');
      if (e) i = (size_t)(e - x);
      continue;
    }
    if (x[i] >= '0' && x[i] <= '9') sb_addc(&s, x[i]);
    else if (s.len && s.data[s.len - 1] != ',') sb_addc(&s, ',');
  }
  int subs = 0;
  for (const struct node *c = n->first; c; c = c->next) subs += c->kind == N_CLAUSE;
  sb_printf(&s, "|%d|%d|%d|%d|%d", (int)n->kind, count_inlines(text_of(n), N_REF, NULL),
            count_inlines(text_of(n), N_FNREF, NULL), subs, (int)ast_effective_change(n));
  sb_free(&t);
  char *r = xstrdup(sb_str(&s));
  sb_free(&s);
  return r;
}

size_t parallel_items(const struct node *parent, const struct node ***out) {
  size_t n = 0;
  for (const struct node *c = parent->first; c; c = c->next)
    n += c->kind == N_CLAUSE || c->kind == N_PARA;
  *out = xcalloc(n ? n : 1, sizeof **out);
  n = 0;
  for (const struct node *c = parent->first; c; c = c->next)
    if (c->kind == N_CLAUSE || c->kind == N_PARA) (*out)[n++] = c;
  return n;
}

static const char *label_or_place(const struct node *c, struct strbuf *sb) {
  const char *l = c->kind == N_CLAUSE ? shown_label(c, c->as.clause.new_label != NULL) : "";
  if (*l) return l;
  sb_clear(sb);
  int i = 1;
  for (const struct node *s = c->prev; s; s = s->prev) i += s->kind == c->kind;
  sb_printf(sb, "#%d", i);
  return sb_str(sb);
}

void parallel_align(const struct node *const *a, size_t na, const struct node *const *b, size_t nb,
                    long *match) {
  for (size_t j = 0; j < nb; j++) match[j] = na == nb ? (long)j : -1;
  if (na == nb) return;
  size_t w = nb + 1;
  if ((na + 1) * w > MAX_ALIGN_CELLS) { /* positional: the common prefix */
    for (size_t j = 0; j < nb && j < na; j++) match[j] = (long)j;
    return;
  }
  char **sa = xcalloc(na + 1, sizeof *sa), **sb = xcalloc(nb + 1, sizeof *sb);
  for (size_t i = 0; i < na; i++) sa[i] = signature(a[i]);
  for (size_t j = 0; j < nb; j++) sb[j] = signature(b[j]);
  unsigned *L = xcalloc((na + 1) * w, sizeof *L);
  for (size_t i = na; i-- > 0;)
    for (size_t j = nb; j-- > 0;)
      L[i * w + j] = strcmp(sa[i], sb[j]) == 0                ? L[(i + 1) * w + j + 1] + 1
                     : L[(i + 1) * w + j] >= L[i * w + j + 1] ? L[(i + 1) * w + j]
                                                              : L[i * w + j + 1];
  size_t i = 0, j = 0;
  while (i < na && j < nb) {
    if (strcmp(sa[i], sb[j]) == 0 && L[i * w + j] == L[(i + 1) * w + j + 1] + 1)
      match[j++] = (long)i++;
    else if (L[(i + 1) * w + j] >= L[i * w + j + 1]) i++;
    else j++;
  }
  for (size_t k = 0; k < na; k++) free(sa[k]);
  for (size_t k = 0; k < nb; k++) free(sb[k]);
  free(sa);
  free(sb);
  free(L);
}

/* Reports A's items FROM..TO-1, which have no counterpart in B, before B's item AT
 * (NULL: after B's last item LAST, or under B's parent PB when B has none). */
static void report_missing(struct pctx *p, const struct node *const *a, size_t from, size_t to,
                           const struct node *at, const struct node *last, const struct node *pb,
                           size_t na, size_t nb) {
  struct strbuf tmp = {0};
  for (size_t i = from; i < to; i++) {
    const struct loc *l = at ? &at->loc : last ? &last->loc : &pb->loc;
    char note[600];
    snprintf(note, sizeof note, "the %s missing from %s", item_name(a[i]), p->b->src->name);
    mismatch(p, l, &a[i]->loc, note,
             "%s %s of %s has no counterpart here: a %s is missing %s (%zu here, %zu there)",
             item_name(a[i]), label_or_place(a[i], &tmp), aname(p), item_name(a[i]),
             at ? "before this one" : "after this one", nb, na);
  }
  sb_free(&tmp);
}

/* The clauses (and annex paragraphs) of PA and PB: item by item when they are as many;
 * else aligned on their signatures (parallel_align), each item with no counterpart
 * reported where it is missing. */
static void compare_list(struct pctx *p, const struct node *pa, const struct node *pb, int depth) {
  const struct node **a, **b;
  size_t na = parallel_items(pa, &a), nb = parallel_items(pb, &b);
  if (na == nb) {
    /* after a clause deleted in one version only, the labels that follow are shifted */
    int labels = 1;
    for (size_t i = 0; i < na; i++)
      if (compare_item(p, a[i], b[i], labels, depth)) labels = 0;
    free(a);
    free(b);
    return;
  }
  long *match = xcalloc(nb ? nb : 1, sizeof *match);
  parallel_align(a, na, b, nb, match);
  size_t next = 0; /* A's first item not yet matched or reported */
  for (size_t j = 0; j < nb; j++) {
    if (match[j] < 0) {
      const struct node *at = next < na ? a[next] : na ? a[na - 1] : NULL;
      mismatch(p, &b[j]->loc, at ? &at->loc : &pa->loc,
               next < na ? "where it would be here" : "where it would be, after this one",
               "this %s has no counterpart in %s (%zu here, %zu there)", item_name(b[j]), aname(p),
               nb, na);
      continue;
    }
    report_missing(p, a, next, (size_t)match[j], b[j], NULL, pb, na, nb);
    compare_item(p, a[match[j]], b[j], 0, depth);
    next = (size_t)match[j] + 1;
  }
  report_missing(p, a, next, na, NULL, nb ? b[nb - 1] : NULL, pb, na, nb);
  free(match);
  free(a);
  free(b);
}

/* ---- sections and annexes ---- */

static size_t children_of(const struct node *parent, enum node_kind kind,
                          const struct node ***out) {
  size_t n = 0;
  for (const struct node *c = parent->first; c; c = c->next) n += c->kind == kind;
  *out = xcalloc(n ? n : 1, sizeof **out);
  n = 0;
  for (const struct node *c = parent->first; c; c = c->next)
    if (c->kind == kind) (*out)[n++] = c;
  return n;
}

static int nclauses(const struct node *s) {
  int n = 0;
  for (const struct node *c = s->first; c; c = c->next) n += c->kind == N_CLAUSE;
  return n;
}

static const char *sec_kind(const struct node *s) {
  return s->flags & F_OPERATIVE ? "an operative" : "a preamble";
}

/* Two sections that may stand for each other: the same kind, as many clauses, the same
 * revision state. */
static int sec_like(const struct node *x, const struct node *y) {
  return (x->flags & F_OPERATIVE) == (y->flags & F_OPERATIVE) && nclauses(x) == nclauses(y) &&
         ast_effective_change(x) == ast_effective_change(y);
}

static const struct loc *head_loc(const struct node *s) {
  return s->first ? &s->first->loc : &s->loc;
}

static void compare_section(struct pctx *p, const struct node *a, const struct node *b) {
  if ((a->flags & F_OPERATIVE) != (b->flags & F_OPERATIVE)) {
    mismatch(p, head_loc(b), head_loc(a), "the section here", "%s section here, %s section in %s",
             sec_kind(b), sec_kind(a), aname(p));
    return;
  }
  enum change ca = ast_effective_change(a), cb = ast_effective_change(b);
  if (ca != cb) {
    mismatch(p, head_loc(b), head_loc(a), "the section here", "the section is %s here, %s in %s",
             change_name(cb), change_name(ca), aname(p));
    return;
  }
  if (a->first && b->first && a->first->kind == N_PHRASE && b->first->kind == N_PHRASE)
    compare_inlines(p, a->first, b->first, head_loc(a), head_loc(b));
  compare_list(p, a, b, 1);
}

/* ---- tables ---- */

static size_t cells_of(const struct node *row) {
  size_t n = 0;
  for (const struct node *c = row->first; c; c = c->next) n += c->kind == N_CELL;
  return n;
}

/* Tables A and B, row by row: as many rows, the header row in both or neither, each
 * row of the same revision state and as many cells, and the cells' references and
 * footnotes. One report per table. */
static void compare_table(struct pctx *p, const struct node *a, const struct node *b, size_t k) {
  const struct node **ra, **rb;
  size_t na = children_of(a, N_ROW, &ra), nb = children_of(b, N_ROW, &rb);
  if (na != nb)
    mismatch(p, &b->loc, &a->loc, "the table here", "table %zu has %zu rows here, %zu in %s", k,
             nb, na, aname(p));
  for (size_t i = 0; na == nb && i < na; i++) {
    const struct node *x = ra[i], *y = rb[i];
    size_t cx = cells_of(x), cy = cells_of(y);
    enum change chx = ast_effective_change(x), chy = ast_effective_change(y);
    if ((x->flags & F_HEAD_ROW) != (y->flags & F_HEAD_ROW))
      mismatch(p, &y->loc, &x->loc, "the row here",
               "row %zu of table %zu is %s here, %s in %s", i + 1, k,
               y->flags & F_HEAD_ROW ? "the header row" : "not a header row",
               x->flags & F_HEAD_ROW ? "the header row" : "not a header row", aname(p));
    else if (chx != chy)
      mismatch(p, &y->loc, &x->loc, "the row here", "row %zu of table %zu is %s here, %s in %s",
               i + 1, k, change_name(chy), change_name(chx), aname(p));
    else if (cx != cy)
      mismatch(p, &y->loc, &x->loc, "the row here",
               "row %zu of table %zu has %zu cells here, %zu in %s", i + 1, k, cy, cx, aname(p));
    else {
      const struct node *c = x->first, *d = y->first;
      for (; c && d; c = c->next, d = d->next) compare_inlines(p, c, d, &x->loc, &y->loc);
      continue;
    }
    break;
  }
  free(ra);
  free(rb);
}

/* The tables of annexes A and B, in order: as many, each compared row by row. */
static void compare_tables(struct pctx *p, const struct node *a, const struct node *b) {
  const struct node **ta, **tb;
  size_t na = children_of(a, N_TABLE, &ta), nb = children_of(b, N_TABLE, &tb);
  if (na != nb)
    mismatch(p, nb ? &tb[nb < na ? nb - 1 : na]->loc : &b->loc,
             na ? &ta[na < nb ? na - 1 : nb]->loc : &a->loc,
             na > nb ? "the table with no counterpart" : "the last table here",
             "%zu table%s here, %zu in %s", nb, nb == 1 ? "" : "s", na, aname(p));
  for (size_t i = 0; i < na && i < nb; i++) compare_table(p, ta[i], tb[i], i + 1);
  free(ta);
  free(tb);
}

/* The sections of resolutions RA and RB, in order; two neighbours that changed places
 * are reported once as such. */
static void compare_sections(struct pctx *p, const struct node *ra, const struct node *rb) {
  const struct node **a, **b;
  size_t na = children_of(ra, N_SECTION, &a), nb = children_of(rb, N_SECTION, &b);
  size_t n = na < nb ? na : nb, i = 0;
  while (i < n) {
    if (!sec_like(a[i], b[i]) && i + 1 < n && sec_like(a[i], b[i + 1]) &&
        sec_like(a[i + 1], b[i]) && !sec_like(a[i], a[i + 1])) {
      mismatch(p, head_loc(b[i]), head_loc(a[i + 1]), "this section comes second here",
               "this section and the next are in the other order in %s (sections %zu and %zu)",
               aname(p), i + 1, i + 2);
      compare_section(p, a[i + 1], b[i]);
      compare_section(p, a[i], b[i + 1]);
      i += 2;
      continue;
    }
    compare_section(p, a[i], b[i]);
    i++;
  }
  if (na > nb)
    mismatch(p, nb ? head_loc(b[nb - 1]) : &rb->loc, head_loc(a[nb]),
             "the section with no counterpart",
             "%zu sections here, %zu in %s: its section %zu has no counterpart", nb, na, aname(p),
             nb + 1);
  else if (nb > na)
    mismatch(p, head_loc(b[na]), na ? head_loc(a[na - 1]) : &ra->loc, "the last section here",
             "this section has no counterpart in %s (%zu sections here, %zu there)", aname(p), nb,
             na);
  free(a);
  free(b);

  na = children_of(ra, N_ANNEX, &a), nb = children_of(rb, N_ANNEX, &b);
  n = na < nb ? na : nb;
  for (i = 0; i < n; i++) {
    enum change ca = ast_effective_change(a[i]), cb = ast_effective_change(b[i]);
    if (ca != cb)
      mismatch(p, &b[i]->loc, &a[i]->loc, "the annex here", "the annex is %s here, %s in %s",
               change_name(cb), change_name(ca), aname(p));
    else {
      compare_list(p, a[i], b[i], 1);
      compare_tables(p, a[i], b[i]);
    }
  }
  if (na != nb)
    mismatch(p, nb ? &b[n ? n - 1 : 0]->loc : &rb->loc, na ? &a[n ? n - 1 : 0]->loc : &ra->loc,
             "the annexes here", "%zu annexes here, %zu in %s", nb, na, aname(p));
  free(a);
  free(b);
}

/* ---- resolutions and proposals ---- */

static const struct node *child(const struct node *n, enum node_kind kind) {
  for (const struct node *c = n ? n->first : NULL; c; c = c->next)
    if (c->kind == kind) return c;
  return NULL;
}

static void compare_resolution(struct pctx *p, const struct node *ra, const struct node *rb) {
  static const struct {
    enum node_kind kind;
    const char *what;
  } lines[] = {{N_NUMBER, "number line"},
               {N_TITLE, "title"},
               {N_HISTORY, "history line"},
               {N_ASSEMBLY, "assembly line"}};
  for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
    const struct node *a = child(ra, lines[i].kind), *b = child(rb, lines[i].kind);
    if (!a && !b) continue;
    if (!a || !b) {
      mismatch(p, b ? &b->loc : &rb->loc, a ? &a->loc : &ra->loc,
               a ? "the line here" : "no such line here",
               b ? "the %s is here, not in %s" : "no %s here, one in %s", lines[i].what, aname(p));
      continue;
    }
    if (lines[i].kind == N_NUMBER && strcmp(a->str, b->str) != 0)
      mismatch(p, &b->loc, &a->loc, "the number line here",
               "the number line opens a %s here, a %s in %s", b->str, a->str, aname(p));
    else if (lines[i].kind != N_TITLE &&
             !compare_header_line(p, a, b, lines[i].what, lines[i].kind == N_NUMBER))
      compare_places(p, a, b, lines[i].what);
    compare_inlines(p, a, b, &a->loc, &b->loc);
  }
  compare_sections(p, ra, rb);
}

/* The resolutions of a document in order, each with its proposal (or NULL). */
struct unit {
  const struct node *proposal, *res;
  const struct node *at; /* where it starts */
};

static size_t units_of(const struct document *doc, struct unit **out) {
  size_t n = 0, cap = 8;
  *out = xmalloc(cap * sizeof **out);
  for (const struct node *c = doc->root->first; c; c = c->next) {
    if (c->kind != N_PROPOSAL && c->kind != N_RESOLUTION) continue;
    if (n == cap) *out = xrealloc(*out, (cap *= 2) * sizeof **out);
    (*out)[n++] = (struct unit){c->kind == N_PROPOSAL ? c : NULL,
                                c->kind == N_RESOLUTION ? c : child(c, N_RESOLUTION), c};
  }
  return n;
}

static int count_defs(const struct document *doc, const struct node **first) {
  int n = 0;
  *first = NULL;
  for (const struct node *c = doc->footnotes ? doc->footnotes->first : NULL; c; c = c->next)
    if (c->kind == N_FOOTNOTE_DEF) {
      if (!*first) *first = c;
      n++;
    }
  return n;
}

static void compare_documents(struct pctx *p) {
  struct unit *a, *b;
  size_t na = units_of(p->a, &a), nb = units_of(p->b, &b);
  size_t n = na < nb ? na : nb;
  for (size_t i = 0; i < n; i++) {
    const struct unit *ua = &a[i], *ub = &b[i];
    if (!ua->proposal != !ub->proposal) {
      p->unit_mismatches++;
      mismatch(p, &ub->at->loc, &ua->at->loc, "here", "%s here, %s in %s",
               ub->proposal ? "a proposal" : "a resolution",
               ua->proposal ? "a proposal" : "a resolution", aname(p));
      continue;
    }
    if (ua->proposal) {
      const char *xa = ua->proposal->str ? ua->proposal->str : "",
                 *xb = ub->proposal->str ? ub->proposal->str : "";
      const char *ia = ua->proposal->str2 ? ua->proposal->str2 : "",
                 *ib = ub->proposal->str2 ? ub->proposal->str2 : "";
      if (strcmp(xa, xb) != 0 || strcmp(ia, ib) != 0) {
        mismatch(p, &ub->at->loc, &ua->at->loc, "the proposal here",
                 "the proposal is %s %s here, %s %s in %s", xb, ib, xa, ia, aname(p));
        continue;
      }
    }
    if (!ua->res != !ub->res)
      mismatch(p, &ub->at->loc, &ua->at->loc, "here", "the proposal %s a resolution here, %s in %s",
               ub->res ? "holds" : "holds no", ua->res ? "it does" : "it does not", aname(p));
    else if (ua->res) compare_resolution(p, ua->res, ub->res);
  }
  if (na != nb) {
    p->unit_mismatches++;
    const struct loc *lb = nb ? &b[n < nb ? n : nb - 1].at->loc : &p->b->root->loc;
    const struct loc *la = na ? &a[n < na ? n : na - 1].at->loc : &p->a->root->loc;
    mismatch(p, lb, la, "here", "%zu resolutions or proposals here, %zu in %s", nb, na, aname(p));
  }
  free(a);
  free(b);
  const struct node *fa, *fb;
  int da = count_defs(p->a, &fa), db = count_defs(p->b, &fb);
  static const struct loc top = {1, 1, 1, 1};
  if (da != db && p->fn_mismatches == 0 && p->unit_mismatches == 0)
    mismatch(p, fb ? &fb->loc : &top, fa ? &fa->loc : &top,
             da ? "the first footnote here" : "no footnote here",
             "%d footnote%s defined here, %d in %s", db, db == 1 ? "" : "s", da, aname(p));
}

void check_parallel(struct document *const *docs, size_t n, struct diag_ctx *d) {
  size_t first = 0;
  while (first < n && !docs[first]) first++;
  for (size_t i = first + 1; i < n; i++) {
    if (!docs[i]) continue;
    struct pctx p = {d, docs[first], docs[i], 0, 0};
    compare_documents(&p);
  }
}
