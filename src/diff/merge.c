/* The tree diff behind `resc diff`. Blocks are aligned level by level with a weighted
 * longest common subsequence over a similarity (header fields by name, sections by
 * phrase, clauses by the words they share), so an inserted or deleted clause is one
 * block revision and relettering follows from the computed labels; inside blocks that
 * match, inline content is compared as a sequence of tokens (words, punctuation, runs
 * of spaces, references) and rebuilt with N_INS/N_DEL nodes. Every walk carries a depth
 * and stops at a bound: the parser already limits clause depth to 8 and inline nesting
 * to 64. */
#include "merge.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast_check.h"
#include "ast_iter.h"
#include "diag.h"
#include "labels.h"
#include "strbuf.h"
#include "strmap.h"

#define MAX_DEPTH 96 /* block and inline nesting together, well above the parser's */

/* ---------------------------------------------------------------- cleaning */

static int is_inline_container(enum node_kind k) {
  return k == N_FIELD || k == N_PARA || k == N_REASONS || k == N_NUMBER || k == N_TITLE ||
         k == N_HISTORY || k == N_ASSEMBLY || k == N_PHRASE || k == N_CLAUSE_TEXT ||
         k == N_FOOTNOTE_DEF || k == N_CELL;
}

/* Inline content of N with marks resolved to the new text. Insertions are unwrapped
 * by moving their children in front of them. */
static void clean_inlines(struct node *n, int depth) {
  struct node *c = n->first;
  while (c) {
    struct node *next = c->next;
    if (c->kind == N_DEL || c->kind == N_COMMENT || depth > MAX_DEPTH) {
      ast_unlink(c);
    } else if (c->kind == N_INS) {
      clean_inlines(c, depth + 1);
      struct node *k = c->first;
      while (k) {
        struct node *kn = k->next;
        k->parent = NULL;
        k->prev = k->next = NULL;
        /* insert k before c */
        k->parent = n;
        k->prev = c->prev;
        k->next = c;
        if (c->prev) c->prev->next = k;
        else n->first = k;
        c->prev = k;
        k = kn;
      }
      c->first = c->last = NULL;
      ast_unlink(c);
    } else if (c->kind == N_EMPH || c->kind == N_STRONG) {
      clean_inlines(c, depth + 1);
    }
    c = next;
  }
}

static void clean_blocks(struct arena *a, struct node *n, int depth) {
  struct node *c = n->first;
  while (c) {
    struct node *next = c->next;
    if (c->change == CH_DEL || depth > MAX_DEPTH) {
      ast_unlink(c);
    } else {
      c->change = CH_NONE;
      if (is_inline_container(c->kind)) {
        clean_inlines(c, depth + 1);
        ast_normalize_inlines(a, c);
      } else if (!ast_is_inline(c)) {
        clean_blocks(a, c, depth + 1);
      }
    }
    c = next;
  }
}

void diff_clean(struct document *doc) {
  clean_blocks(doc->arena, doc->root, 0);
  if (doc->footnotes) clean_blocks(doc->arena, doc->footnotes, 0);
}

/* ---------------------------------------------------------------- similarity */

/* The words of a subtree (no punctuation, no spaces) as sorted hashes: a bag that two
 * blocks are compared by (Dice coefficient), cheap enough for every pair in a section. */
struct bag {
  uint64_t *h;
  size_t n;
};

static void collect_text(const struct node *n, struct strbuf *sb) {
  struct ast_iter it;
  ast_iter_init(&it, n);
  while (ast_iter_next(&it) != AST_DONE) {
    const struct node *c = it.node;
    if (c == n) continue;
    if (it.event == AST_ENTER) {
      if (c->kind == N_TEXT) sb_adds(sb, c->str);
      else if (c->kind == N_REF || c->kind == N_FNREF) sb_printf(sb, " %s ", c->str);
    } else if (!ast_is_inline(c)) {
      sb_addc(sb, ' ');
    }
  }
}

static int word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static void bag_of(const struct node *n, struct bag *b) {
  struct strbuf sb = {0};
  collect_text(n, &sb);
  const char *s = sb_str(&sb);
  size_t cap = 8;
  b->h = xmalloc(cap * sizeof *b->h);
  b->n = 0;
  while (*s) {
    if (!word_byte((unsigned char)*s)) {
      s++;
      continue;
    }
    uint64_t h = 1469598103934665603ULL;
    while (*s && word_byte((unsigned char)*s)) h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
    if (b->n == cap) b->h = xrealloc(b->h, (cap *= 2) * sizeof *b->h);
    b->h[b->n++] = h;
  }
  qsort(b->h, b->n, sizeof *b->h, cmp_u64);
  sb_free(&sb);
}

static double bag_dice(const struct bag *a, const struct bag *b) {
  if (a->n == 0 && b->n == 0) return 1.0;
  size_t i = 0, j = 0, common = 0;
  while (i < a->n && j < b->n) {
    if (a->h[i] == b->h[j]) common++, i++, j++;
    else if (a->h[i] < b->h[j]) i++;
    else j++;
  }
  return 2.0 * (double)common / (double)(a->n + b->n);
}

static double text_sim(const struct node *a, const struct node *b) {
  struct bag x, y;
  bag_of(a, &x);
  bag_of(b, &y);
  double s = bag_dice(&x, &y);
  free(x.h);
  free(y.h);
  return s;
}

static const struct node *child_of_kind(const struct node *n, enum node_kind k) {
  for (const struct node *c = n->first; c; c = c->next)
    if (c->kind == k) return c;
  return NULL;
}

static int same_inlines(const struct node *a, const struct node *b) {
  struct strbuf x = {0}, y = {0};
  collect_text(a, &x);
  collect_text(b, &y);
  int same = strcmp(sb_str(&x), sb_str(&y)) == 0;
  sb_free(&x);
  sb_free(&y);
  return same;
}

static size_t count_children(const struct node *p) {
  size_t n = 0;
  for (const struct node *c = p->first; c; c = c->next) n++;
  return n;
}

/* How much block N (new) and O (old) are the same block: 0 when they cannot be, 1 for
 * the blocks that are unique in their parent (header lines, the phrase of a section). */
static double block_sim(const struct node *n, const struct node *o) {
  if (n->kind != o->kind) return 0;
  switch (n->kind) {
  case N_FIELD: return strcmp(n->str, o->str) == 0 ? 1.0 : 0.0;
  case N_FOOTNOTE_DEF: return strcmp(n->str, o->str) == 0 ? 1.0 : 0.0;
  case N_SECTION: {
    const struct node *pn = child_of_kind(n, N_PHRASE), *po = child_of_kind(o, N_PHRASE);
    if (pn && po && same_inlines(pn, po)) return 1.0;
    double ps = pn && po ? text_sim(pn, po) : 0;
    return 0.5 * ps + 0.5 * text_sim(n, o) - 0.01;
  }
  case N_CLAUSE: {
    const struct node *tn = child_of_kind(n, N_CLAUSE_TEXT), *to = child_of_kind(o, N_CLAUSE_TEXT);
    if (!tn || !to) return text_sim(n, o);
    if (same_inlines(tn, to)) return 1.0;
    return text_sim(tn, to) * 0.99;
  }
  case N_PARA:
    if (same_inlines(n, o)) return 1.0;
    return text_sim(n, o) * 0.99;
  case N_ROW: /* a row of another width is another row: its cells are not paired */
    if (count_children(n) != count_children(o)) return 0;
    if (same_inlines(n, o)) return 1.0;
    return text_sim(n, o) * 0.99;
  default: return 1.0;
  }
}

/* ---------------------------------------------------------------- copying */

/* A deep copy of an old node into the new document's arena. */
static struct node *copy_node(struct arena *a, const struct node *o, const struct strmap *anchors,
                              struct strbuf *moved, int depth) {
  struct node *n = ast_new(a, o->kind, &o->loc);
  n->change = o->change;
  n->flags = o->flags;
  if (o->str) n->str = arena_strdup(a, o->str);
  if (o->str2) n->str2 = arena_strdup(a, o->str2);
  if (o->kind == N_CLAUSE) {
    n->as.clause.level = o->as.clause.level;
    n->as.clause.label_kind = o->as.clause.label_kind;
    n->as.clause.indent = o->as.clause.indent;
    /* an id the new text uses too would be defined twice */
    if (o->as.clause.anchor && anchors && strmap_get(anchors, o->as.clause.anchor))
      sb_printf(moved, "%s\n", o->as.clause.anchor);
    else if (o->as.clause.anchor) n->as.clause.anchor = arena_strdup(a, o->as.clause.anchor);
  }
  if (depth > MAX_DEPTH) return n;
  for (const struct node *c = o->first; c; c = c->next)
    ast_append(n, copy_node(a, c, anchors, moved, depth + 1));
  return n;
}

/* Wraps all inline content of N into one N_INS or N_DEL. */
static void wrap_inlines(struct arena *a, struct node *n, enum node_kind k) {
  if (!n->first) return;
  struct node *w = ast_new(a, k, &n->loc);
  ast_adopt_children(w, n);
  n->first = n->last = NULL;
  ast_append(n, w);
}

/* ---------------------------------------------------------------- inline diff */

enum { ST_EMPH = 1, ST_STRONG = 2 };
enum op { OP_EQ, OP_DEL, OP_INS };

struct tok {
  const char *s; /* text of a text token (not NUL-terminated) */
  size_t len;
  const struct node *atom; /* a reference, footnote mark or line break */
  unsigned style;
  int space; /* a run of spaces */
};

struct toks {
  struct tok *t;
  size_t n, cap;
};

static void tok_push(struct toks *ts, struct tok t) {
  if (ts->n == ts->cap)
    ts->t = xrealloc(ts->t, (ts->cap = ts->cap ? 2 * ts->cap : 32) * sizeof *ts->t);
  ts->t[ts->n++] = t;
}

/* Words (runs of letters, digits and non-ASCII bytes), single punctuation characters
 * and runs of spaces. */
static void tokenize(const struct node *n, unsigned style, struct toks *ts, int depth) {
  if (depth > MAX_DEPTH) return;
  for (const struct node *c = n->first; c; c = c->next) {
    switch (c->kind) {
    case N_TEXT: {
      const char *s = c->str;
      while (*s) {
        const char *b = s;
        int space = 0;
        if (*s == ' ') {
          while (*s == ' ') s++;
          space = 1;
        } else if (word_byte((unsigned char)*s)) {
          while (*s && word_byte((unsigned char)*s)) s++;
        } else {
          s++;
        }
        tok_push(ts, (struct tok){.s = b, .len = (size_t)(s - b), .style = style, .space = space});
      }
      break;
    }
    case N_EMPH: tokenize(c, style | ST_EMPH, ts, depth + 1); break;
    case N_STRONG: tokenize(c, style | ST_STRONG, ts, depth + 1); break;
    case N_REF:
    case N_FNREF:
    case N_BREAK: tok_push(ts, (struct tok){.atom = c, .style = style}); break;
    default: break;
    }
  }
}

static int tok_eq(const struct tok *a, const struct tok *b) {
  if (a->style != b->style || !a->atom != !b->atom) return 0;
  if (a->atom)
    return a->atom->kind == b->atom->kind &&
           (a->atom->str == b->atom->str ||
            (a->atom->str && b->atom->str && strcmp(a->atom->str, b->atom->str) == 0));
  return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
}

#define TIDY_GAP 3

struct edit {
  enum op op;
  const struct tok *t;
};

/* Cells of the LCS table of one inline diff (16 MB); longer texts that differ in the
 * middle are replaced whole there. */
#define TOKEN_TABLE_MAX ((size_t)4 << 20)

/* The token edit script from O to N: common prefix and suffix, then an LCS table on
 * the middle (clauses are short; the table is bounded by TOKEN_TABLE_MAX). */
static struct edit *token_script(const struct toks *o, const struct toks *n, size_t *count) {
  size_t pre = 0, suf = 0;
  while (pre < o->n && pre < n->n && tok_eq(&o->t[pre], &n->t[pre])) pre++;
  while (suf < o->n - pre && suf < n->n - pre &&
         tok_eq(&o->t[o->n - 1 - suf], &n->t[n->n - 1 - suf]))
    suf++;
  size_t m = o->n - pre - suf, k = n->n - pre - suf;
  struct edit *e = xmalloc((o->n + n->n + 1) * sizeof *e);
  size_t ne = 0;
  for (size_t i = 0; i < pre; i++) e[ne++] = (struct edit){OP_EQ, &n->t[i]};
  if ((m + 1) * (k + 1) > TOKEN_TABLE_MAX) {
    /* too long to align word by word: the middle is replaced whole */
    for (size_t i = 0; i < m; i++) e[ne++] = (struct edit){OP_DEL, &o->t[pre + i]};
    for (size_t j = 0; j < k; j++) e[ne++] = (struct edit){OP_INS, &n->t[pre + j]};
    for (size_t s = n->n - suf; s < n->n; s++) e[ne++] = (struct edit){OP_EQ, &n->t[s]};
    *count = ne;
    return e;
  }
  unsigned *L = xcalloc((m + 1) * (k + 1), sizeof *L);
#define AT(i, j) L[(i) * (k + 1) + (j)]
  for (size_t i = m; i-- > 0;)
    for (size_t j = k; j-- > 0;)
      AT(i, j) = tok_eq(&o->t[pre + i], &n->t[pre + j]) ? AT(i + 1, j + 1) + 1
                 : AT(i + 1, j) >= AT(i, j + 1)         ? AT(i + 1, j)
                                                        : AT(i, j + 1);
  size_t i = 0, j = 0;
  while (i < m || j < k) {
    if (i < m && j < k && tok_eq(&o->t[pre + i], &n->t[pre + j])) {
      e[ne++] = (struct edit){OP_EQ, &n->t[pre + j]};
      i++, j++;
    } else if (i < m && (j == k || AT(i + 1, j) >= AT(i, j + 1))) {
      e[ne++] = (struct edit){OP_DEL, &o->t[pre + i]};
      i++;
    } else {
      e[ne++] = (struct edit){OP_INS, &n->t[pre + j]};
      j++;
    }
  }
#undef AT
  free(L);
  for (size_t s = n->n - suf; s < n->n; s++) e[ne++] = (struct edit){OP_EQ, &n->t[s]};
  *count = ne;
  return e;
}

/* Makes the script readable: spaces and punctuation (at most TIDY_GAP tokens, as in
 * "Geneva, 2022") left equal between two changes join the change, and each change region is written as all its
 * deletions, then all its insertions (one substitution rather than a zigzag). The
 * old and the new text are unchanged by both steps. */
static struct edit *tidy_script(struct edit *e, size_t *count) {
  size_t n = *count;
  struct edit *out = xmalloc((2 * n + 1) * sizeof *out);
  size_t no = 0, i = 0;
  while (i < n) {
    if (e[i].op == OP_EQ) {
      out[no++] = e[i++];
      continue;
    }
    /* a change region: extend it over short equal gaps followed by more change */
    size_t end = i;
    for (;;) {
      while (end < n && e[end].op != OP_EQ) end++;
      size_t g = end;
      while (g < n && e[g].op == OP_EQ && !e[g].t->atom &&
             !word_byte((unsigned char)e[g].t->s[0]) && g - end < TIDY_GAP)
        g++;
      if (g > end && g < n && e[g].op != OP_EQ) end = g;
      else break;
    }
    for (size_t j = i; j < end; j++)
      if (e[j].op != OP_INS) out[no++] = (struct edit){OP_DEL, e[j].t};
    for (size_t j = i; j < end; j++)
      if (e[j].op != OP_DEL) out[no++] = (struct edit){OP_INS, e[j].t};
    i = end;
  }
  free(e);
  *count = no;
  return out;
}

/* Appends the tokens E[from..to) (one op, one style) to P as text and atoms. */
static void emit_tokens(struct arena *a, struct node *p, const struct edit *e, size_t from,
                        size_t to, const struct loc *loc) {
  struct strbuf sb = {0};
  for (size_t i = from; i <= to; i++) {
    if (i == to || e[i].t->atom) {
      if (sb.len) ast_append(p, ast_text(a, sb.data, sb.len, loc));
      sb_clear(&sb);
      if (i == to) break;
      const struct node *at = e[i].t->atom;
      struct node *c = ast_new(a, at->kind, loc);
      if (at->str) c->str = arena_strdup(a, at->str);
      ast_append(p, c);
    } else {
      sb_add(&sb, e[i].t->s, e[i].t->len);
    }
  }
  sb_free(&sb);
}

/* Rebuilds container N from the script: runs of one style become an emphasis node
 * holding, in order, plain text and N_DEL / N_INS nodes (a deletion followed directly
 * by an insertion is one substitution). */
static void rebuild_inlines(struct arena *a, struct node *n, const struct edit *e, size_t ne) {
  n->first = n->last = NULL;
  size_t i = 0;
  while (i < ne) {
    unsigned style = e[i].t->style;
    size_t end = i;
    while (end < ne && e[end].t->style == style) end++;
    struct node *p = n;
    if (style & ST_STRONG) {
      struct node *s = ast_new(a, N_STRONG, &n->loc);
      ast_append(p, s);
      p = s;
    }
    if (style & ST_EMPH) {
      struct node *s = ast_new(a, N_EMPH, &n->loc);
      ast_append(p, s);
      p = s;
    }
    size_t j = i;
    while (j < end) {
      enum op op = e[j].op;
      size_t k = j;
      while (k < end && e[k].op == op) k++;
      if (op == OP_EQ) {
        emit_tokens(a, p, e, j, k, &n->loc);
      } else {
        struct node *m = ast_new(a, op == OP_DEL ? N_DEL : N_INS, &n->loc);
        emit_tokens(a, m, e, j, k, &n->loc);
        if (op == OP_INS && p->last && p->last->kind == N_DEL) {
          m->flags |= F_SUBST;
          p->last->flags |= F_SUBST;
        }
        ast_append(p, m);
      }
      j = k;
    }
    i = end;
  }
}

/* The inline content of N becomes its word diff against O. */
static void diff_inlines(struct arena *a, struct node *n, const struct node *o) {
  struct toks tn = {0}, to = {0};
  tokenize(n, 0, &tn, 0);
  tokenize(o, 0, &to, 0);
  size_t ne;
  struct edit *e = token_script(&to, &tn, &ne);
  int changed = 0;
  for (size_t i = 0; i < ne; i++) changed |= e[i].op != OP_EQ;
  if (changed) {
    e = tidy_script(e, &ne);
    rebuild_inlines(a, n, e, ne);
  }
  free(e);
  free(tn.t);
  free(to.t);
}

/* ---------------------------------------------------------------- block alignment */

struct merger {
  struct arena *arena;
  const struct strmap *anchors; /* ids of the new text */
  struct strbuf *moved;         /* ids of deleted clauses that the new text uses too */
};

static void merge_block(struct merger *mg, struct node *n, const struct node *o, int depth);

/* A block present in one version only: a block revision, or for header lines and
 * other one-line blocks (which have no block form of their own) an inline one. The
 * paragraphs of an annex and of the abstract have the block form. */
static void mark_whole(struct merger *mg, struct node *n, enum change ch) {
  if (is_inline_container(n->kind) && n->kind != N_FOOTNOTE_DEF &&
      !(n->kind == N_PARA && n->parent &&
        (n->parent->kind == N_ANNEX || n->parent->kind == N_ABSTRACT)))
    wrap_inlines(mg->arena, n, ch == CH_INS ? N_INS : N_DEL);
  else n->change = (unsigned char)ch;
}

/* Aligns the children of N and O (weighted LCS: the sum of similarities of the pairs
 * kept is largest) and relinks N's children as the merged sequence: matched blocks
 * merged recursively; between two matches, the old blocks deleted, then the new ones
 * inserted. */
static void merge_children(struct merger *mg, struct node *n, const struct node *o, int depth) {
  size_t k = count_children(n), m = count_children(o);
  struct node **nc = xmalloc((k + 1) * sizeof *nc);
  const struct node **oc = xmalloc((m + 1) * sizeof *oc);
  size_t i = 0;
  for (struct node *c = n->first; c; c = c->next) nc[i++] = c;
  i = 0;
  for (const struct node *c = o->first; c; c = c->next) oc[i++] = c;
  double *sim = xmalloc((m * k + 1) * sizeof *sim);
  double *D = xcalloc((m + 1) * (k + 1), sizeof *D);
  for (size_t a = 0; a < m; a++)
    for (size_t b = 0; b < k; b++) sim[a * k + b] = block_sim(nc[b], oc[a]);
#define AT(x, y) D[(x) * (k + 1) + (y)]
  for (size_t a = m; a-- > 0;)
    for (size_t b = k; b-- > 0;) {
      double best = AT(a + 1, b) > AT(a, b + 1) ? AT(a + 1, b) : AT(a, b + 1);
      double s = sim[a * k + b];
      if (s >= DIFF_SAME_BLOCK && AT(a + 1, b + 1) + s >= best) best = AT(a + 1, b + 1) + s;
      AT(a, b) = best;
    }
  /* relink: the merged order, built by walking the table */
  struct node **out = xmalloc((m + k + 1) * sizeof *out);
  struct node **ins = xmalloc((k + 1) * sizeof *ins);
  size_t no = 0, nins = 0, a = 0, b = 0;
  while (a < m || b < k) {
    double s = a < m && b < k ? sim[a * k + b] : 0;
    if (a < m && b < k && s >= DIFF_SAME_BLOCK && AT(a, b) == AT(a + 1, b + 1) + s) {
      for (size_t x = 0; x < nins; x++) out[no++] = ins[x];
      nins = 0;
      merge_block(mg, nc[b], oc[a], depth + 1);
      out[no++] = nc[b];
      a++, b++;
    } else if (a < m && (b == k || AT(a, b) == AT(a + 1, b))) {
      struct node *d = copy_node(mg->arena, oc[a], mg->anchors, mg->moved, depth);
      d->parent = n;
      mark_whole(mg, d, CH_DEL);
      out[no++] = d;
      a++;
    } else {
      mark_whole(mg, nc[b], CH_INS);
      ins[nins++] = nc[b];
      b++;
    }
  }
#undef AT
  for (size_t x = 0; x < nins; x++) out[no++] = ins[x];
  n->first = n->last = NULL;
  for (size_t x = 0; x < no; x++) ast_append(n, out[x]);
  free(out);
  free(ins);
  free(sim);
  free(D);
  free(nc);
  free(oc);
}

static void merge_block(struct merger *mg, struct node *n, const struct node *o, int depth) {
  if (depth > MAX_DEPTH) return;
  if (is_inline_container(n->kind)) diff_inlines(mg->arena, n, o);
  else merge_children(mg, n, o, depth);
}

/* ---------------------------------------------------------------- entry points */

/* A merged tree keeps the labels it computes, except where a typed label chose a list
 * scheme. */
static void drop_typed_labels(struct node *root) {
  struct ast_iter it;
  ast_iter_init(&it, root);
  while (ast_iter_next(&it) != AST_DONE) {
    struct node *c = it.node;
    if (it.event != AST_ENTER) continue;
    if (ast_is_inline(c)) ast_iter_skip(&it);
    else if (c->kind == N_CLAUSE && !(c->flags & F_SETS_SCHEME) &&
             !label_is_bis(c->as.clause.typed))
      c->as.clause.typed = NULL;
  }
}

int diff_merge(struct document *newdoc, const struct document *olddoc, struct strbuf *moved) {
  struct merger mg = {.arena = newdoc->arena, .anchors = newdoc->anchor_map, .moved = moved};
  size_t before = moved->len;
  merge_children(&mg, newdoc->root, olddoc->root, 0);
  if (!newdoc->footnotes && olddoc->footnotes && olddoc->footnotes->first)
    newdoc->footnotes = ast_new(newdoc->arena, N_SPAN, NULL);
  if (newdoc->footnotes) {
    static const struct node empty;
    merge_children(&mg, newdoc->footnotes, olddoc->footnotes ? olddoc->footnotes : &empty, 0);
  }
  drop_typed_labels(newdoc->root);
  newdoc->comments = NULL;
  struct diag_ctx d;
  diag_init(&d);
  labels_compute(newdoc, &d);
  diag_free(&d);
  ast_assert_valid(newdoc);
  return moved->len != before;
}

/* Renames in N the clause ids and references listed in MAP (old id -> new id). */
static void rename_ids(struct node *root, struct strmap *map) {
  struct ast_iter it;
  ast_iter_init(&it, root);
  while (ast_iter_next(&it) != AST_DONE) {
    struct node *c = it.node;
    const char *to;
    if (it.event != AST_ENTER) continue;
    if (c->kind == N_CLAUSE && c->as.clause.anchor && (to = strmap_get(map, c->as.clause.anchor)))
      c->as.clause.anchor = to;
    if (c->kind == N_REF && c->str && (to = strmap_get(map, c->str))) c->str = to;
  }
}

void diff_rename_moved(struct document *olddoc, const struct document *newdoc, const char *moved) {
  struct strmap *map = strmap_new();
  while (*moved) {
    const char *nl = strchr(moved, '\n');
    size_t len = nl ? (size_t)(nl - moved) : strlen(moved);
    const char *id = arena_strndup(olddoc->arena, moved, len);
    moved += len + (nl != NULL);
    if (strmap_get(map, id)) continue;
    const char *to = NULL;
    for (int i = 1; !to; i++) {
      const char *cand = i == 1 ? arena_printf(olddoc->arena, "%s-old", id)
                                : arena_printf(olddoc->arena, "%s-old%d", id, i);
      if (!strmap_get(newdoc->anchor_map, cand) && !strmap_get(olddoc->anchor_map, cand)) to = cand;
    }
    strmap_put(map, id, (void *)to);
  }
  rename_ids(olddoc->root, map);
  if (olddoc->footnotes) rename_ids(olddoc->footnotes, map);
  strmap_free(map);
}

int diff_count_marks(const struct node *n) {
  int count = 0;
  const struct node *c = n->first;
  int depth = 0;
  /* iterative preorder walk */
  while (c) {
    if (c->change || c->kind == N_DEL || (c->kind == N_INS && !(c->flags & F_SUBST))) count++;
    if (c->first && depth < MAX_DEPTH) {
      c = c->first;
      depth++;
      continue;
    }
    while (c && !c->next && c != n) {
      c = c->parent;
      depth--;
    }
    if (!c || c == n) break;
    c = c->next;
  }
  return count;
}
