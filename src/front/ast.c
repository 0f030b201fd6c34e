/* AST construction, linking, normalization and the debug dump. Walks here are
 * iterative (parent links), so no input can exhaust the C stack through them. */
#include "ast.h"

#include <stddef.h>
#include <string.h>

#include "arena.h"
#include "strbuf.h"

static const char *const kind_names[N_KIND_COUNT] = {
    [N_DOCUMENT] = "document",
    [N_FIELD] = "field",
    [N_ABSTRACT] = "abstract",
    [N_PROPOSAL] = "proposal",
    [N_REASONS] = "reasons",
    [N_RESOLUTION] = "resolution",
    [N_NUMBER] = "number",
    [N_TITLE] = "title",
    [N_HISTORY] = "history",
    [N_ASSEMBLY] = "assembly",
    [N_SECTION] = "section",
    [N_PHRASE] = "phrase",
    [N_CLAUSE] = "clause",
    [N_CLAUSE_TEXT] = "text",
    [N_ANNEX] = "annex",
    [N_PARA] = "para",
    [N_FOOTNOTE_DEF] = "footnote",
    [N_TABLE] = "table",
    [N_ROW] = "row",
    [N_CELL] = "cell",
    [N_LINE] = "line",
    [N_DIRECTIVE] = "directive",
    [N_BLOCK_MARK] = "block-mark",
    [N_TEXT] = "str",
    [N_EMPH] = "emph",
    [N_STRONG] = "strong",
    [N_INS] = "ins",
    [N_DEL] = "del",
    [N_COMMENT] = "comment",
    [N_BREAK] = "br",
    [N_REF] = "ref",
    [N_FNREF] = "fnref",
    [N_ANCHOR] = "anchor",
    [N_SPAN] = "span",
};

const char *ast_kind_name(enum node_kind k) { return kind_names[k]; }

/* Only clauses, sections and footnote definitions carry the per-kind payload, and
 * they are few; every other node is allocated without it, which nearly halves the
 * tree of a large file. A node's kind never changes, so nothing reads a payload that
 * was not allocated (sanitizer builds give every allocation its own bounds). */
static size_t node_size(enum node_kind kind) {
  return kind == N_CLAUSE || kind == N_SECTION || kind == N_FOOTNOTE_DEF
             ? sizeof(struct node)
             : offsetof(struct node, as);
}

struct node *ast_new(struct arena *a, enum node_kind kind, const struct loc *loc) {
  struct node *n = arena_alloc(a, node_size(kind));
  n->kind = kind;
  if (loc) n->loc = *loc;
  return n;
}

struct node *ast_text(struct arena *a, const char *s, size_t len, const struct loc *loc) {
  struct node *n = ast_new(a, N_TEXT, loc);
  n->str = arena_strndup(a, s, len);
  return n;
}

void ast_append(struct node *parent, struct node *child) {
  child->parent = parent;
  child->next = NULL;
  child->prev = parent->last;
  if (parent->last) parent->last->next = child;
  else parent->first = child;
  parent->last = child;
}

void ast_unlink(struct node *n) {
  if (n->prev) n->prev->next = n->next;
  else if (n->parent) n->parent->first = n->next;
  if (n->next) n->next->prev = n->prev;
  else if (n->parent) n->parent->last = n->prev;
  n->parent = n->next = n->prev = NULL;
}

void ast_adopt_children(struct node *to, struct node *from) {
  struct node *c = from->first;
  while (c) {
    struct node *next = c->next;
    ast_append(to, c);
    c = next;
  }
  from->first = from->last = NULL;
}

int ast_is_inline(const struct node *n) { return n->kind >= N_FIRST_INLINE && n->kind != N_SPAN; }

enum change ast_effective_change(const struct node *n) {
  for (; n; n = n->parent)
    if (n->change) return (enum change)n->change;
  return CH_NONE;
}

/* Next node in pre-order below ROOT, or NULL; SKIP_CHILDREN steps over n's subtree. */
static const struct node *next_preorder(const struct node *n, const struct node *root,
                                        int skip_children) {
  if (!skip_children && n->first) return n->first;
  while (n && n != root) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return NULL;
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

/* Collapses white space in every text node and merges adjacent text siblings. */
static void merge_and_collapse(struct arena *a, struct node *container) {
  struct strbuf sb = {0};
  for (const struct node *cn = container; cn; cn = next_preorder(cn, container, 0)) {
    struct node *p = (struct node *)cn;
    for (struct node *c = p->first; c; c = c->next) {
      if (c->kind != N_TEXT) continue;
      struct node *end = c->next;
      int many = end && end->kind == N_TEXT;
      int dirty = many;
      if (!dirty && (c->flags & F_COLLAPSED)) continue;
      for (const char *s = c->str; !dirty && *s; s++)
        if (*s == '\t' || *s == '\n' || (*s == ' ' && s[1] == ' ')) dirty = 1;
      if (!dirty) continue;
      sb_clear(&sb);
      struct node *t = c;
      while (t && t->kind == N_TEXT) {
        for (const char *s = t->str; *s;) {
          if (is_space(*s)) {
            if (sb.len == 0 || sb.data[sb.len - 1] != ' ') sb_addc(&sb, ' ');
            s++;
            continue;
          }
          const char *run = s;
          while (*s && !is_space(*s)) s++;
          sb_add(&sb, run, (size_t)(s - run));
        }
        struct node *next = t->next;
        if (t != c) {
          if (t->loc.last_line) {
            c->loc.last_line = t->loc.last_line;
            c->loc.last_column = t->loc.last_column;
          }
          ast_unlink(t);
        }
        t = next;
      }
      c->str = arena_strndup(a, sb_str(&sb), sb.len);
    }
  }
  sb_free(&sb);
}

/* A line break already separates the words around it: drop the spaces that the line
 * join left beside it. */
static void trim_around_breaks(struct arena *a, struct node *container) {
  for (const struct node *cn = container; cn; cn = next_preorder(cn, container, 0)) {
    for (struct node *c = cn->first; c; c = c->next) {
      if (c->kind != N_BREAK) continue;
      struct node *p = c->prev, *n = c->next;
      if (p && p->kind == N_TEXT) {
        size_t len = strlen(p->str);
        while (len && p->str[len - 1] == ' ') len--;
        p->str = arena_strndup(a, p->str, len);
      }
      if (n && n->kind == N_TEXT)
        while (*n->str == ' ') n->str++;
    }
  }
}

void ast_normalize_inlines(struct arena *a, struct node *container) {
  /* One run of text the scanner collapsed already (most clauses) has nothing to merge
   * and no break: only its ends are trimmed. */
  struct node *only = container->first;
  if (!(only && only == container->last && only->kind == N_TEXT && (only->flags & F_COLLAPSED) &&
        !only->first)) {
    merge_and_collapse(a, container);
    trim_around_breaks(a, container);
  }
  struct node *f = container->first;
  if (f && f->kind == N_TEXT) {
    const char *s = f->str;
    while (*s == ' ') s++;
    if (!*s) ast_unlink(f);
    else f->str = s;
  }
  struct node *l = container->last;
  if (l && l->kind == N_TEXT) {
    size_t len = strlen(l->str), n = len;
    while (n && l->str[n - 1] == ' ') n--;
    if (!n) ast_unlink(l);
    else if (n < len) l->str = arena_strndup(a, l->str, n);
  }
}

void ast_plain_text(const struct node *container, enum change which, struct strbuf *out) {
  const struct node *n = container->first;
  while (n) {
    int skip = 0;
    switch (n->kind) {
    case N_TEXT: sb_adds(out, n->str); break;
    case N_BREAK: sb_addc(out, ' '); break;
    case N_DEL: skip = which == CH_INS; break;
    case N_INS: skip = which == CH_DEL; break;
    case N_COMMENT: skip = 1; break;
    case N_REF:
      sb_adds(out, "{ref ");
      sb_adds(out, n->str);
      sb_addc(out, '}');
      break;
    default: break;
    }
    n = next_preorder(n, container, skip);
  }
}

static void dump_loc(struct strbuf *out, const struct loc *l) {
  sb_printf(out, " @%d:%d-%d:%d", l->first_line, l->first_column, l->last_line, l->last_column);
}

static void dump_str(struct strbuf *out, const char *s) {
  sb_addc(out, '"');
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') sb_addc(out, '\\');
    if (*s == '\n') sb_adds(out, "\\n");
    else if (*s == '\t') sb_adds(out, "\\t");
    else sb_addc(out, *s);
  }
  sb_addc(out, '"');
}

void ast_dump(const struct node *root, struct strbuf *out) {
  int depth = 0;
  const struct node *n = root;
  while (n) {
    for (int i = 0; i < depth; i++) sb_adds(out, "  ");
    sb_adds(out, kind_names[n->kind]);
    if (n->change) sb_adds(out, n->change == CH_INS ? " +ins" : " +del");
    if (n->kind == N_SECTION) sb_adds(out, n->flags & F_OPERATIVE ? " operative" : " preamble");
    if (n->kind == N_CLAUSE) {
      sb_printf(out, " level=%d", n->as.clause.level);
      if (n->as.clause.typed) sb_printf(out, " typed=%s", n->as.clause.typed);
      if (n->as.clause.anchor) sb_printf(out, " id=%s", n->as.clause.anchor);
      sb_printf(out, " old=%s new=%s", n->as.clause.old_label ? n->as.clause.old_label : "?",
                n->as.clause.new_label ? n->as.clause.new_label : "?");
    }
    if ((n->kind == N_DEL || n->kind == N_INS) && (n->flags & F_SUBST)) sb_adds(out, " subst");
    if (n->kind == N_HISTORY && (n->flags & F_AT_END)) sb_adds(out, " at-end");
    if (n->kind == N_PARA && (n->flags & F_BLOCK_PARA))
      sb_adds(out, n->flags & F_NOTE ? " note" : n->flags & F_FIGURE ? " figure" : " plain");
    if (n->kind == N_ROW && (n->flags & F_HEAD_ROW)) sb_adds(out, " head");
    if (n->kind == N_ANNEX && (n->flags & (F_RULES | F_APPENDIX)))
      sb_adds(out, n->flags & F_RULES ? " section" : " appendix");
    if (n->str) {
      sb_addc(out, ' ');
      dump_str(out, n->str);
    }
    if (n->str2) {
      sb_addc(out, ' ');
      dump_str(out, n->str2);
    }
    dump_loc(out, &n->loc);
    sb_addc(out, '\n');
    if (n->first) {
      n = n->first;
      depth++;
      continue;
    }
    while (n && n != root && !n->next) {
      n = n->parent;
      depth--;
    }
    if (!n || n == root) break;
    n = n->next;
  }
}

int ast_header_empty_in(const struct node *n, enum view view) {
  if (view == VIEW_MARKUP ||
      (n->kind != N_NUMBER && n->kind != N_TITLE && n->kind != N_HISTORY && n->kind != N_ASSEMBLY))
    return 0;
  struct strbuf sb = {0};
  ast_plain_text(n, view == VIEW_OLD ? CH_DEL : CH_INS, &sb);
  int empty = sb.len == 0;
  sb_free(&sb);
  return empty;
}
