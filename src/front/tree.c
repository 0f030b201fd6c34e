/* Assembling the document tree from the parser's blocks. The structure of a resolution
 * is given partly by indentation (sub-clauses) and partly by what comes first (a
 * resolution starts at its number line, or at its first header line or section when it
 * has none), which a small state machine expresses directly. */
#include "tree.h"

#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lang/lang.h"
#include "lang/lang_doc.h"
#include "phrases.h"
#include "profile.h"
#include "similar.h"
#include "strbuf.h"
#include "strmap.h"

/* Deepest sub-clause level accepted: ITU uses three (enumlev1-3) below the clause. */
#define TREE_MAX_LEVEL 8

struct builder {
  struct document *doc;
  struct diag_ctx *d;
  int errors;
  struct node *prop, *res, *sec, *annex;
  struct node *stack[TREE_MAX_LEVEL]; /* open clauses, outermost first */
  int depth;
  enum change change; /* inside a block revision */
  struct loc change_loc;
  struct node *table; /* the table whose last line is table_line, if any */
  int table_line;
  int ambiguous_line; /* the last '|' line reported as maybe a row */
  int outside_line;   /* the last row of a table reported as outside an annex */
};

static const char *const directives[] = {
    "resolution",     "draft",    "decision", "title",      "history",   "assembly",
    "annex",          "proposal", "reasons",  "conference", "committee", "document",
    "date",           "original", "source",   "subject",    "abstract",  "language",
    "recommendation", "opinion",  "profile",  "section",    "appendix",
};

static const char *const header_fields[] = {"conference", "committee", "document", "date",
                                            "original",   "source",    "subject"};

static int in_list(const char *s, const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(s, list[i]) == 0) return 1;
  return 0;
}

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

static struct diag *error(struct builder *b, enum diag_code code, const struct loc *loc,
                          const char *msg) {
  b->errors++;
  return diag_report(b->d, code, b->doc->src, loc, "%s", msg);
}

static struct node *new_node(struct builder *b, enum node_kind k, const struct loc *loc) {
  struct node *n = ast_new(b->doc->arena, k, loc);
  n->change = (unsigned char)b->change;
  return n;
}

/* Moves the inline content of block SRC into a new node of kind K. */
static struct node *content(struct builder *b, enum node_kind k, struct node *src) {
  struct node *n = ast_new(b->doc->arena, k, &src->loc);
  ast_adopt_children(n, src);
  ast_normalize_inlines(b->doc->arena, n);
  return n;
}

/* {#id} may only open a clause: report any other place. */
static void reject_anchors(struct builder *b, struct node *container) {
  /* Anywhere below: inside a revision mark or emphasis too. */
  struct node *c = container->first;
  while (c) {
    if (c->kind == N_ANCHOR)
      error(b, DIAG_SYNTAX, &c->loc, "a clause id '{#...}' may only start a clause");
    if (c->first) {
      c = c->first;
      continue;
    }
    while (c && c != container && !c->next) c = c->parent;
    if (!c || c == container) break;
    c = c->next;
  }
}

static void close_clauses(struct builder *b) { b->depth = 0; }

static void close_resolution(struct builder *b) {
  b->res = b->sec = b->annex = NULL;
  close_clauses(b);
}

static int has_child(const struct node *n, enum node_kind k) {
  for (const struct node *c = n->first; c; c = c->next)
    if (c->kind == k) return 1;
  return 0;
}

static struct node *open_resolution(struct builder *b, const struct loc *loc) {
  close_resolution(b);
  struct node *parent = b->doc->root;
  if (b->prop && !has_child(b->prop, N_RESOLUTION)) parent = b->prop;
  else b->prop = NULL;
  b->res = new_node(b, N_RESOLUTION, loc);
  if (b->res->change && parent->change == b->res->change) b->res->change = CH_NONE;
  ast_append(parent, b->res);
  return b->res;
}

static struct node *ensure_resolution(struct builder *b, const struct loc *loc) {
  return b->res ? b->res : open_resolution(b, loc);
}

/* Appends a block, clearing a change flag it merely inherits from its parent. */
static void append(struct node *parent, struct node *child) {
  if (child->change && ast_effective_change(parent) == child->change) child->change = CH_NONE;
  ast_append(parent, child);
}

static void header_line(struct builder *b, struct node *blk, enum node_kind k) {
  struct node *res = ensure_resolution(b, &blk->loc);
  /* the history line of a PP text, printed after the last clause */
  int at_end = k == N_HISTORY && !b->annex && has_child(res, N_SECTION) && !has_child(res, k);
  if (at_end) {
    close_clauses(b);
    b->sec = NULL;
  } else if (b->sec || b->annex || has_child(res, N_SECTION)) {
    char msg[128];
    snprintf(msg, sizeof msg, "@%s after the first section: header lines come before the body",
             blk->str);
    error(b, DIAG_STRUCTURE, &blk->loc, msg);
    return;
  }
  if (has_child(res, k)) {
    char msg[128];
    snprintf(msg, sizeof msg, "a second @%s in the same resolution", blk->str);
    error(b, DIAG_STRUCTURE, &blk->loc, msg);
    return;
  }
  struct node *n = content(b, k, blk);
  n->change = (unsigned char)b->change;
  if (at_end) n->flags |= F_AT_END;
  reject_anchors(b, n);
  append(res, n);
}

static int valid_action(const char *a) {
  static const char *const actions[] = {"ADD", "MOD", "SUP", "NOC", "ADD*", "SUP*", "(MOD)"};
  return in_list(a, actions, LEN(actions));
}

static void proposal(struct builder *b, struct node *blk) {
  struct strbuf sb = {0};
  ast_normalize_inlines(b->doc->arena, blk);
  ast_plain_text(blk, CH_NONE, &sb);
  const char *s = sb_str(&sb);
  while (*s == ' ') s++;
  const char *sp = strchr(s, ' ');
  struct arena *a = b->doc->arena;
  const char *action = sp ? arena_strndup(a, s, (size_t)(sp - s)) : arena_strdup(a, s);
  /* The identifier without the spaces around it (a line break in it reads as one). */
  const char *id = "";
  if (sp) {
    const char *from = sp + 1, *to = s + sb.len;
    while (*from == ' ') from++;
    while (to > from && to[-1] == ' ') to--;
    id = arena_strndup(a, from, (size_t)(to - from));
  }
  if (!valid_action(action))
    error(b, DIAG_DIRECTIVE, &blk->loc,
          "@proposal needs an action (ADD, MOD, SUP or NOC) and an identifier");
  else if (!*id)
    error(b, DIAG_DIRECTIVE, &blk->loc, "@proposal needs an identifier after its action");
  sb_free(&sb);
  close_resolution(b);
  b->prop = new_node(b, N_PROPOSAL, &blk->loc);
  b->prop->str = action;
  b->prop->str2 = id;
  append(b->doc->root, b->prop);
}

/* "@section 1bis Documentation of ITU-T" or "@appendix I Title": a numbered part after
 * the sections, held as an annex is (title, paragraphs, clauses) and flagged FLAG; its
 * number is the first word, the title the rest. */
static void numbered_part(struct builder *b, struct node *blk, unsigned short flag) {
  struct node *res = ensure_resolution(b, &blk->loc);
  close_clauses(b);
  b->sec = NULL;
  struct node *t = content(b, N_TITLE, blk);
  struct node *first = t->first;
  const char *num = NULL;
  if (first && first->kind == N_TEXT) {
    const char *s = first->str, *sp = strchr(s, ' ');
    size_t n = sp ? (size_t)(sp - s) : strlen(s);
    if (n) {
      num = arena_strndup(b->doc->arena, s, n);
      first->str = sp ? sp + 1 : "";
      if (!*first->str) ast_unlink(first);
    }
  }
  if (!num) {
    char msg[128];
    snprintf(msg, sizeof msg, "@%s needs a number, then its title", blk->str);
    error(b, DIAG_DIRECTIVE, &blk->loc, msg);
    return;
  }
  b->annex = new_node(b, N_ANNEX, &blk->loc);
  b->annex->flags |= flag;
  b->annex->str = num;
  reject_anchors(b, t);
  ast_append(b->annex, t);
  append(res, b->annex);
}

static int body_started(const struct builder *b) {
  for (const struct node *c = b->doc->root->first; c; c = c->next)
    if (c->kind == N_PROPOSAL || c->kind == N_RESOLUTION) return 1;
  return 0;
}

static void directive(struct builder *b, struct node *blk) {
  const char *name = blk->str;
  char msg[256];
  if (profile_is_kind(name)) {
    struct node *res = open_resolution(b, &blk->loc);
    struct node *n = content(b, N_NUMBER, blk);
    n->str = name;
    reject_anchors(b, n);
    ast_append(res, n);
  } else if (strcmp(name, "profile") == 0) {
    /* the body whose conventions the resolution follows, when its lines do not say */
    struct node *res = ensure_resolution(b, &blk->loc);
    struct strbuf id = {0};
    ast_plain_text(blk, CH_INS, &id);
    const char *pid = sb_str(&id);
    while (*pid == ' ') pid++;
    while (id.len && id.data[id.len - 1] == ' ') id.data[--id.len] = '\0';
    if (!profile_named(pid)) {
      snprintf(msg, sizeof msg, "unknown profile '%.40s': the profiles are %s", pid, profile_ids());
      error(b, DIAG_DIRECTIVE, &blk->loc, msg);
    } else if (res->str) {
      error(b, DIAG_STRUCTURE, &blk->loc, "a second @profile for the same resolution");
    } else {
      res->str = profile_named(pid)->id;
    }
    sb_free(&id);
  } else if (strcmp(name, "title") == 0) {
    header_line(b, blk, N_TITLE);
  } else if (strcmp(name, "history") == 0) {
    header_line(b, blk, N_HISTORY);
  } else if (strcmp(name, "assembly") == 0) {
    header_line(b, blk, N_ASSEMBLY);
  } else if (strcmp(name, "annex") == 0) {
    struct node *res = ensure_resolution(b, &blk->loc);
    close_clauses(b);
    b->sec = NULL;
    b->annex = new_node(b, N_ANNEX, &blk->loc);
    struct node *t = content(b, N_TITLE, blk);
    reject_anchors(b, t);
    ast_append(b->annex, t);
    append(res, b->annex);
  } else if (strcmp(name, "section") == 0 || strcmp(name, "appendix") == 0) {
    numbered_part(b, blk, name[0] == 's' ? F_RULES : F_APPENDIX);
  } else if (strcmp(name, "proposal") == 0) {
    proposal(b, blk);
  } else if (strcmp(name, "language") == 0) {
    if (body_started(b))
      error(b, DIAG_STRUCTURE, &blk->loc,
            "@language belongs to the document header, before the first proposal or resolution");
    else b->errors += lang_directive(b->doc, blk, b->d);
  } else if (strcmp(name, "reasons") == 0) {
    if (!b->prop) {
      error(b, DIAG_STRUCTURE, &blk->loc, "@reasons outside a proposal: it closes an @proposal");
      return;
    }
    struct node *n = content(b, N_REASONS, blk);
    n->change = (unsigned char)b->change;
    reject_anchors(b, n);
    append(b->prop, n);
    close_resolution(b);
    b->prop = NULL;
  } else if (in_list(name, header_fields, LEN(header_fields)) || strcmp(name, "abstract") == 0) {
    if (body_started(b)) {
      snprintf(msg, sizeof msg,
               "@%s belongs to the document header, before the first proposal or resolution", name);
      error(b, DIAG_STRUCTURE, &blk->loc, msg);
      return;
    }
    struct node *root = b->doc->root;
    if (strcmp(name, "abstract") == 0) {
      struct node *abs = root->last && root->last->kind == N_ABSTRACT ? root->last : NULL;
      if (!abs) { /* the abstract is unmarked; each paragraph carries its own change */
        abs = ast_new(b->doc->arena, N_ABSTRACT, &blk->loc);
        ast_append(root, abs);
      }
      struct node *p = content(b, N_PARA, blk);
      p->change = (unsigned char)b->change;
      reject_anchors(b, p);
      append(abs, p);
    } else {
      struct node *f = content(b, N_FIELD, blk);
      f->str = name;
      f->change = (unsigned char)b->change;
      reject_anchors(b, f);
      ast_append(root, f);
    }
  } else {
    const char *best = similar_best(name, directives, LEN(directives), 3);
    if (best) snprintf(msg, sizeof msg, "unknown directive '@%s'; did you mean '@%s'?", name, best);
    else snprintf(msg, sizeof msg, "unknown directive '@%s'", name);
    error(b, DIAG_DIRECTIVE, &blk->loc, msg);
  }
}

static void clause(struct builder *b, struct node *blk);

/* Whether a column-1 line inside a section reads like a clause written without its
 * "- ": it ends like a clause (';' ',' '.') and opens like one ("to ...", "that ...",
 * or a lower-case word that is no section phrase's head word). */
static int reads_like_clause(struct builder *b, struct node *blk) {
  if (!b->sec || (blk->flags & (F_KIND_PREAMBLE | F_KIND_OPERATIVE))) return 0;
  struct strbuf sb = {0};
  ast_normalize_inlines(b->doc->arena, blk);
  ast_plain_text(blk, CH_NONE, &sb);
  const char *t = sb_str(&sb);
  char end = sb.len ? t[sb.len - 1] : 0;
  int like = 0;
  if (end == ';' || end == ',' || end == '.') {
    const char *head;
    if (strncmp(t, "to ", 3) == 0 || strncmp(t, "that ", 5) == 0) like = 1;
    else if (t[0] >= 'a' && t[0] <= 'z')
      like = lang_phrase_classify(b->doc->lang, t, &head) == PHRASE_UNKNOWN;
  }
  sb_free(&sb);
  return like;
}

/* A clause written without its "- " is taken as the clause it reads like, with one
 * message, rather than as a heading that would misplace everything after it. */
static void dashless_clause(struct builder *b, struct node *blk) {
  struct loc at = blk->loc;
  at.last_line = at.first_line;
  at.last_column = at.first_column;
  error(b, DIAG_STRUCTURE, &at,
        "this line reads like a clause but has no '- ': a line in column 1 is a section "
        "heading (write '- ' before it)");
  struct node *c = ast_new(b->doc->arena, N_CLAUSE, &blk->loc);
  ast_adopt_children(c, blk);
  clause(b, c);
}

static void heading(struct builder *b, struct node *blk) {
  if (!b->annex && reads_like_clause(b, blk)) {
    dashless_clause(b, blk);
    return;
  }
  unsigned short kind = blk->flags & (F_KIND_PREAMBLE | F_KIND_OPERATIVE);
  if (b->annex && kind)
    error(
        b, DIAG_SYNTAX, &blk->loc,
        "'{preamble}' or '{operative}' states the kind of a section: an annex paragraph has none");
  if (b->annex) {
    close_clauses(b);
    struct node *p = content(b, N_PARA, blk);
    p->change = (unsigned char)b->change;
    reject_anchors(b, p);
    append(b->annex, p);
    return;
  }
  struct node *res = ensure_resolution(b, &blk->loc);
  for (const struct node *c = res->first; c; c = c->next)
    if (c->kind == N_HISTORY && (c->flags & F_AT_END)) {
      struct diag *dg = error(b, DIAG_STRUCTURE, &blk->loc,
                              "a section after the @history that ends the body: a history "
                              "line after the body comes after the last section");
      diag_note(dg, &c->loc, "the @history is here");
      break;
    }
  close_clauses(b);
  b->sec = new_node(b, N_SECTION, &blk->loc);
  b->sec->flags |= kind;
  struct node *ph = content(b, N_PHRASE, blk);
  reject_anchors(b, ph);
  ast_append(b->sec, ph);
  append(res, b->sec);
}

static void clause(struct builder *b, struct node *blk) {
  struct node *top = b->sec ? b->sec : b->annex;
  if (!top) {
    error(b, DIAG_STRUCTURE, &blk->loc,
          blk->flags & F_BLOCK_PARA
              ? "paragraph outside a section: a section heading (such as 'considering') comes first"
              : "clause outside a section: a section heading (such as 'considering') comes first");
    return;
  }
  int indent = blk->as.clause.indent;
  while (b->depth > 0 && b->stack[b->depth - 1]->as.clause.indent >= indent) b->depth--;
  if (b->depth == TREE_MAX_LEVEL) {
    char msg[96];
    snprintf(msg, sizeof msg, "sub-clauses nested more than %d levels deep", TREE_MAX_LEVEL);
    b->errors++;
    diag_report(b->d, DIAG_LIMIT, b->doc->src, &blk->loc, "%s", msg);
    return;
  }
  struct node *parent = b->depth ? b->stack[b->depth - 1] : top;
  if (blk->flags & F_BLOCK_PARA) {
    /* A paragraph sits among the clauses of its parent, and opens nothing. */
    struct node *p = content(b, N_PARA, blk);
    p->flags |= blk->flags & F_BLOCK_PARA;
    p->str = blk->str;
    p->change = (unsigned char)b->change;
    reject_anchors(b, p);
    append(parent, p);
    return;
  }
  /* One space more than the clause above nests under it: most likely a slip of
   * alignment, reported at the indentation rather than at the parent's end mark. */
  if (b->depth && indent == parent->as.clause.indent + 1) {
    struct loc at = blk->loc;
    at.last_line = at.first_line;
    at.last_column = at.first_column + indent - 1;
    b->errors++;
    diag_report(b->d, DIAG_INDENTATION, b->doc->src, &at,
                "indented one column more than the clause above, which makes it a sub-clause "
                "of it: align it with that clause, or indent a sub-clause by two spaces");
    blk->flags |= F_ODD_INDENT;
  }
  /* The scanner's clause node becomes the clause: its inline content moves into the
   * clause's text, and its sub-clauses will follow that. */
  struct node *c = blk;
  c->change = (unsigned char)b->change;
  c->as.clause.level = b->depth + 1;
  struct node *text = content(b, N_CLAUSE_TEXT, blk);
  if (text->first && text->first->kind == N_ANCHOR) {
    struct node *an = text->first;
    c->as.clause.anchor = an->str;
    c->as.clause.anchor_loc = an->loc;
    ast_unlink(an);
    ast_normalize_inlines(b->doc->arena, text);
    struct node *prev = strmap_put(b->doc->anchor_map, an->str, c);
    if (prev) {
      struct diag *dg = diag_report(b->d, DIAG_REFERENCE, b->doc->src, &an->loc,
                                    "clause id '%s' is used twice", an->str);
      diag_note(dg, &prev->as.clause.anchor_loc, "first used here");
      b->errors++;
    }
  }
  reject_anchors(b, text);
  ast_append(c, text);
  append(parent, c);
  b->stack[b->depth++] = c;
}

/* Whether a paragraph's words hold a '|': a row typed without its closing '|'. */
static int has_pipe(const struct node *p) {
  struct strbuf sb = {0};
  ast_plain_text(p, CH_NONE, &sb);
  int pipe = strchr(sb_str(&sb), '|') != NULL;
  sb_free(&sb);
  return pipe;
}

static void ambiguous_row(struct builder *b, const struct loc *at) {
  if (at->first_line == b->ambiguous_line) return;
  b->ambiguous_line = at->first_line;
  error(b, DIAG_TABLE, at,
        "this '|' line beside a table row holds a '|' but does not end with one: end it "
        "with '|' for a row, or write '\\|' for a '|' in a paragraph");
}

/* Whether every cell of ROW is a run of dashes (colons allowed at its ends): the
 * line under a table's header row. */
static int is_rule_row(const struct node *row) {
  for (const struct node *c = row->first; c; c = c->next) {
    if (!c->first || c->first != c->last || c->first->kind != N_TEXT) return 0;
    const char *s = c->first->str;
    if (*s == ':') s++;
    if (*s != '-') return 0;
    while (*s == '-') s++;
    if (*s == ':') s++;
    if (*s) return 0;
  }
  return 1;
}

static int count_cells(const struct node *row) {
  int n = 0;
  for (const struct node *c = row->first; c; c = c->next) n++;
  return n;
}

/* The end of a run of rows: a lone row of one cell (a "| text |" line) may as well be
 * a paragraph ending in '|', and is reported rather than guessed. */
static void close_table(struct builder *b) {
  struct node *t = b->table;
  b->table = NULL;
  if (!t || !t->last || t->last->kind != N_ROW) return;
  const struct node *row = t->last;
  if (row->prev && row->prev->kind == N_ROW) return;
  if (row->flags & F_HEAD_ROW || count_cells(row) != 1) return;
  error(b, DIAG_TABLE, &row->loc,
        "a lone '| ... |' line is a table of one cell: add a '|---|' line under it for a "
        "table, or write its first '|' as '\\|' for a paragraph");
}

/* A line of a table: starts a table (taking the "Table 1 – ..." caption just before
 * it) or continues the table of the line above. Tables sit in annexes and appendices,
 * where ITU prints them, in column 1. */
static void table_row(struct builder *b, struct node *row) {
  struct node *end = row->last; /* what follows the closing '|': nothing */
  if (end && !end->first) {
    ast_unlink(end);
  } else {
    error(b, DIAG_TABLE, &row->loc, "a table row ends with '|' ('\\|' is a '|' in a cell)");
    return;
  }
  for (struct node *c = row->first; c; c = c->next) {
    ast_normalize_inlines(b->doc->arena, c);
    reject_anchors(b, c);
  }
  if (!b->annex) { /* reported at its first row */
    if (row->loc.first_line != b->outside_line + 1)
      error(b, DIAG_TABLE, &row->loc,
            "a table outside an annex or appendix: ITU prints tables in annexes and appendices");
    b->outside_line = row->loc.first_line;
    return;
  }
  if (row->loc.first_column != 1) {
    error(b, DIAG_TABLE, &row->loc, "a table row starts in column 1");
    return;
  }
  close_clauses(b);
  struct node *t = b->table;
  struct node *before = b->annex->last;
  if (!t && before && before->kind == N_PARA && (before->flags & F_PARA) &&
      before->loc.last_line == row->loc.first_line - 1 && has_pipe(before))
    ambiguous_row(b, &before->loc);
  if (!t) {
    t = new_node(b, N_TABLE, &row->loc);
    if (before && before->kind == N_PARA && (before->flags & F_FIGURE) && before->str &&
        strncmp(before->str, "Table ", 6) == 0 && before->change == b->change) {
      struct node *cap = new_node(b, N_TITLE, &before->loc);
      cap->str = before->str;
      ast_adopt_children(cap, before);
      ast_unlink(before);
      ast_append(t, cap);
      t->loc.first_line = cap->loc.first_line;
      t->loc.first_column = cap->loc.first_column;
    }
    append(b->annex, t);
  }
  b->table = t;
  b->table_line = row->loc.last_line;
  t->loc.last_line = row->loc.last_line;
  t->loc.last_column = row->loc.last_column;
  struct node *first = t->last && t->last->kind == N_ROW ? t->first : NULL;
  while (first && first->kind != N_ROW) first = first->next;
  int n = count_cells(row), want = first ? count_cells(first) : n;
  if (n != want) {
    char msg[160];
    snprintf(msg, sizeof msg,
             "this row has %d cell%s, the table's first row %d: every row of a table has as "
             "many cells",
             n, n == 1 ? "" : "s", want);
    error(b, DIAG_TABLE, &row->loc, msg);
    return;
  }
  if (is_rule_row(row)) {
    if (!first || first->next || (first->flags & F_HEAD_ROW))
      error(b, DIAG_TABLE, &row->loc,
            "a '|---|' line goes under the first row of a table, which it makes the header row");
    else first->flags |= F_HEAD_ROW;
    return;
  }
  row->change = (unsigned char)b->change;
  append(t, row);
}

static void footnote_def(struct builder *b, struct node *blk) {
  struct node *f = blk;
  ast_normalize_inlines(b->doc->arena, f);
  f->change = (unsigned char)b->change;
  reject_anchors(b, f);
  struct node *prev = strmap_put(b->doc->footnote_map, f->str, f);
  if (prev) {
    struct diag *dg = diag_report(b->d, DIAG_FOOTNOTE, b->doc->src, &blk->loc,
                                  "footnote [^%s] is defined twice", f->str);
    diag_note(dg, &prev->loc, "first defined here");
    b->errors++;
    return;
  }
  ast_append(b->doc->footnotes, f);
}

static void block_mark(struct builder *b, struct node *blk) {
  const char *open = blk->change == CH_INS ? "{++" : "{--";
  const char *close = blk->change == CH_INS ? "++}" : "--}";
  char msg[160];
  if (!(blk->flags & F_CLOSE)) {
    if (b->change) {
      snprintf(msg, sizeof msg, "'%s' inside a block revision that is still open", open);
      struct diag *dg = error(b, DIAG_SYNTAX, &blk->loc, msg);
      diag_note(dg, &b->change_loc, "the open block revision starts here");
      return;
    }
    b->change = (enum change)blk->change;
    b->change_loc = blk->loc;
    return;
  }
  if (!b->change) {
    snprintf(msg, sizeof msg, "'%s' closes no block revision", close);
    error(b, DIAG_SYNTAX, &blk->loc, msg);
    return;
  }
  if (b->change != blk->change) {
    snprintf(msg, sizeof msg, "'%s' cannot close the block revision opened with '%s'", close,
             b->change == CH_INS ? "{++" : "{--");
    struct diag *dg = error(b, DIAG_SYNTAX, &blk->loc, msg);
    diag_note(dg, &b->change_loc, "opened here");
  }
  b->change = CH_NONE;
}

int tree_build(struct document *doc, struct node *blocks, struct diag_ctx *d) {
  struct builder b = {.doc = doc, .d = d};
  struct node *blk = blocks->first;
  while (blk) {
    struct node *next = blk->next;
    ast_unlink(blk);
    int adjacent = b.table && blk->loc.first_line == b.table_line + 1;
    if (adjacent && blk->kind == N_BLOCK_MARK) b.table_line++; /* rows inserted or deleted */
    else if (b.table && !(adjacent && blk->kind == N_ROW)) {
      if (adjacent && blk->kind == N_CLAUSE && (blk->flags & F_PARA) && has_pipe(blk))
        ambiguous_row(&b, &blk->loc);
      close_table(&b);
    }
    switch (blk->kind) {
    case N_ROW: table_row(&b, blk); break;
    case N_DIRECTIVE: directive(&b, blk); break;
    case N_LINE: heading(&b, blk); break;
    case N_CLAUSE: clause(&b, blk); break;
    case N_FOOTNOTE_DEF: footnote_def(&b, blk); break;
    case N_BLOCK_MARK: block_mark(&b, blk); break;
    default: break;
    }
    blk = next;
  }
  close_table(&b);
  if (b.change) {
    struct diag *dg = error(&b, DIAG_SYNTAX, &b.change_loc,
                            b.change == CH_INS ? "unterminated '{++' block: no '++}' line follows"
                                               : "unterminated '{--' block: no '--}' line follows");
    (void)dg;
  }
  return b.errors;
}
