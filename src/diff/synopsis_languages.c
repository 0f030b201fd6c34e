/* resc synopsis --languages: the language versions of one text side by side, so that a
 * translator reads them aligned clause by clause. One row per line of the text (header
 * lines, section phrases, clauses and sub-clauses, annex lines), one column per
 * version; a table in an annex gives a line for its caption and one for each of its
 * rows. A line's row is found by its place in the tree (the second clause of the
 * third section), never by its words; a line whose place the first version does not
 * have gets a row of its own after its predecessor, and a row with an empty cell is
 * marked, since check --parallel has a mismatch to report there (so is a table's row
 * whose versions have other numbers of cells). Each column carries
 * the lang (and dir) of the language its section phrases are written in. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "cli.h"
#include "diag.h"
#include "output.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"
#include "strmap.h"
#include "synopsis.h"
#include "check_parallel.h"
#include "import/document.h"
#include "lang/lang.h"

#define MAX_DEPTH 96

struct version {
  const char *file;
  char *number_prefix[3]; /* the language's words before the number of a resolution and
                             a draft; NULL: the English ones (always for a decision) */
  struct source src;
  struct document *doc;
  const struct lang *lang; /* NULL when its phrases do not tell */
  struct syn_line *lines;
  char **keys;
  size_t nlines, cap;
};

struct lrow {
  char *key;
  const struct syn_line **cell; /* one per version, NULL when empty */
};

struct table {
  struct version *v;
  size_t nv;
  struct lrow *rows;
  size_t nrows, cap;
};

static void add_line(struct version *v, const struct node *n, const struct node *blk,
                     const char *key) {
  if (v->nlines == v->cap) {
    v->cap = v->cap ? 2 * v->cap : 64;
    v->lines = xrealloc(v->lines, v->cap * sizeof *v->lines);
    v->keys = xrealloc(v->keys, v->cap * sizeof *v->keys);
  }
  v->lines[v->nlines] = (struct syn_line){n, blk, 0, NULL};
  v->keys[v->nlines++] = xstrdup(key);
}

/* The places of the first version's lists (sections, clauses, annexes): a later
 * version's list is aligned on the first's list at the same place. */
struct places {
  struct strmap *map; /* place -> list node */
  char **keys;
  size_t n, cap;
};

static void place_put(struct places *pl, const char *key, const struct node *n) {
  if (!pl) return;
  if (pl->n == pl->cap)
    pl->keys = xrealloc(pl->keys, (pl->cap = pl->cap ? 2 * pl->cap : 64) * sizeof *pl->keys);
  char *k = pl->keys[pl->n++] = xstrdup(key);
  strmap_put(pl->map, k, (void *)n);
}

/* When T is a table (in an annex), its caption and its rows as lines of their own, at the
 * places PREFIX/tK/head and PREFIX/tK/rI: the tables of the versions are aligned table
 * by table and row by row, a row that one version lacks getting a row of its own. */
static void add_table(struct version *v, const struct node *t, const char *prefix, int *tables) {
  if (t->kind != N_TABLE) return;
  char key[640];
  int k = ++*tables, row = 0;
  for (const struct node *c = t->first; c; c = c->next) {
    if (c->kind == N_TITLE) snprintf(key, sizeof key, "%s/t%d/head", prefix, k);
    else if (c->kind == N_ROW) snprintf(key, sizeof key, "%s/t%d/r%d", prefix, k, ++row);
    else continue;
    add_line(v, c, c, key);
  }
}

/* The lines under N (a section, clause or annex) whose place starts with PREFIX. FIRST
 * holds the first version's lists when V is a later one (whose items take the places
 * of the first's items they align with), else NULL, and V's lists go to MINE. */
static void collect(struct version *v, const struct node *n, const char *prefix,
                    struct places *first, struct places *mine, int depth) {
  if (depth > MAX_DEPTH) return;
  char key[600];
  place_put(mine, prefix, n);
  for (const struct node *c = n->first; c; c = c->next) {
    if (c->kind == N_PHRASE || c->kind == N_TITLE) {
      snprintf(key, sizeof key, "%s/head", prefix);
      add_line(v, c, c, key);
    } else if (c->kind == N_CLAUSE_TEXT) {
      snprintf(key, sizeof key, "%s/text", prefix);
      add_line(v, c, c->parent, key);
    }
  }
  const struct node **items, **ref_items = NULL;
  size_t ni = parallel_items(n, &items), nr = 0;
  const struct node *ref = first ? strmap_get(first->map, prefix) : NULL;
  long *match = xcalloc(ni ? ni : 1, sizeof *match);
  if (ref) {
    nr = parallel_items(ref, &ref_items);
    parallel_align(ref_items, nr, items, ni, match);
  } else {
    for (size_t j = 0; j < ni; j++) match[j] = first ? -1 : (long)j;
  }
  long last = -1;
  const struct node *at = n->first; /* the tables between the items, in their place */
  int tables = 0;
  for (size_t j = 0; j < ni; j++) {
    for (; at && at != items[j]; at = at->next) add_table(v, at, prefix, &tables);
    if (at) at = at->next;
    if (match[j] >= 0) snprintf(key, sizeof key, "%s/%ld", prefix, (last = match[j]) + 1);
    else snprintf(key, sizeof key, "%s/%ld+%zu", prefix, last + 1, j + 1); /* no counterpart */
    if (items[j]->kind == N_PARA) add_line(v, items[j], items[j], key);
    else collect(v, items[j], key, first, mine, depth + 1);
  }
  for (; at; at = at->next) add_table(v, at, prefix, &tables);
  free(match);
  free(items);
  free(ref_items);
}

static void collect_resolution(struct version *v, const struct node *r, int resno,
                               struct places *first, struct places *mine) {
  char key[64];
  int sec = 0, annex = 0;
  for (const struct node *c = r->first; c; c = c->next) {
    switch (c->kind) {
    case N_NUMBER:
    case N_TITLE:
    case N_HISTORY:
    case N_ASSEMBLY:
      snprintf(key, sizeof key, "r%d/%s", resno, ast_kind_name(c->kind));
      add_line(v, c, c, key);
      break;
    case N_SECTION:
      snprintf(key, sizeof key, "r%d/s%d", resno, ++sec);
      collect(v, c, key, first, mine, 0);
      break;
    case N_ANNEX:
      snprintf(key, sizeof key, "r%d/a%d", resno, ++annex);
      collect(v, c, key, first, mine, 0);
      break;
    default: break;
    }
  }
}

/* The resolution a top-level node is or holds (a proposal's), or NULL. */
static const struct node *resolution_of(const struct node *c) {
  if (c->kind == N_RESOLUTION) return c;
  if (c->kind != N_PROPOSAL) return NULL;
  for (const struct node *r = c->first; r; r = r->next)
    if (r->kind == N_RESOLUTION) return r;
  return NULL;
}

/* The language of a document's section phrases, as lang_detect tells it. */
static const struct lang *language_of(const struct document *doc) {
  const char **phrases = NULL;
  size_t n = 0, cap = 0;
  struct strbuf *texts = NULL;
  for (const struct node *c = doc->root->first; c; c = c->next) {
    const struct node *r = resolution_of(c);
    if (!r) continue;
    for (const struct node *s = r->first; s; s = s->next) {
      if (s->kind != N_SECTION || !s->first || s->first->kind != N_PHRASE) continue;
      if (n == cap) {
        cap = cap ? 2 * cap : 16;
        texts = xrealloc(texts, cap * sizeof *texts);
      }
      texts[n] = (struct strbuf){0};
      ast_plain_text(s->first, CH_NONE, &texts[n]);
      n++;
    }
  }
  phrases = xcalloc(n ? n : 1, sizeof *phrases);
  for (size_t i = 0; i < n; i++) phrases[i] = sb_str(&texts[i]);
  struct lang_guess g = lang_detect(phrases, n);
  for (size_t i = 0; i < n; i++) sb_free(&texts[i]);
  free(texts);
  free(phrases);
  return g.ambiguous ? NULL : g.lang;
}

/* The words of form KEY of L before its {n} and a space ("RÉSOLUTION "), or NULL when
 * L has no such form or puts words after the number (第{n}号决议: the line is shown as
 * written). */
static char *prefix_of(const struct lang *l, enum lang_key key) {
  const struct lang_entry *e = l ? lang_word(l, key) : NULL;
  if (!e) return NULL;
  const char *n = strstr(e->text, "{n}");
  struct strbuf sb = {0};
  if (!n) sb_printf(&sb, "%s ", e->text); /* DRAFT NEW RESOLUTION, then [WG-PL/XX] */
  else if (!n[3]) sb_add(&sb, e->text, (size_t)(n - e->text));
  char *r = xstrdup(sb_str(&sb));
  sb_free(&sb);
  return r;
}

static struct lrow *insert_row(struct table *t, size_t at, const char *key) {
  if (t->nrows == t->cap) {
    t->cap = t->cap ? 2 * t->cap : 64;
    t->rows = xrealloc(t->rows, t->cap * sizeof *t->rows);
  }
  memmove(t->rows + at + 1, t->rows + at, (t->nrows - at) * sizeof *t->rows);
  t->nrows++;
  t->rows[at] = (struct lrow){xstrdup(key), xcalloc(t->nv, sizeof(const struct syn_line *))};
  return &t->rows[at];
}

/* Rows in the first version's order; a place that only a later version has gets a row
 * after the row of that version's line before it. */
static void build_rows(struct table *t) {
  for (size_t i = 0; i < t->nv; i++) {
    const struct version *v = &t->v[i];
    size_t after = 0; /* the row after this version's last line */
    for (size_t k = 0; k < v->nlines; k++) {
      /* from the row after the last one: the versions mostly agree */
      size_t r = t->nrows, tries = 0;
      for (size_t x = after < t->nrows ? after : 0; tries < t->nrows;
           x = x + 1 < t->nrows ? x + 1 : 0, tries++)
        if (strcmp(t->rows[x].key, v->keys[k]) == 0) {
          r = x;
          break;
        }
      if (r == t->nrows) r = after, insert_row(t, r, v->keys[k]);
      t->rows[r].cell[i] = &v->lines[k];
      after = r + 1;
    }
  }
}

/* A table's row in one cell of the synopsis: its cells in order, each a span, with a
 * rule between them as the source writes it; the header row in bold. */
static void html_row(struct strbuf *sb, const struct document *doc, const struct node *row) {
  int head = (row->flags & F_HEAD_ROW) != 0, k = 0;
  sb_adds(sb, head ? "<b class=\"row\">" : "<span class=\"row\">");
  for (const struct node *c = row->first; c; c = c->next) {
    if (c->kind != N_CELL) continue;
    if (k++) sb_adds(sb, " | ");
    struct syn_line cell = {c, row, 0, NULL};
    sb_adds(sb, "<span class=\"cell\">");
    syn_html_line(sb, doc, &cell, 1, NULL);
    sb_adds(sb, "</span>");
  }
  sb_adds(sb, head ? "</b>" : "</span>");
}

static void write_html(const struct table *t, struct strbuf *sb) {
  syn_html_open(sb);
  sb_adds(sb, "<tr>");
  for (size_t i = 0; i < t->nv; i++) {
    const struct lang *l = t->v[i].lang;
    if (l) sb_printf(sb, "<th lang=\"%s\"%s>", l->code, l->rtl ? " dir=\"rtl\"" : "");
    else sb_adds(sb, "<th>");
    if (l) {
      syn_html_text(sb, l->native);
      sb_adds(sb, "<br/>");
    }
    sb_adds(sb, "<small dir=\"ltr\">");
    syn_html_text(sb, t->v[i].file);
    sb_adds(sb, "</small></th>");
  }
  sb_adds(sb, "</tr>\n");
  for (size_t r = 0; r < t->nrows; r++) {
    const struct lrow *row = &t->rows[r];
    int gap = 0, cells = -1;
    for (size_t i = 0; i < t->nv; i++) {
      gap |= !row->cell[i];
      /* a table's row with another number of cells: check --parallel reports it too */
      if (!row->cell[i] || row->cell[i]->n->kind != N_ROW) continue;
      int k = 0;
      for (const struct node *c = row->cell[i]->n->first; c; c = c->next) k += c->kind == N_CELL;
      gap |= cells >= 0 && k != cells;
      cells = k;
    }
    sb_printf(sb, "<tr data-place=\"%s\"%s>", row->key,
              gap ? " class=\"gap\" style=\"background:#fde8e8\"" : "");
    for (size_t i = 0; i < t->nv; i++) {
      const struct lang *l = t->v[i].lang;
      const struct syn_line *line = row->cell[i];
      sb_adds(sb, "<td");
      if (line && line->n->kind == N_PHRASE) sb_adds(sb, " class=\"phrase\"");
      if (l) sb_printf(sb, " lang=\"%s\"%s", l->code, l->rtl ? " dir=\"rtl\"" : "");
      sb_addc(sb, '>');
      const char *prefix = NULL;
      if (line && line->n->kind == N_NUMBER && line->n->str)
        prefix = t->v[i].number_prefix[strcmp(line->n->str, "draft") == 0        ? 1
                                       : strcmp(line->n->str, "resolution") == 0 ? 0
                                                                                 : 2];
      if (line && line->n->kind == N_TITLE && line->n->str && line->n->parent &&
          line->n->parent->kind == N_TABLE) { /* a table's caption: "Table 1 – title" */
        syn_html_text(sb, line->n->str);
        sb_adds(sb, " \xE2\x80\x93 ");
      }
      if (line && line->n->kind == N_ROW) html_row(sb, t->v[i].doc, line->n);
      else if (line) syn_html_line(sb, t->v[i].doc, line, 1, prefix);
      sb_adds(sb, "</td>");
    }
    sb_adds(sb, "</tr>\n");
  }
  syn_html_close(sb);
}

int synopsis_languages(char *const *files, size_t n, const char *output) {
  struct table t = {.nv = n};
  t.v = xcalloc(n, sizeof *t.v);
  struct diag_ctx d;
  diag_init(&d);
  int status = 0;
  struct places first = {strmap_new(), NULL, 0, 0};
  for (size_t i = 0; i < n && status == 0; i++) {
    struct version *v = &t.v[i];
    v->file = files[i];
    if ((status = syn_load(v->file, &v->src, &v->doc, &d)) != 0) break;
    v->lang = language_of(v->doc);
    v->number_prefix[0] = prefix_of(v->lang, LW_NUMBER_LINE);
    v->number_prefix[1] = prefix_of(v->lang, LW_DRAFT_NEW);
    int resno = 0;
    for (const struct node *c = v->doc->root->first; c; c = c->next)
      if (resolution_of(c))
        collect_resolution(v, resolution_of(c), ++resno, i ? &first : NULL, i ? NULL : &first);
  }
  cli_print_diagnostics(&d);
  if (status == 0) {
    build_rows(&t);
    struct strbuf out = {0};
    write_html(&t, &out);
    char err[512] = "";
    if (output_write(output, out.data, out.len, err, sizeof err) != 0) {
      fprintf(stderr, "resc synopsis: %s\n", err[0] ? err : "output failed");
      status = EXIT_USAGE;
    }
    sb_free(&out);
  }
  for (size_t r = 0; r < t.nrows; r++) {
    free(t.rows[r].key);
    free(t.rows[r].cell);
  }
  free(t.rows);
  for (size_t i = 0; i < n; i++) {
    for (size_t k = 0; k < t.v[i].nlines; k++) free(t.v[i].keys[k]);
    free(t.v[i].keys);
    free(t.v[i].lines);
    free(t.v[i].number_prefix[0]);
    free(t.v[i].number_prefix[1]);
    document_free(t.v[i].doc);
    source_free(&t.v[i].src);
  }
  free(t.v);
  for (size_t k = 0; k < first.n; k++) free(first.keys[k]);
  free(first.keys);
  strmap_free(first.map);
  diag_free(&d);
  return status;
}
