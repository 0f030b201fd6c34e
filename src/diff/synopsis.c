/* resc synopsis: several MOD proposals to one resolution side by side, as a table:
 * one row per line of the current text (header lines, section phrases, clauses, annex
 * lines), plus a row for each line a proposal inserts; the first column is the current
 * text, then one column per proposal with its marks or "no change". The proposals must
 * claim the same old text: each is read in its old view and the first line where two
 * of them differ is reported. The rows are computed here once; synopsis_html.c and
 * synopsis_docx.c only write them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "ast.h"
#include "ast_iter.h"
#include "cli.h"
#include "diag.h"
#include "options.h"
#include "output.h"
#include "output_ext.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"
#include "synopsis.h"
#include "view.h"
#include "import/document.h"

static const struct cli_command synopsis_command = {
    .name = "synopsis",
    .bit = CMD_SYNOPSIS,
    .head = "Usage: resc synopsis [OPTIONS] PROPOSAL...\n"
            "\n"
            "Sets several MOD proposals to the same resolution side by side: a table with\n"
            "one row per line of the current text and per inserted line, the current text\n"
            "first, then each proposal's version with its revision marks (or \"no\n"
            "change\"). The proposals' old texts must agree.\n",
    .tail = "DOCX tracked changes carry each proposal's @source (else its identifier) and\n"
            "the date SOURCE_DATE_EPOCH, else now.\n",
    .bad_option = "unknown or incomplete option",
};

enum syn_format { SF_HTML, SF_DOCX, SF_NONE };

const char *syn_number_prefix(const struct node *number) {
  return strcmp(number->str, "draft") == 0      ? "DRAFT NEW RESOLUTION "
         : strcmp(number->str, "decision") == 0 ? "DECISION "
                                                : "RESOLUTION ";
}

const char *syn_author(const struct syn_prop *p) {
  return *p->source ? p->source : p->proposal->str2 ? p->proposal->str2 : "";
}

static void add_line(struct syn_prop *p, const struct node *n, const struct node *blk) {
  if (p->nlines == p->cap)
    p->lines = xrealloc(p->lines, (p->cap = p->cap ? 2 * p->cap : 64) * sizeof *p->lines);
  struct syn_line *l = &p->lines[p->nlines++];
  l->n = n;
  l->blk = blk;
  l->inserted = ast_effective_change(blk) == CH_INS || ast_header_empty_in(n, VIEW_OLD);
  struct strbuf sb = {0};
  if (blk->kind == N_CLAUSE && blk->as.clause.old_label)
    sb_printf(&sb, "%s ", blk->as.clause.old_label);
  ast_plain_text(n, CH_DEL, &sb);
  l->old_text = xstrdup(sb_str(&sb));
  sb_free(&sb);
}

static void collect_lines(struct syn_prop *p, const struct node *n) {
  struct ast_iter it;
  ast_iter_init(&it, n);
  while (ast_iter_next(&it) != AST_DONE) {
    const struct node *c = it.node;
    if (it.event != AST_ENTER || c == n) continue;
    switch (c->kind) {
    case N_NUMBER:
    case N_TITLE:
    case N_HISTORY:
    case N_ASSEMBLY:
    case N_PHRASE:
    case N_PARA: add_line(p, c, c); break;
    case N_CLAUSE_TEXT: add_line(p, c, c->parent); break;
    case N_SECTION:
    case N_CLAUSE:
    case N_ANNEX: continue; /* their lines are inside */
    default: break;
    }
    ast_iter_skip(&it);
  }
}

/* Whether a reference reads differently in the old and the new text: its clause
 * relettered, or its section's phrase changed. */
static int ref_changes(const struct document *doc, const struct node *ref) {
  struct view_ref o, n;
  view_reference(doc, VIEW_OLD, ref, &o);
  view_reference(doc, VIEW_NEW, ref, &n);
  int changed = o.label.ntail != n.label.ntail ||
                memcmp(o.label.tail, n.label.tail, o.label.ntail) != 0 ||
                strcmp(sb_str(&o.phrase), sb_str(&n.phrase)) != 0;
  view_ref_free(&o);
  view_ref_free(&n);
  return changed;
}

/* Whether N holds a revision mark, or a reference whose label the proposal changes. */
static int inline_changes(const struct document *doc, const struct node *n) {
  struct ast_iter it;
  ast_iter_init(&it, n);
  for (enum ast_event ev; (ev = ast_iter_next(&it)) != AST_DONE;) {
    const struct node *c = it.node;
    if (ev == AST_ENTER && c != n &&
        (c->kind == N_INS || c->kind == N_DEL || (c->kind == N_REF && ref_changes(doc, c))))
      return 1;
  }
  return 0;
}

/* Whether a proposal changes a line: a mark in it, a change of the whole block, a
 * label that the proposal reletters, or a reference that follows a relettered clause. */
static int line_changed(const struct document *doc, const struct syn_line *l) {
  if (ast_effective_change(l->blk) || inline_changes(doc, l->n)) return 1;
  if (l->blk->kind == N_CLAUSE) {
    const char *ol = l->blk->as.clause.old_label, *nl = l->blk->as.clause.new_label;
    return !ol || !nl || strcmp(ol, nl) != 0;
  }
  return 0;
}

int syn_load(const char *file, struct source *src, struct document **doc, struct diag_ctx *d) {
  int rc = document_load(src, file, d);
  if (rc != 0) return rc == 2 ? EXIT_USAGE : EXIT_INPUT;
  int errors = 0;
  *doc = parse_document(src, d, &errors);
  return errors ? EXIT_INPUT : 0;
}

static const struct node *find_proposal(const struct node *root) {
  for (const struct node *c = root->first; c; c = c->next)
    if (c->kind == N_PROPOSAL) return c;
  return NULL;
}

static char *field_text(const struct document *doc, const char *name) {
  struct strbuf sb = {0};
  for (const struct node *c = doc->root->first; c; c = c->next)
    if (c->kind == N_FIELD && strcmp(c->str, name) == 0) ast_plain_text(c, CH_INS, &sb);
  char *s = xstrdup(sb_str(&sb));
  sb_free(&sb);
  return s;
}

static struct syn_row *add_row(struct synopsis *s, const struct syn_line *current) {
  if (s->nrows == s->cap)
    s->row = xrealloc(s->row, (s->cap = s->cap ? 2 * s->cap : 64) * sizeof *s->row);
  struct syn_row *r = &s->row[s->nrows++];
  r->current = current;
  r->cell = xcalloc(s->np, sizeof *r->cell);
  return r;
}

/* Whether two inserted lines are the same line: the same kind of block with the same
 * new text (two proposals that add the same history entry). */
static int same_insertion(const struct syn_line *a, const struct syn_line *b) {
  if (a->n->kind != b->n->kind || a->blk->kind != b->blk->kind) return 0;
  struct strbuf x = {0}, y = {0};
  ast_plain_text(a->n, CH_INS, &x);
  ast_plain_text(b->n, CH_INS, &y);
  int same = strcmp(sb_str(&x), sb_str(&y)) == 0;
  sb_free(&x);
  sb_free(&y);
  return same;
}

/* The row, among those of the current gap (from FIRST), after the one AFTER, where an
 * earlier proposal inserted the same line as L and proposal I has no line yet; or
 * NULL. Searching only after AFTER keeps each proposal's lines in their order. */
static struct syn_row *shared_row(struct synopsis *s, size_t first, size_t after, size_t i,
                                  const struct syn_line *l) {
  for (size_t k = after > first ? after : first; k < s->nrows; k++) {
    struct syn_row *r = &s->row[k];
    if (r->cell[i].line) continue;
    for (size_t j = 0; j < i; j++)
      if (r->cell[j].line && same_insertion(r->cell[j].line, l)) return r;
  }
  return NULL;
}

/* Walks the proposals' lines in step: before each line of the current text, the lines
 * each proposal inserts there (first proposal first; a line that an earlier proposal
 * inserts there too shares its row), then the line itself with every proposal's
 * version. The old texts agree (check_agreement), so every proposal has the same
 * number of old lines. */
static void build_rows(struct synopsis *s) {
  size_t *at = xcalloc(s->np, sizeof *at);
  for (;;) {
    size_t gap = s->nrows;
    for (size_t i = 0; i < s->np; i++) {
      const struct syn_prop *p = &s->prop[i];
      size_t after = gap; /* the row after this proposal's last line in the gap */
      for (; at[i] < p->nlines && p->lines[at[i]].inserted; at[i]++) {
        struct syn_row *r = shared_row(s, gap, after, i, &p->lines[at[i]]);
        if (!r) r = add_row(s, NULL);
        r->cell[i].line = &p->lines[at[i]];
        r->cell[i].changed = 1;
        after = (size_t)(r - s->row) + 1;
      }
    }
    if (at[0] >= s->prop[0].nlines) break;
    struct syn_row *r = add_row(s, &s->prop[0].lines[at[0]]);
    for (size_t i = 0; i < s->np; i++) {
      r->cell[i].line = &s->prop[i].lines[at[i]++];
      r->cell[i].changed = line_changed(s->prop[i].doc, r->cell[i].line);
    }
  }
  free(at);
}

/* The old texts agree: same base lines, same old text. Reports the first divergence. */
static int check_agreement(struct syn_prop *ps, size_t np) {
  for (size_t i = 1; i < np; i++) {
    size_t a = 0, b = 0, line = 0;
    for (;;) {
      while (a < ps[0].nlines && ps[0].lines[a].inserted) a++;
      while (b < ps[i].nlines && ps[i].lines[b].inserted) b++;
      int ea = a >= ps[0].nlines, eb = b >= ps[i].nlines;
      if (ea && eb) break;
      line++;
      if (ea || eb || strcmp(ps[0].lines[a].old_text, ps[i].lines[b].old_text) != 0) {
        fprintf(stderr,
                "resc synopsis: %s and %s do not modify the same text: line %zu of the old "
                "text differs\n  %s: %s\n  %s: %s\n",
                ps[0].file, ps[i].file, line, ps[0].file,
                ea ? "(end of text)" : ps[0].lines[a].old_text, ps[i].file,
                eb ? "(end of text)" : ps[i].lines[b].old_text);
        return -1;
      }
      a++, b++;
    }
  }
  return 0;
}

static int write_output(const struct synopsis *s, enum syn_format format, const char *output) {
  char err[512] = "";
  int rc;
  if (format == SF_DOCX) {
    char iso[32];
    time_t when;
    if (cli_change_date(NULL, iso, sizeof iso, &when) != 0) {
      fprintf(stderr, "resc synopsis: SOURCE_DATE_EPOCH is not a number of seconds\n");
      return EXIT_USAGE;
    }
    rc = synopsis_docx(s, output, iso, when, err, sizeof err);
  } else {
    struct strbuf out = {0};
    synopsis_html(s, &out);
    rc = output_write(output, out.data, out.len, err, sizeof err);
    sb_free(&out);
  }
  if (rc != 0) {
    fprintf(stderr, "resc synopsis: %s\n", err[0] ? err : "output failed");
    return EXIT_USAGE;
  }
  return 0;
}

/* The formats an -o extension names; a name with no extension gets HTML. */
static const struct output_ext synopsis_exts[] = {
    {".html", SF_HTML}, {".htm", SF_HTML}, {".docx", SF_DOCX}, {NULL, 0}};

/* synopsis's options A: the format from -f or the -o extension; the operands. 0, or
 * EXIT_USAGE after saying why. */
static int synopsis_options(const struct cli_args *a, enum syn_format *format) {
  const char *f = a->value[OPT_FORMAT], *output = a->value[OPT_OUTPUT];
  if (f && strcmp(f, "html") == 0) *format = SF_HTML;
  else if (f && strcmp(f, "docx") == 0) *format = SF_DOCX;
  else if (f) {
    fprintf(stderr, "resc synopsis: unknown format '%s' (html, docx)\n", f);
    return EXIT_USAGE;
  } else {
    int ext = output_ext_format(output, synopsis_exts, SF_HTML);
    if (ext < 0) {
      output_ext_refuse("synopsis", output, synopsis_exts, 1);
      return EXIT_USAGE;
    }
    *format = (enum syn_format)ext;
  }
  if (a->nfiles < 1) {
    fprintf(stderr, "resc synopsis: no proposal\n");
    cli_usage(&synopsis_command, stderr);
    return EXIT_USAGE;
  }
  if (a->value[OPT_LANGUAGES] && *format != SF_HTML) {
    fprintf(stderr, "resc synopsis: --languages writes HTML\n");
    return EXIT_USAGE;
  }
  return 0;
}

/* Reads the proposal P->file: a MOD proposal holding a resolution, whose lines are
 * collected. 0, or the exit status after saying why. */
static int load_proposal(struct syn_prop *p, struct diag_ctx *d) {
  int status = syn_load(p->file, &p->src, &p->doc, d);
  if (status != 0) return status;
  p->proposal = find_proposal(p->doc->root);
  const struct node *res = p->proposal ? p->proposal->first : NULL;
  while (res && res->kind != N_RESOLUTION) res = res->next;
  if (!res || strcmp(p->proposal->str, "MOD") != 0) {
    fprintf(stderr, "resc synopsis: %s: no MOD proposal holding a resolution\n", p->file);
    return EXIT_INPUT;
  }
  p->source = field_text(p->doc, "source");
  collect_lines(p, res);
  return 0;
}

static void synopsis_free(struct synopsis *s) {
  for (size_t i = 0; i < s->nrows; i++) free(s->row[i].cell);
  free(s->row);
  for (size_t i = 0; i < s->np; i++) {
    struct syn_prop *p = &s->prop[i];
    for (size_t j = 0; j < p->nlines; j++) free(p->lines[j].old_text);
    free(p->lines);
    free(p->source);
    document_free(p->doc);
    source_free(&p->src);
  }
  free(s->prop);
}

/* The synopsis of the proposals FILES, written in FORMAT to OUTPUT. */
static int synopsis_files(char **files, size_t n, enum syn_format format, const char *output) {
  struct synopsis s = {.np = n};
  s.prop = xcalloc(s.np, sizeof *s.prop);
  struct diag_ctx d;
  diag_init(&d);
  int status = 0;
  for (size_t i = 0; i < s.np && status == 0; i++) {
    s.prop[i].file = files[i];
    status = load_proposal(&s.prop[i], &d);
  }
  cli_print_diagnostics(&d);
  if (status == 0 && check_agreement(s.prop, s.np) != 0) status = EXIT_INPUT;
  if (status == 0) {
    build_rows(&s);
    status = write_output(&s, format, output);
  }
  synopsis_free(&s);
  diag_free(&d);
  return status;
}

int cmd_synopsis(int argc, char **argv) {
  struct cli_args a;
  enum syn_format format = SF_HTML;
  int status = cli_parse(&synopsis_command, argc, argv, &a);
  if (status == 0) status = synopsis_options(&a, &format);
  if (status == 0 && a.value[OPT_LANGUAGES])
    status = synopsis_languages(a.files, (size_t)a.nfiles, a.value[OPT_OUTPUT]);
  else if (status == 0)
    status = synopsis_files(a.files, (size_t)a.nfiles, format, a.value[OPT_OUTPUT]);
  cli_args_free(&a);
  return status == CLI_HELP ? 0 : status;
}
