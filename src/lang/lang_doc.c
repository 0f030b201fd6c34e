/* The language of a document: stated by an @language line, or told from its section
 * phrases when none is, with a warning when the phrases read as two languages alike.
 * Runs between the tree builder and the labels, which classify each section in it. */
#include "lang_doc.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lang.h"
#include "strbuf.h"

int lang_directive(struct document *doc, struct node *blk, struct diag_ctx *d) {
  struct strbuf sb = {0};
  ast_normalize_inlines(doc->arena, blk);
  ast_plain_text(blk, CH_NONE, &sb);
  const struct lang *l = lang_find(sb_str(&sb));
  int errors = 0;
  if (doc->lang_loc.first_line) {
    struct diag *dg = diag_report(d, DIAG_DIRECTIVE, doc->src, &blk->loc,
                                  "a second @language line: a document is in one language");
    diag_note(dg, &doc->lang_loc, "the first @language line");
    errors++;
  } else if (!l) {
    diag_report(d, DIAG_DIRECTIVE, doc->src, &blk->loc,
                "unknown language '%s' in @language: write en, fr, es, ru, ar or zh", sb_str(&sb));
    errors++;
  } else {
    doc->lang = l;
    doc->lang_loc = blk->loc;
  }
  sb_free(&sb);
  return errors;
}

/* The phrase of section S up to its first comma, in the new text. */
static char *phrase_text(const struct node *s) {
  struct strbuf sb = {0};
  ast_plain_text(s->first, ast_effective_change(s) == CH_DEL ? CH_DEL : CH_INS, &sb);
  char *t = xstrdup(sb_str(&sb));
  sb_free(&sb);
  char *comma = strchr(t, ',');
  if (comma) *comma = '\0';
  return t;
}

/* The guess of DOC's language from its section phrases; *FIRST gets the first section. */
static struct lang_guess guess(const struct document *doc, const struct node **first) {
  size_t n = 0, cap = 0;
  char **phrases = NULL;
  *first = NULL;
  for (const struct node *x = doc->root; x;) {
    if (x->kind == N_SECTION) {
      if (!*first) *first = x;
      if (n == cap) phrases = xrealloc(phrases, (cap = cap ? 2 * cap : 16) * sizeof *phrases);
      phrases[n++] = phrase_text(x);
    }
    if (x->first && x->kind != N_SECTION && !ast_is_inline(x)) {
      x = x->first;
      continue;
    }
    while (x && x != doc->root && !x->next) x = x->parent;
    x = x && x != doc->root ? x->next : NULL;
  }
  struct lang_guess g = lang_detect((const char *const *)phrases, n);
  for (size_t i = 0; i < n; i++) free(phrases[i]);
  free(phrases);
  return g;
}

void lang_settle(struct document *doc) {
  if (doc->lang) return;
  const struct node *first;
  struct lang_guess g = guess(doc, &first);
  doc->lang = g.matched > 0 && !g.ambiguous ? g.lang : lang_find("en");
  if (g.matched > 0 && g.ambiguous) {
    doc->lang_tie = g.runner_up;
    doc->lang_matched = g.matched;
    doc->lang_total = g.total;
    doc->lang_first_section = first;
    doc->lang_tie_first = g.lang;
  }
}

void lang_check(const struct document *doc, struct diag_ctx *d) {
  if (doc->lang_loc.first_line || !doc->lang_tie) return;
  const struct lang *a = doc->lang_tie_first, *b = doc->lang_tie;
  diag_report(d, DIAG_LANGUAGE, doc->src, &doc->lang_first_section->loc,
              "the section phrases read as %s and as %s alike (%d of %d each): English is "
              "assumed; state the language with '@language %s' or '@language %s'",
              a->name, b->name, doc->lang_matched, doc->lang_total, a->code, b->code);
}

int lang_number_bare(int old, const struct node *number) {
  struct strbuf t = {0};
  ast_plain_text(number, old ? CH_DEL : CH_INS, &t);
  int bare = lang_bare_number(sb_str(&t));
  sb_free(&t);
  return bare;
}
