/* The questions every output asks of a view; see view.h. */
#include "view.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast_iter.h"
#include "strmap.h"

int view_visible(enum view view, const struct node *n) {
  enum change c = ast_effective_change(n);
  return !(view == VIEW_NEW && c == CH_DEL) && !(view == VIEW_OLD && c == CH_INS);
}

void view_label(enum view view, const char *old, const char *nw, enum change whole,
                struct view_label *out) {
  memset(out, 0, sizeof *out);
  out->del = out->ins = out->tail = "";
  if (view == VIEW_OLD || whole == CH_DEL) {
    if (old) out->tail = old, out->ntail = strlen(old);
    return;
  }
  if (view == VIEW_NEW || whole == CH_INS || !old || strcmp(old, nw ? nw : "") == 0) {
    if (nw) out->tail = nw, out->ntail = strlen(nw);
    return;
  }
  size_t lo = strlen(old), ln = nw ? strlen(nw) : 0, common = 0;
  if (lo && ln && old[lo - 1] == ')' && nw[ln - 1] == ')') common = 1;
  out->del = old, out->ndel = lo - common;
  out->ins = nw ? nw : "", out->nins = ln - common;
  out->tail = ")", out->ntail = common;
}

int view_clause_has_label(enum view view, const struct node *c) {
  const char *ol = view == VIEW_NEW ? NULL : c->as.clause.old_label;
  const char *nl = view == VIEW_OLD ? NULL : c->as.clause.new_label;
  return (ol && *ol) || (nl && *nl);
}

static const struct node *enclosing(const struct node *n, enum node_kind k1, enum node_kind k2) {
  while (n && n->kind != k1 && n->kind != k2) n = n->parent;
  return n;
}

/* The number of annex A among the annexes of its resolution in VIEW, and how many
 * there are. */
static int annex_number(enum view view, const struct node *a, int *count) {
  int n = 0;
  *count = 0;
  for (const struct node *s = a->parent ? a->parent->first : a; s; s = s->next)
    if (s->kind == N_ANNEX && view_visible(view, s)) {
      ++*count;
      if (s == a) n = *count;
    }
  return n ? n : 1;
}

/* Words the label chain of a clause of ANNEX as ITU texts refer to it: inside the
 * annex the bare number ("1.2 above"), from outside it "§ 1 of the annex to this
 * resolution", or the annex itself when the clause has no label. */
static void word_annex_chain(enum view view, const struct node *annex, int inside,
                             struct strbuf *chain) {
  int count;
  int n = annex_number(view, annex, &count);
  struct strbuf w = {0};
  if (inside) {
    if (chain->len) return;
    sb_adds(&w, "this annex");
  } else {
    if (chain->len) sb_printf(&w, "\xC2\xA7 %s of ", sb_str(chain));
    if (count > 1) sb_printf(&w, "Annex %d to this resolution", n);
    else sb_adds(&w, "the annex to this resolution");
  }
  sb_clear(chain);
  sb_add(chain, sb_str(&w), w.len);
  sb_free(&w);
}

int view_in_pass(const struct node *c, int pass) {
  static const enum node_kind order[VIEW_ORDER_PASSES - 1] = {N_NUMBER, N_TITLE, N_HISTORY,
                                                              N_ASSEMBLY};
  if (pass < VIEW_ORDER_PASSES - 1) return c->kind == order[pass];
  for (int i = 0; i < VIEW_ORDER_PASSES - 1; i++)
    if (c->kind == order[i]) return 0;
  return 1;
}

int view_in_print_pass(const struct node *c, int pass) {
  if (c->kind == N_HISTORY && (c->flags & F_AT_END)) return pass == VIEW_ORDER_PASSES - 1;
  return view_in_pass(c, pass);
}

int view_ref_spaced(const struct view_ref *r) {
  return r->phrase.len && (r->label.ndel || r->label.nins || r->label.ntail);
}

void view_reference(const struct document *doc, enum view view, const struct node *ref,
                    struct view_ref *out) {
  memset(out, 0, sizeof *out);
  const struct node *c = strmap_get(doc->anchor_map, ref->str);
  out->target = c;
  out->href = c && c->str2 ? c->str2 : "";
  view_label(view, NULL, NULL, CH_NONE, &out->label);
  if (!c) return;
  const struct node *sec = enclosing(c, N_SECTION, N_ANNEX);
  if (sec && sec->kind == N_SECTION) {
    struct strbuf sb = {0};
    ast_plain_text(sec->first, view == VIEW_OLD ? CH_DEL : CH_INS, &sb);
    const char *s = sb_str(&sb);
    const char *comma = strchr(s, ',');
    sb_add(&out->phrase, s, comma ? (size_t)(comma - s) : sb.len);
    sb_free(&sb);
  }
  const struct node *chain[16];
  int k = 0;
  for (const struct node *p = c; p && p->kind == N_CLAUSE && k < 16; p = p->parent) chain[k++] = p;
  for (int i = k - 1; i >= 0; i--) {
    const char *ol = chain[i]->as.clause.old_label, *nl = chain[i]->as.clause.new_label;
    if (ol && *ol) sb_printf(&out->old_chain, "%s%s", out->old_chain.len ? " " : "", ol);
    if (nl && *nl) sb_printf(&out->new_chain, "%s%s", out->new_chain.len ? " " : "", nl);
  }
  if (sec && sec->kind == N_ANNEX) {
    word_annex_chain(view, sec, enclosing(ref, N_ANNEX, N_ANNEX) == sec, &out->old_chain);
    word_annex_chain(view, sec, enclosing(ref, N_ANNEX, N_ANNEX) == sec, &out->new_chain);
  }
  out->whole = ast_effective_change(c);
  view_label(view, out->whole == CH_INS ? NULL : sb_str(&out->old_chain),
             out->whole == CH_DEL ? NULL : sb_str(&out->new_chain), out->whole, &out->label);
}

void view_ref_free(struct view_ref *r) {
  sb_free(&r->phrase);
  sb_free(&r->old_chain);
  sb_free(&r->new_chain);
}

void view_plain_text(const struct document *doc, enum view view, const struct node *container,
                     struct strbuf *sb) {
  struct ast_iter it;
  ast_iter_init(&it, container);
  while (ast_iter_next(&it) != AST_DONE) {
    const struct node *n = it.node;
    if (it.event != AST_ENTER || n == container) continue;
    switch (n->kind) {
    case N_EMPH:
    case N_STRONG: continue; /* their text is read */
    case N_INS:
      if (view != VIEW_OLD) continue;
      break;
    case N_DEL:
      if (view == VIEW_OLD) continue;
      break;
    case N_TEXT: sb_adds(sb, n->str); break;
    case N_BREAK: sb_addc(sb, ' '); break;
    case N_REF: {
      struct view_ref ref;
      view_reference(doc, view, n, &ref);
      if (ref.target) sb_add(sb, sb_str(&ref.phrase), ref.phrase.len);
      if (!ref.target || view_ref_spaced(&ref)) sb_addc(sb, ' ');
      if (ref.target) {
        sb_add(sb, ref.label.ins, ref.label.nins);
        sb_add(sb, ref.label.tail, ref.label.ntail);
      }
      view_ref_free(&ref);
      break;
    }
    default: break;
    }
    ast_iter_skip(&it);
  }
}

enum change view_header_whole_change(enum view view, const struct node *n) {
  const struct node *only = n->first;
  if (view == VIEW_MARKUP && only && !only->next && !n->change &&
      (only->kind == N_INS || only->kind == N_DEL) && !(only->flags & F_SUBST))
    return only->kind == N_INS ? CH_INS : CH_DEL;
  return CH_NONE;
}

void view_footnotes_begin(struct view_footnotes *f) {
  if (f->seen) strmap_free(f->seen);
  f->seen = strmap_new();
  f->n = 0;
}

int view_footnote_mark(struct view_footnotes *f, const struct document *doc, enum view view,
                       const struct node *fnref, int *k) {
  const struct node *def = strmap_get(doc->footnote_map, fnref->str);
  if (!def || !view_visible(view, def)) {
    *k = 1;
    return 0;
  }
  if (!f->seen) view_footnotes_begin(f);
  size_t i = (size_t)(uintptr_t)strmap_get(f->seen, def->str);
  if (!i) {
    if (f->n == f->cap) {
      f->cap = f->cap ? 2 * f->cap : 8;
      f->list = xrealloc(f->list, f->cap * sizeof *f->list);
      f->marks = xrealloc(f->marks, f->cap * sizeof *f->marks);
    }
    f->list[f->n] = def;
    f->marks[f->n] = 0;
    i = ++f->n;
    strmap_put(f->seen, def->str, (void *)(uintptr_t)i);
  }
  *k = ++f->marks[i - 1];
  return (int)i;
}

/* The stars a footnote id starts with ("*", "**", and "*-2" for a second note that an
 * import found printed with "*"); 0 when it starts otherwise. */
static size_t star_run(const char *id) {
  size_t n = strspn(id, "*");
  return n && (!id[n] || id[n] == '-') ? n : 0;
}

/* The length of a note id that is an inserted note's printed mark, "1bis", "2ter" (and
 * "1bis-2" for a second note an import found printed so): digits then bis, ter or
 * quater, as ITU numbers a note added between two others (WTSA Res. 1: 1, 1bis, 2);
 * 0 when the id is none. */
static size_t bis_mark(const char *id) {
  static const char *const sfx[] = {"bis", "ter", "quater"};
  size_t d = strspn(id, "0123456789");
  if (!d) return 0;
  for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
    size_t k = strlen(sfx[i]);
    if (strncmp(id + d, sfx[i], k) == 0 && (!id[d + k] || id[d + k] == '-')) return d + k;
  }
  return 0;
}

/* The mark a note prints as it is, not numbered: a run of stars, or "1bis". */
static size_t own_mark(const char *id) {
  size_t n = star_run(id);
  return n ? n : bis_mark(id);
}

int view_footnote_label(const struct view_footnotes *f, int num, char *buf, size_t cap) {
  if (num < 1 || (size_t)num > f->n) {
    snprintf(buf, cap, "%d", num);
    return 0;
  }
  size_t own = own_mark(f->list[num - 1]->str);
  if (own) {
    snprintf(buf, cap, "%.*s", (int)own, f->list[num - 1]->str);
    return 1;
  }
  int numbered = 0;
  for (int i = 0; i < num; i++) numbered += !own_mark(f->list[i]->str);
  snprintf(buf, cap, "%d", numbered);
  return 0;
}

void view_footnotes_free(struct view_footnotes *f) {
  if (f->seen) strmap_free(f->seen);
  free(f->list);
  free(f->marks);
  memset(f, 0, sizeof *f);
}

const struct node *view_trailing_marks(const struct node *container) {
  const struct node *first = NULL;
  for (const struct node *c = container ? container->last : NULL; c && c->kind == N_FNREF;
       c = c->prev)
    first = c;
  return first;
}

int view_mark_follows_mark(const struct node *n) { return n->prev && n->prev->kind == N_FNREF; }
