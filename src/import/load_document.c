/* document_load (document.h) in resc-xml: a Word document is imported and its source,
 * as the importer writes it (one paragraph a line), is what the command reads; the
 * diagnostics keep the document's name, and each line of the source gets the place of
 * its paragraph in the document (word_place.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "document.h"
#include "import.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"
#include "word_place.h"

/* The label a Word user sees on clause C: the typed one, else the computed one. */
static const char *shown_label(const struct node *c) {
  if (c->as.clause.typed) return c->as.clause.typed;
  if (c->as.clause.new_label && *c->as.clause.new_label) return c->as.clause.new_label;
  return c->as.clause.old_label ? c->as.clause.old_label : "";
}

/* "considering c)", "resolves 1 a)", "annex 2": the section phrase (up to its first
 * comma) and the labels from the top clause down. */
static void clause_where(const struct node *c, struct strbuf *out) {
  const struct node *chain[16];
  int n = 0;
  const struct node *p = c;
  for (; p && p->kind == N_CLAUSE; p = p->parent)
    if (n < 16) chain[n++] = p;
  if (p && p->kind == N_SECTION && p->first && p->first->kind == N_PHRASE) {
    struct strbuf ph = {0};
    ast_plain_text(p->first, CH_INS, &ph);
    /* up to its first comma, and a long one to its first words */
    const char *t = sb_str(&ph), *comma = strchr(t, ',');
    size_t len = comma ? (size_t)(comma - t) : ph.len, cut = len;
    if (len > 32) {
      for (cut = 32; cut > 0 && t[cut] != ' '; cut--) {
      }
      if (!cut) cut = len;
    }
    sb_add(out, t, cut);
    if (cut < len) sb_adds(out, "\xE2\x80\xA6");
    sb_free(&ph);
  } else if (p && p->kind == N_ANNEX) {
    sb_adds(out, "annex");
  }
  for (int i = n - 1; i >= 0; i--) {
    const char *l = shown_label(chain[i]);
    if (*l) sb_printf(out, "%s%s", out->len ? " " : "", l);
  }
}

static const char *block_where(const struct node *n) {
  switch (n->kind) {
  case N_NUMBER: return "number line";
  case N_TITLE: return n->parent && n->parent->kind == N_ANNEX ? "annex title" : "title";
  case N_HISTORY: return "history";
  case N_ASSEMBLY: return "assembly";
  case N_PROPOSAL: return "proposal";
  case N_REASONS: return "reasons";
  case N_FIELD: return "header";
  case N_ABSTRACT: return "abstract";
  case N_PARA: return "annex";
  default: return NULL;
  }
}

/* Gives every line of node N's span the place of N; its children, walked after it,
 * give theirs to the lines they span. */
static void place_node(const struct node *n, const struct source *s, char **where) {
  struct strbuf w = {0};
  const char *fixed = block_where(n);
  if (n->kind == N_CLAUSE) clause_where(n, &w);
  else if (n->kind == N_SECTION && n->first) ast_plain_text(n->first, CH_INS, &w);
  else if (n->kind == N_FOOTNOTE_DEF) sb_printf(&w, "footnote %s", n->str ? n->str : "");
  else if (fixed) sb_adds(&w, fixed);
  if (w.len || fixed)
    for (int l = n->loc.first_line; l >= 1 && l <= n->loc.last_line && (size_t)l <= s->nlines;
         l++) {
      free(where[l - 1]);
      where[l - 1] = xstrdup(sb_str(&w));
    }
  sb_free(&w);
  if (n->kind == N_SECTION) { /* the phrase line is the section's; then its clauses */
    for (const struct node *c = n->first ? n->first->next : NULL; c; c = c->next)
      place_node(c, s, where);
    return;
  }
  if (n->kind >= N_FIRST_INLINE) return;
  for (const struct node *c = n->first; c; c = c->next)
    if (c->kind < N_FIRST_INLINE) place_node(c, s, where);
}

/* The places of the lines of S, the source IM wrote. */
static void register_places(const struct source *s, const struct imp *im) {
  struct diag_ctx scratch;
  diag_init(&scratch);
  int errors = 0;
  struct document *doc = parse_document(s, &scratch, &errors);
  char **where = xcalloc(s->nlines ? s->nlines : 1, sizeof *where);
  place_node(doc->root, s, where);
  for (const struct node *f = doc->footnotes ? doc->footnotes->first : NULL; f; f = f->next)
    place_node(f, s, where);
  struct word_line *lines = xcalloc(s->nlines ? s->nlines : 1, sizeof *lines);
  size_t m = 0;
  for (size_t l = 0; l < s->nlines; l++) {
    size_t at = s->line_start[l];
    while (m + 1 < im->nmarks && im->marks[m + 1].at <= at) m++;
    const struct imp_mark *mk = im->nmarks ? &im->marks[m] : NULL;
    lines[l].para = mk ? mk->para : 0;
    lines[l].excerpt = xstrdup(mk ? mk->excerpt : "");
    lines[l].where = where[l] ? where[l] : xstrdup("");
  }
  free(where);
  word_place_register(s, lines, s->nlines);
  document_free(doc);
  diag_free(&scratch);
}

int document_load(struct source *s, const char *path, struct diag_ctx *diags) {
  if (!document_is_zip(path)) return source_load(s, path, diags);
  char err[512] = "";
  struct imp im = {0};
  int rc = 1;
  if (!docx_is_word(path, err, sizeof err) || import_docx(&im, path, err, sizeof err) != 0) {
    diag_file(diags, DIAG_ENCODING, path, "%s", err);
  } else {
    size_t len;
    const char *text = imp_source(&im, &len);
    rc = source_load_mem(s, path, text, len, diags);
    if (rc == 0) register_places(s, &im);
  }
  imp_free(&im);
  if (rc != 0 && !s->text) source_load_mem(s, path, "", 0, diags);
  return rc;
}
