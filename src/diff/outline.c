/* Flattening a resolution into comparable lines. */
#include "outline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast_iter.h"
#include "profile.h"
#include "strbuf.h"

static void add(struct outline *o, const char *prefix, const struct node *n, enum change shown,
                const char *suffix) {
  struct strbuf sb = {0};
  sb_adds(&sb, prefix);
  ast_plain_text(n, shown, &sb);
  sb_adds(&sb, suffix);
  if (o->n == o->cap) {
    o->cap = o->cap ? 2 * o->cap : 32;
    o->lines = xrealloc(o->lines, o->cap * sizeof *o->lines);
  }
  o->lines[o->n].text = xstrdup(sb_str(&sb));
  o->lines[o->n].loc = n->loc;
  o->n++;
  sb_free(&sb);
}

static void clauses(const struct node *p, enum change hidden, struct outline *o) {
  enum change shown = hidden == CH_INS ? CH_DEL : CH_INS;
  struct ast_iter it;
  ast_iter_init(&it, p);
  while (ast_iter_next(&it) != AST_DONE) {
    const struct node *c = it.node;
    if (it.event != AST_ENTER || c == p) continue;
    /* only clauses nest clauses: anything else, and a clause the view hides, is passed */
    if (c->kind != N_CLAUSE || ast_effective_change(c) == hidden) {
      ast_iter_skip(&it);
      continue;
    }
    const char *label = hidden == CH_INS ? c->as.clause.old_label : c->as.clause.new_label;
    struct strbuf pre = {0};
    if (label && *label) sb_printf(&pre, "%s\t", label);
    add(o, sb_str(&pre), c->first, shown, "");
    sb_free(&pre);
  }
}

void outline_build(const struct node *r, enum change hidden, struct outline *out) {
  enum change shown = hidden == CH_INS ? CH_DEL : CH_INS;
  for (const struct node *c = r->first; c; c = c->next) {
    if (ast_effective_change(c) == hidden ||
        ast_header_empty_in(c, hidden == CH_INS ? VIEW_OLD : VIEW_NEW))
      continue;
    switch (c->kind) {
    case N_NUMBER: {
      char word[32];
      snprintf(word, sizeof word, "%s ", profile_kind_word(c->str));
      add(out, word, c, shown, "");
      break;
    }
    case N_TITLE: add(out, "", c, shown, ""); break;
    case N_HISTORY: add(out, "(", c, shown, ")"); break;
    case N_ASSEMBLY: add(out, "", c, shown, ""); break;
    case N_SECTION:
      add(out, "", c->first, shown, "");
      clauses(c, hidden, out);
      break;
    case N_ANNEX:
      add(out, "annex: ", c->first, shown, "");
      for (const struct node *k = c->first->next; k; k = k->next)
        if (k->kind == N_PARA && ast_effective_change(k) != hidden) add(out, "", k, shown, "");
      clauses(c, hidden, out);
      break;
    default: break;
    }
  }
}

void outline_free(struct outline *o) {
  for (size_t i = 0; i < o->n; i++) free(o->lines[i].text);
  free(o->lines);
  o->lines = NULL;
  o->n = o->cap = 0;
}

const struct node *outline_first_resolution(const struct document *doc) {
  for (const struct node *c = doc->root->first; c; c = c->next) {
    if (c->kind == N_RESOLUTION) return c;
    if (c->kind == N_PROPOSAL)
      for (const struct node *k = c->first; k; k = k->next)
        if (k->kind == N_RESOLUTION) return k;
  }
  return NULL;
}
