/* Writing canonical resc source. Inline content is first rendered to one string in
 * which breakable spaces are marked, then wrapped; block revisions are written as
 * '{++'/'++}' lines around runs of blocks with the same change; comments are put back
 * before the block that followed them. */
#include "emit_resc.h"

#include <stdio.h>
#include <string.h>

#include "ast_iter.h"
#include "lang/lang.h"
#include "source.h"
#include "strbuf.h"

#define BREAK_SPACE '\x01' /* a space where a line may be broken */
#define HARD_BREAK '\x02'  /* a '\' line break */

struct er {
  const struct document *doc;
  enum view view;
  struct strbuf *out;
  enum change open;           /* block revision open in the output */
  const struct node *comment; /* next comment line to put back */
  int blank;                  /* the last line written is blank (or nothing written) */
  int resolutions;            /* resolutions written so far */
};

static int visible(const struct er *e, const struct node *n) {
  enum change c = ast_effective_change(n);
  return !(e->view == VIEW_NEW && c == CH_DEL) && !(e->view == VIEW_OLD && c == CH_INS);
}

static void line(struct er *e, const char *s, size_t n) {
  sb_add(e->out, s, n);
  sb_addc(e->out, '\n');
  e->blank = n == 0;
}

static void set_change(struct er *e, enum change c);

/* A blank line ends any open block revision: the next block opens its own. */
static void blank(struct er *e) {
  set_change(e, CH_NONE);
  if (!e->blank) line(e, "", 0);
}

static void set_change(struct er *e, enum change c) {
  if (e->view != VIEW_MARKUP || c == e->open) return;
  if (e->open) line(e, e->open == CH_INS ? "++}" : "--}", 3);
  if (c) line(e, c == CH_INS ? "{++" : "{--", 3);
  e->open = c;
}

/* Puts back the comments that stood before source line LINE. */
/* A comment that a blank line followed keeps it (a file's comment header stays apart
 * from what it describes), unless a block revision is open, which a blank line ends. */
static void comments_before(struct er *e, int before_line) {
  while (e->comment && (before_line == 0 || e->comment->loc.first_line < before_line)) {
    int at = e->comment->loc.first_line;
    line(e, e->comment->str, strlen(e->comment->str));
    e->comment = e->comment->next;
    size_t len;
    const char *next = e->doc->src ? source_line(e->doc->src, at + 1, &len) : NULL;
    if (next && len == 0 && !e->open && (!e->comment || e->comment->loc.first_line != at + 1))
      line(e, "", 0);
  }
}

/* Text with the characters that would read as markup escaped; a space becomes SPACE
 * (BREAK_SPACE where the line may be wrapped there). */
static void escaped(struct strbuf *sb, const char *s, char space) {
  for (; *s; s++) {
    char c = *s;
    int esc = c == '\\' || c == '*' || c == '{' || c == '|' || (c == '[' && s[1] == '^') ||
              (c == '+' && s[1] == '+' && s[2] == '}') ||
              (c == '-' && s[1] == '-' && s[2] == '}') ||
              (c == '~' && (s[1] == '>' || (s[1] == '~' && s[2] == '}'))) ||
              (c == '<' && s[1] == '<' && s[2] == '}');
    if (esc) sb_addc(sb, '\\');
    sb_addc(sb, c == ' ' ? space : c);
  }
}

static void text(struct strbuf *sb, const char *s) { escaped(sb, s, BREAK_SPACE); }

/* Whether a deletion (an insertion) is the first (second) half of one {~~old~>new~~}. */
static int subst_del(const struct node *n) {
  return (n->flags & F_SUBST) && n->next && n->next->kind == N_INS && (n->next->flags & F_SUBST);
}
static int subst_ins(const struct node *n) {
  return (n->flags & F_SUBST) && n->prev && n->prev->kind == N_DEL && (n->prev->flags & F_SUBST);
}

/* CONTAINER's inline content as markup, in one loop over its ENTER/EXIT events. In the
 * old or new text a revision is its content or nothing; a substitution's deletion
 * writes "{~~old~>" and its insertion "new~~}". */
static void inlines(struct er *e, const struct node *container, struct strbuf *sb) {
  const struct node *c = container->first;
  if (c && !c->next && c->kind == N_TEXT) { /* most content is one text: no walk */
    text(sb, c->str);
    return;
  }
  int markup = e->view == VIEW_MARKUP;
  struct ast_iter it;
  enum ast_event ev;
  ast_iter_init(&it, container);
  ast_iter_next(&it); /* the container itself */
  while ((ev = ast_iter_next(&it)) != AST_DONE) {
    const struct node *n = it.node;
    if (ev == AST_EXIT) {
      if (n == container) break;
      switch (n->kind) {
      case N_EMPH: sb_addc(sb, '*'); break;
      case N_STRONG: sb_adds(sb, "**"); break;
      case N_DEL:
        if (markup) sb_adds(sb, subst_del(n) ? "~>" : "--}");
        break;
      case N_INS:
        if (markup) sb_adds(sb, subst_ins(n) ? "~~}" : "++}");
        break;
      case N_COMMENT:
        if (markup) sb_adds(sb, "<<}");
        break;
      default: break;
      }
      continue;
    }
    switch (n->kind) {
    case N_TEXT: text(sb, n->str); break;
    case N_EMPH: sb_addc(sb, '*'); break;
    case N_STRONG: sb_adds(sb, "**"); break;
    case N_DEL:
      if (markup) sb_adds(sb, subst_del(n) ? "{~~" : "{--");
      else if (e->view != VIEW_OLD) ast_iter_skip(&it);
      break;
    case N_INS:
      if (markup && !subst_ins(n)) sb_adds(sb, "{++");
      else if (!markup && e->view != VIEW_NEW) ast_iter_skip(&it);
      break;
    case N_COMMENT:
      if (markup) sb_adds(sb, "{>>");
      else ast_iter_skip(&it);
      break;
    case N_BREAK: sb_addc(sb, HARD_BREAK); break;
    case N_REF:
      sb_printf(sb, "{ref %s}", n->str);
      ast_iter_skip(&it);
      break;
    case N_FNREF:
      sb_printf(sb, "[^%s]", n->str);
      ast_iter_skip(&it);
      break;
    default: ast_iter_skip(&it); break;
    }
  }
}

/* Whether a continuation line may not start with WORD: it would read as a clause. */
static int looks_like_label(const char *w, size_t n) {
  if ((n == 1 && w[0] == '-') || (n == 3 && memcmp(w, "\xE2\x80\x93", 3) == 0)) return 1;
  if ((n == 1 && w[0] == '|') || (n == 4 && memcmp(w, "NOTE", 4) == 0) ||
      (n == 6 && memcmp(w, "Figure", 6) == 0))
    return 1;
  /* a dotted number, 3.1 or 1bis.2, reads as a provision's label */
  if (n && w[0] >= '0' && w[0] <= '9' && memchr(w, '.', n) && w[n - 1] != '.') {
    size_t i = 0;
    while (i < n && ((w[i] >= '0' && w[i] <= '9') || w[i] == '.' || (w[i] >= 'a' && w[i] <= 'z')))
      i++;
    if (i == n) return 1;
  }
  size_t i = 0;
  while (i < n && w[i] >= 'a' && w[i] <= 'z') i++;
  return i >= 1 && i <= 6 && i < n && w[i] == ')';
}

/* Writes FIRST + content, wrapped, continuation lines indented by INDENT. */
static void wrapped(struct er *e, const char *first, const char *content, int indent) {
  struct strbuf ln = {0};
  sb_adds(&ln, first);
  size_t width = EMIT_RESC_WIDTH;
  const char *s = content;
  int line_has_word = 0; /* the first word always stays on the first line */
  while (*s) {
    if (*s == HARD_BREAK) {
      while (ln.len && ln.data[ln.len - 1] == ' ') ln.len--;
      /* Alone in column 1 the break is "\"; elsewhere a space keeps it off the text. */
      sb_adds(&ln, ln.len ? " \\" : "\\");
      line(e, ln.data, ln.len);
      sb_clear(&ln);
      for (int i = 0; i < indent; i++) sb_addc(&ln, ' ');
      line_has_word = 0;
      s++;
      while (*s == BREAK_SPACE) s++;
      /* the line after a break must not start like a label: it would be a clause */
      const char *w = s;
      while (*w && *w != BREAK_SPACE && *w != HARD_BREAK) w++;
      if (looks_like_label(s, (size_t)(w - s)) && *s != '\\') sb_addc(&ln, '\\');
      continue;
    }
    /* the next word, up to a breakable space or a hard break */
    const char *w = s;
    while (*s && *s != BREAK_SPACE && *s != HARD_BREAK) s++;
    size_t wn = (size_t)(s - w);
    if (line_has_word && ln.len + wn > width && !looks_like_label(w, wn) && wn) {
      while (ln.len && ln.data[ln.len - 1] == ' ') ln.len--;
      line(e, ln.data, ln.len);
      sb_clear(&ln);
      for (int i = 0; i < indent; i++) sb_addc(&ln, ' ');
    }
    sb_add(&ln, w, wn);
    if (wn) line_has_word = 1;
    while (*s == BREAK_SPACE) {
      sb_addc(&ln, ' ');
      s++;
    }
  }
  while (ln.len && ln.data[ln.len - 1] == ' ') ln.len--;
  line(e, ln.data ? ln.data : "", ln.len);
  sb_free(&ln);
}

/* Whether T starts like a footnote definition, "[^id]:": a mark at the start of a
 * heading is fine, a mark followed by a colon would read as a definition. */
static int footnote_def_like(const char *t) {
  if (t[0] != '[' || t[1] != '^') return 0;
  const char *close = strchr(t, ']');
  return close && close[1] == ':';
}

/* A block line: comments first, then the block-revision state, then the text. */
static void block(struct er *e, const struct node *n, const char *first, const struct node *content,
                  int indent, int col1) {
  comments_before(e, n->loc.first_line);
  set_change(e, ast_effective_change(n));
  struct strbuf sb = {0};
  if (content) inlines(e, content, &sb);
  /* In column 1 a heading or paragraph must not read as another kind of line. */
  if (col1 && sb.len) {
    const char *t = sb.data;
    int tricky = t[0] == '#' || t[0] == '@' ||
                 (t[0] == '-' && (t[1] == BREAK_SPACE || t[1] == HARD_BREAK || !t[1])) ||
                 (t[0] >= '0' && t[0] <= '9') || footnote_def_like(t) ||
                 (t[0] == '|' && (t[1] == BREAK_SPACE || !t[1])) || strncmp(t, "NOTE", 4) == 0 ||
                 strncmp(t, "Figure", 6) == 0 || strncmp(t, "Table", 5) == 0;
    size_t i = 0;
    while (t[i] >= 'a' && t[i] <= 'z') i++;
    if (i >= 1 && i <= 6 && t[i] == ')') tricky = 1;
    if (tricky && t[0] != '\\' && (unsigned char)t[0] < 0x80) {
      struct strbuf esc = {0};
      sb_addc(&esc, '\\');
      sb_add(&esc, sb.data, sb.len);
      sb_free(&sb);
      sb = esc;
    }
  }
  if (!sb.len && !col1 && *first) {
    /* An empty block keeps the space after its marker: "- " alone is a clause, "-" a
     * heading. */
    line(e, first, strlen(first));
  } else {
    wrapped(e, first, sb.data ? sb.data : "", indent);
  }
  sb_free(&sb);
}

/* A paragraph among clauses, INDENT columns in: "| ", "NOTE 2 – " or "Figure 1 – ",
 * then its text. */
static void para(struct er *e, const struct node *p, int indent) {
  if (!visible(e, p)) return;
  struct strbuf first = {0};
  for (int i = 0; i < indent; i++) sb_addc(&first, ' ');
  if (p->flags & (F_NOTE | F_FIGURE)) sb_printf(&first, "%s \xE2\x80\x93 ", p->str ? p->str : "");
  else sb_adds(&first, "| ");
  block(e, p, sb_str(&first), p, indent + 2, 0);
  sb_free(&first);
}

/* A table: its caption as "Table 1 – ..." (wrapped like any block), then each row on
 * one line, "| a | b |", a "|---|" line under the header row; a row under a block
 * revision between '{++' and '++}' lines, which do not end the table. */
static void table(struct er *e, const struct node *t) {
  if (t->prev && t->prev->kind == N_TABLE) blank(e); /* two tables, not one */
  for (const struct node *k = t->first; k; k = k->next) {
    if (!visible(e, k)) continue;
    if (k->kind == N_TITLE) {
      struct strbuf first = {0};
      sb_printf(&first, "%s \xE2\x80\x93 ", k->str ? k->str : "");
      block(e, k, sb_str(&first), k, 2, 0);
      sb_free(&first);
      continue;
    }
    comments_before(e, k->loc.first_line);
    set_change(e, ast_effective_change(k));
    struct strbuf ln = {0}, rule = {0};
    for (const struct node *c = k->first; c; c = c->next) {
      sb_adds(&ln, "| ");
      size_t from = ln.len;
      inlines(e, c, &ln);
      for (size_t i = from; i < ln.len; i++)
        if (ln.data[i] == BREAK_SPACE || ln.data[i] == HARD_BREAK) ln.data[i] = ' ';
      sb_addc(&ln, ' ');
      sb_adds(&rule, "|---");
    }
    sb_addc(&ln, '|');
    sb_addc(&rule, '|');
    line(e, ln.data, ln.len);
    if (k->flags & F_HEAD_ROW) line(e, rule.data, rule.len);
    sb_free(&ln);
    sb_free(&rule);
  }
}

/* A clause's own lines: its marker, id and text. */
static void clause_lines(struct er *e, const struct node *c) {
  int indent = 2 * (c->as.clause.level - 1);
  struct strbuf first = {0};
  for (int i = 0; i < indent; i++) sb_addc(&first, ' ');
  sb_adds(&first, c->as.clause.typed ? c->as.clause.typed : "-");
  sb_addc(&first, ' ');
  if (c->as.clause.anchor) sb_printf(&first, "{#%s} ", c->as.clause.anchor);
  const struct node *t = c->first && c->first->kind == N_CLAUSE_TEXT ? c->first : NULL;
  block(e, c, sb_str(&first), t, indent + 2, 0);
  sb_free(&first);
}

/* A clause, then its sub-clauses and paragraphs in document order (a paragraph two
 * columns in from its clause's marker), in one loop over the iterator's events. */
static void clause(struct er *e, const struct node *top) {
  struct ast_iter it;
  ast_iter_init(&it, top);
  while (ast_iter_next(&it) != AST_DONE) {
    const struct node *n = it.node;
    if (it.event != AST_ENTER) continue;
    if (n->kind == N_CLAUSE && visible(e, n)) {
      clause_lines(e, n);
      continue;
    }
    if (n->kind == N_PARA) para(e, n, 2 * n->parent->as.clause.level);
    ast_iter_skip(&it);
  }
}

static void directive(struct er *e, const char *name, const struct node *n) {
  char first[64];
  snprintf(first, sizeof first, n->first ? "@%s " : "@%s", name); /* "@annex" alone */
  block(e, n, first, n, 2, 0);
}

/* A stated profile goes back after the number line (before the header lines when there
 * is none): a @profile before @resolution would belong to a resolution of its own. */
static void stated_profile(struct er *e, const struct node *r) {
  char buf[64];
  int n = snprintf(buf, sizeof buf, "@profile %s", r->str);
  line(e, buf, (size_t)n);
}

/* "@annex Title", or "@section 1bis Title" and "@appendix I Title" with the number. */
static void part_title(struct er *e, const struct node *a, const struct node *t) {
  if (!(a->flags & (F_RULES | F_APPENDIX))) {
    directive(e, "annex", t);
    return;
  }
  struct strbuf first = {0};
  sb_printf(&first, "@%s ", a->flags & F_RULES ? "section" : "appendix");
  escaped(&first, a->str ? a->str : "", ' ');
  if (t->first) sb_addc(&first, ' '); /* "@appendix II" alone has no title to part from */
  block(e, t, sb_str(&first), t, 2, 0);
  sb_free(&first);
}

/* A section's stated kind goes back at the end of its heading's last line. */
static void stated_kind(struct er *e, const struct node *sec) {
  if (!(sec->flags & (F_KIND_PREAMBLE | F_KIND_OPERATIVE)) || !e->out->len) return;
  e->out->len--; /* the heading's newline */
  sb_adds(e->out, sec->flags & F_KIND_OPERATIVE ? " {operative}\n" : " {preamble}\n");
}

static void resolution(struct er *e, const struct node *r) {
  if (!visible(e, r)) return;
  /* A resolution with no number line starts where a proposal's @reasons ended it; in the
   * old or new text, which has no @reasons, a bare number line keeps it apart from the
   * resolution before it. */
  int numbered = 0;
  for (const struct node *c = r->first; c; c = c->next) numbered |= c->kind == N_NUMBER;
  if (!numbered && e->resolutions && e->view != VIEW_MARKUP) line(e, "@resolution", 11);
  if (!numbered && r->str) stated_profile(e, r);
  for (const struct node *c = r->first; c; c = c->next) {
    if (!visible(e, c)) continue;
    if (ast_header_empty_in(c, e->view)) {
      /* A number line with nothing in this text still starts a resolution that follows
       * another: its header lines would otherwise read as the previous one's. */
      if (c->kind == N_NUMBER && e->resolutions) {
        char bare[32];
        int n = snprintf(bare, sizeof bare, "@%s", c->str);
        line(e, bare, (size_t)n);
      }
      continue;
    }
    switch (c->kind) {
    case N_NUMBER:
      directive(e, c->str, c);
      if (r->str) stated_profile(e, r);
      break;
    case N_TITLE: directive(e, "title", c); break;
    case N_HISTORY:
      if (c->flags & F_AT_END) blank(e);
      directive(e, "history", c);
      break;
    case N_ASSEMBLY: directive(e, "assembly", c); break;
    case N_SECTION:
      blank(e);
      block(e, c, "", c->first, 2, 1);
      stated_kind(e, c);
      for (const struct node *k = c->first; k; k = k->next) {
        if (k->kind == N_CLAUSE) clause(e, k);
        else if (k->kind == N_PARA) para(e, k, 0);
      }
      break;
    case N_ANNEX:
      blank(e);
      for (const struct node *k = c->first; k; k = k->next) {
        if (!visible(e, k)) continue;
        if (k->kind == N_TITLE) part_title(e, c, k);
        else if (k->kind == N_PARA && (k->flags & F_BLOCK_PARA)) para(e, k, 0);
        else if (k->kind == N_PARA) block(e, k, "", k, 2, 1);
        else if (k->kind == N_CLAUSE) clause(e, k);
        else if (k->kind == N_TABLE) table(e, k);
      }
      break;
    default: break;
    }
  }
  e->resolutions++;
}

/* The old or the new text of a proposal is a resolution, not a proposal: it has no
 * @proposal line, no @reasons and no proposal-document header, which would describe
 * changes it no longer holds. Only the marked-up source keeps them. */
void emit_resc(const struct document *doc, enum view view, struct strbuf *out) {
  struct er e = {.doc = doc, .view = view, .out = out, .blank = 1};
  int clean = view != VIEW_MARKUP;
  e.comment = doc->comments ? doc->comments->first : NULL;
  int header = 0;
  if (doc->lang_loc.first_line) { /* a stated language is kept; a detected one is not written */
    comments_before(&e, doc->lang_loc.first_line);
    struct strbuf l = {0};
    sb_printf(&l, "@language %s", doc->lang->code);
    line(&e, l.data, l.len);
    sb_free(&l);
    header = 1;
  }
  for (const struct node *c = doc->root->first; c; c = c->next) {
    if (!visible(&e, c)) continue;
    switch (c->kind) {
    case N_FIELD:
      if (clean) break;
      directive(&e, c->str, c);
      header = 1;
      break;
    case N_ABSTRACT:
      if (clean) break;
      for (const struct node *p = c->first; p; p = p->next)
        if (visible(&e, p)) directive(&e, "abstract", p);
      header = 1;
      break;
    case N_PROPOSAL: {
      if (header || !e.blank) blank(&e);
      header = 0;
      comments_before(&e, c->loc.first_line);
      set_change(&e, ast_effective_change(c));
      if (clean) {
        for (const struct node *k = c->first; k; k = k->next)
          if (k->kind == N_RESOLUTION) resolution(&e, k);
        break;
      }
      struct strbuf first = {0};
      /* The identifier is plain text, read with its escapes undone. */
      sb_printf(&first, "@proposal %s ", c->str);
      escaped(&first, c->str2 ? c->str2 : "", ' ');
      line(&e, first.data, first.len);
      sb_free(&first);
      for (const struct node *k = c->first; k; k = k->next) {
        if (k->kind == N_RESOLUTION) resolution(&e, k);
        else if (k->kind == N_REASONS && visible(&e, k)) directive(&e, "reasons", k);
      }
      break;
    }
    case N_RESOLUTION:
      if (!e.blank) blank(&e);
      header = 0;
      resolution(&e, c);
      break;
    default: break;
    }
  }
  const struct node *f = doc->footnotes ? doc->footnotes->first : NULL;
  if (f) blank(&e);
  for (; f; f = f->next) {
    if (!visible(&e, f)) continue;
    struct strbuf first = {0};
    sb_printf(&first, "[^%s]: ", f->str);
    block(&e, f, first.data, f, 2, 0);
    sb_free(&first);
  }
  set_change(&e, CH_NONE);
  comments_before(&e, 0);
}
