/* The writer shared by the import readers, and the last step of every import: parse the
 * written source, keep a typed label only where it differs from the computed one (so
 * that resc check reports it), and emit the canonical layout. */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "emit_resc.h"
#include "import.h"
#include "labels.h"
#include "parse.h"
#include "profile.h"
#include "source.h"

void imp_escape(struct strbuf *sb, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    char c1 = i + 1 < n ? s[i + 1] : 0, c2 = i + 2 < n ? s[i + 2] : 0;
    int esc = c == '\\' || c == '*' || c == '{' || (c == '[' && c1 == '^') ||
              (c == '+' && c1 == '+' && c2 == '}') || (c == '-' && c1 == '-' && c2 == '}') ||
              (c == '~' && (c1 == '>' || (c1 == '~' && c2 == '}'))) ||
              (c == '<' && c1 == '<' && c2 == '}');
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (esc) sb_addc(sb, '\\');
    sb_addc(sb, c);
  }
}

/* A block revision around header lines and nothing else (Word: their paragraphs and all
 * their runs inserted) is written as the lines with their whole text inserted,
 * "@history {++...++}": resc gives both forms the same document, and the second is the
 * one drafters write. A block whose lines have marks of their own stays as it is. */
static void inline_header_block(struct imp *im) {
  int nh = im->block_nhead;
  if (nh == 0 || nh > IMP_BLOCK_HEADS || im->block_lines != nh) return;
  const char *body = sb_str(&im->out) + im->block_at + 4; /* after "{++\n" */
  if (strstr(body, "{++") || strstr(body, "{--") || strstr(body, "{~~") || strstr(body, "{>>"))
    return;
  const char *open = im->block == CH_INS ? "{++" : "{--";
  const char *close = im->block == CH_INS ? "++}" : "--}";
  struct strbuf lines = {0};
  for (int i = 0; i < nh; i++) {
    size_t end = i + 1 < nh ? im->head_at[i + 1] : im->out.len;
    const char *o = sb_str(&im->out);
    if (end <= im->head_text_at[i] + 1 || o[end - 1] != '\n') {
      sb_free(&lines);
      return;
    }
    sb_add(&lines, o + im->head_at[i], im->head_text_at[i] - im->head_at[i]);
    sb_adds(&lines, open);
    sb_add(&lines, o + im->head_text_at[i], end - 1 - im->head_text_at[i]);
    sb_adds(&lines, close);
    sb_addc(&lines, '\n');
  }
  im->out.len = im->block_at;
  im->out.data[im->out.len] = '\0';
  sb_add(&im->out, lines.data, lines.len);
  sb_free(&lines);
  im->block = CH_NONE;
}

static void push_mark(struct imp *im, size_t at, int para, const char *excerpt) {
  if (im->nmarks == im->capmarks) {
    im->capmarks = im->capmarks ? 2 * im->capmarks : 64;
    im->marks = xrealloc(im->marks, im->capmarks * sizeof *im->marks);
  }
  im->marks[im->nmarks++] = (struct imp_mark){at, para, xstrdup(excerpt)};
}

/* Notes where the paragraph being read starts in the source, once per paragraph. */
static void imp_mark(struct imp *im) {
  if (im->para <= 0 || (im->nmarks && im->marks[im->nmarks - 1].para == im->para)) return;
  size_t at = im->out.len;
  /* the first line of a block revision: its opening line is the paragraph's too */
  if (im->block != CH_NONE && at == im->block_at + 4) at = im->block_at;
  push_mark(im, at, im->para, sb_str(&im->excerpt));
}

void imp_set_excerpt(struct imp *im, const char *text, size_t n) {
  sb_clear(&im->excerpt);
  size_t i = 0, cut = 0;
  while (i < n && (text[i] == ' ' || text[i] == '\t')) i++;
  size_t from = i;
  for (; i < n && i - from < 40; i++)
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') cut = i;
  if (i >= n) cut = n;
  else if (cut <= from) /* one long word: cut at a character boundary */
    for (cut = i; cut > from && ((unsigned char)text[cut] & 0xC0) == 0x80; cut--) {
    }
  for (size_t k = from; k < cut; k++)
    sb_addc(&im->excerpt, text[k] == '\t' || text[k] == '\n' ? ' ' : text[k]);
  while (im->excerpt.len && im->excerpt.data[im->excerpt.len - 1] == ' ')
    im->excerpt.data[--im->excerpt.len] = '\0';
  if (cut < n) sb_adds(&im->excerpt, "\xE2\x80\xA6");
}

void imp_block(struct imp *im, enum change c) {
  if (im->block == c) return;
  if (im->block != CH_NONE) inline_header_block(im);
  if (im->block != CH_NONE) sb_adds(&im->out, im->block == CH_INS ? "++}\n" : "--}\n");
  im->block_at = im->out.len;
  im->block_lines = im->block_nhead = 0;
  if (c != CH_NONE) sb_adds(&im->out, c == CH_INS ? "{++\n" : "{--\n");
  im->block = c;
}

/* Whether TEXT, at the start of a line, would read as something else than text: a
 * comment, directive, clause label or footnote definition. */
static int tricky_start(const char *t) {
  if (t[0] == '#' || t[0] == '@' || (t[0] == '-' && (t[1] == ' ' || t[1] == '\0')) ||
      (t[0] >= '0' && t[0] <= '9') || (t[0] == '[' && t[1] == '^'))
    return 1;
  if ((strncmp(t, "\xE2\x80\x93 ", 4) == 0 || strncmp(t, "\xE2\x80\xA2 ", 4) == 0)) return 1;
  size_t i = 0;
  while (t[i] >= 'a' && t[i] <= 'z') i++;
  return i >= 1 && i <= 6 && t[i] == ')';
}

/* Writes TEXT after PREFIX, with every '\n' (a line break from the reader) turned into
 * a resc line break and a continuation line. */
static void put_text(struct imp *im, const char *text) {
  for (const char *p = text; *p; p++) {
    if (*p == '\n') {
      while (p[1] == ' ') p++;
      sb_adds(&im->out, " \\\n  ");
      if (tricky_start(p + 1)) sb_addc(&im->out, '\\');
    } else {
      sb_addc(&im->out, *p);
    }
  }
  sb_addc(&im->out, '\n');
}

void imp_directive(struct imp *im, const char *name, const char *text) {
  static const char *const header[] = {"title", "history", "assembly"};
  int is_header = profile_is_kind(name); /* the number line: @resolution, @recommendation ... */
  for (size_t i = 0; i < sizeof header / sizeof *header; i++)
    is_header |= strcmp(name, header[i]) == 0;
  imp_mark(im);
  im->block_lines++;
  int h = im->block_nhead;
  if (is_header && h < IMP_BLOCK_HEADS) im->head_at[h] = im->out.len;
  sb_printf(&im->out, "@%s ", name);
  if (is_header && h < IMP_BLOCK_HEADS) im->head_text_at[h] = im->out.len;
  if (is_header) im->block_nhead++;
  put_text(im, text);
}

void imp_heading(struct imp *im, const char *text) {
  imp_mark(im);
  im->block_lines++;
  if (im->block == CH_NONE) sb_addc(&im->out, '\n');
  /* a paragraph "| … |" would read as a table's row: its first '|' is escaped */
  size_t n = strlen(text);
  if (tricky_start(text) || (text[0] == '|' && n > 1 && text[n - 1] == '|'))
    sb_addc(&im->out, '\\');
  put_text(im, text);
}

void imp_clause(struct imp *im, int level, const char *label, const char *text) {
  imp_mark(im);
  im->block_lines++;
  if (level < 1) level = 1;
  if (level > 8) level = 8;
  /* Numeric labels are labels only in column 1, dotted ones (3.1) anywhere. */
  if (label && *label >= '0' && *label <= '9' && level > 1 && !strchr(label, '.')) label = NULL;
  /* dashes as typed in Word (hyphen, em dash, Symbol's minus) are resc's dash item; a
   * bullet stays a bullet, a scheme of its own */
  if (label && (strcmp(label, "-") == 0 || strcmp(label, "—") == 0 || strcmp(label, "−") == 0))
    label = "–";
  for (int i = 1; i < level; i++) sb_adds(&im->out, "  ");
  sb_adds(&im->out, label && *label ? label : "-");
  sb_addc(&im->out, ' ');
  if (!*text) sb_adds(&im->out, "\\ ");
  put_text(im, text);
}

void imp_para(struct imp *im, int level, const char *prefix, const char *text) {
  imp_mark(im);
  im->block_lines++;
  if (level < 1) level = 1;
  if (level > 8) level = 8;
  for (int i = 1; i < level; i++) sb_adds(&im->out, "  ");
  if (prefix) sb_adds(&im->out, prefix);
  put_text(im, text);
}

/* The number a dotted label extends: "7.4" for "7.4.1", "4" for "4.3bis". */
static size_t parent_len(const char *l) {
  const char *dot = strrchr(l, '.');
  return dot ? (size_t)(dot - l) : 0;
}

int imp_dotted_level(char labels[][32], int depth, const char *l) {
  size_t pl = parent_len(l);
  for (int k = depth; k >= 1; k--) {
    if (strlen(labels[k]) == pl && strncmp(labels[k], l, pl) == 0) return k + 1;
    if (parent_len(labels[k]) == pl && strncmp(labels[k], l, pl) == 0) return k;
  }
  return 1;
}

void imp_footnote(struct imp *im, const char *id, const char *text) {
  sb_printf(&im->notes, "\n[^%s]: %s\n", id, *text ? text : "\\ ");
}

void imp_free(struct imp *im) {
  sb_free(&im->out);
  sb_free(&im->notes);
  sb_free(&im->excerpt);
  for (size_t i = 0; i < im->nmarks; i++) free(im->marks[i].excerpt);
  free(im->marks);
}

/* Drops every typed label that equals the computed one (the new label, or the old one
 * of a deleted clause); with SUBST, also marks each deletion directly followed by an
 * insertion as a substitution. Iterative pre-order walk: documents may nest deeply
 * enough that recursion is not an option. */
static void drop_computed_labels(struct node *root, int subst) {
  struct node *n = root;
  while (n) {
    if (n->kind == N_CLAUSE && n->as.clause.typed) {
      const char *want = n->as.clause.new_label ? n->as.clause.new_label : n->as.clause.old_label;
      /* a bis label is computed from itself: without it the clause takes a place */
      if (want && strcmp(want, n->as.clause.typed) == 0 && !(n->flags & F_SETS_SCHEME) &&
          !label_is_bis(n->as.clause.typed))
        n->as.clause.typed = NULL;
    }
    if (subst && n->kind == N_DEL && n->next && n->next->kind == N_INS && !(n->flags & F_SUBST) &&
        !(n->next->flags & F_SUBST)) {
      n->flags |= F_SUBST;
      n->next->flags |= F_SUBST;
    }
    if (n->first && (subst || n->kind < N_FIRST_INLINE)) {
      n = n->first;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    if (!n || n == root) break;
    n = n->next;
  }
}

const char *imp_source(struct imp *im, size_t *len) {
  imp_block(im, CH_NONE);
  im->para = 0; /* the footnote definitions */
  if (im->nmarks && im->notes.len) push_mark(im, im->out.len, 0, "");
  if (im->notes.len) sb_add(&im->out, im->notes.data, im->notes.len);
  sb_clear(&im->notes);
  *len = im->out.len;
  return sb_str(&im->out);
}

int imp_finish(struct imp *im, const char *name, struct strbuf *result) {
  size_t len;
  imp_source(im, &len);
  struct diag_ctx d;
  diag_init(&d);
  struct source src;
  int errors = 0;
  int rc = source_load_mem(&src, name, sb_str(&im->out), im->out.len, &d);
  struct document *doc = NULL;
  if (rc == 0) doc = parse_document(&src, &d, &errors);
  if (rc != 0 || errors) {
    diag_sort(&d);
    diag_print(&d, stderr, DIAG_TEXT, 0);
    sb_add(result, sb_str(&im->out), im->out.len);
    if (!errors) errors = 1;
  } else {
    drop_computed_labels(doc->root, 0);
    emit_resc(doc, VIEW_MARKUP, result);
    if (result->len && result->data[result->len - 1] != '\n') sb_addc(result, '\n');
  }
  if (doc) document_free(doc);
  source_free(&src);
  diag_free(&d);
  return errors;
}

void imp_normalize(struct node *root) { drop_computed_labels(root, 1); }
