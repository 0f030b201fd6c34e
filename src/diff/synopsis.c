/* resc synopsis: several MOD proposals to one resolution side by side, as an HTML
 * table: one row per line of the current text (header lines, section phrases,
 * clauses, annex lines), plus a row for each line a proposal inserts; the first column
 * is the current text, then one column per proposal with its marks or "no change".
 * The proposals must claim the same old text: each is read in its old view and the
 * first line where two of them differ is reported. The HTML is written directly
 * (escaped here), small enough not to need a stylesheet. */
#include <getopt.h>
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

#define MAX_DEPTH 96

static const char usage[] =
    "Usage: resc synopsis [OPTIONS] PROPOSAL...\n"
    "\n"
    "Sets several MOD proposals to the same resolution side by side: a table with one\n"
    "row per line of the current text and per inserted line, the current text first,\n"
    "then each proposal's version with its revision marks (or \"no change\"). The\n"
    "proposals' old texts must agree.\n"
    "\n"
    "  -f, --format FORMAT    html (the only format so far)\n"
    "  -o, --output FILE      write to FILE\n"
    "  -h, --help             show this help\n";

/* One line of a proposal's resolution: a header line, a section phrase, a clause
 * (its text; sub-clauses are lines of their own) or an annex title or paragraph. */
struct row {
  const struct node *n;   /* the inline container */
  const struct node *blk; /* the block whose change and labels apply (clause, or n) */
  int inserted;           /* not in the old text */
  char *old_text;         /* plain old text with its old label, for the agreement check */
};

struct prop {
  const char *file;
  struct source src;
  struct document *doc;
  const struct node *proposal;
  struct row *rows;
  size_t nrows, cap;
};

static void add_row(struct prop *p, const struct node *n, const struct node *blk) {
  if (p->nrows == p->cap) p->rows = xrealloc(p->rows, (p->cap = p->cap ? 2 * p->cap : 64) * sizeof *p->rows);
  struct row *r = &p->rows[p->nrows++];
  r->n = n;
  r->blk = blk;
  r->inserted = ast_effective_change(blk) == CH_INS || ast_header_empty_in(n, VIEW_OLD);
  struct strbuf sb = {0};
  if (blk->kind == N_CLAUSE && blk->as.clause.old_label) sb_printf(&sb, "%s ", blk->as.clause.old_label);
  ast_plain_text(n, CH_DEL, &sb);
  r->old_text = xstrdup(sb_str(&sb));
  sb_free(&sb);
}

static void collect_rows(struct prop *p, const struct node *n, int depth) {
  if (depth > MAX_DEPTH) return;
  for (const struct node *c = n->first; c; c = c->next) {
    switch (c->kind) {
    case N_NUMBER:
    case N_TITLE:
    case N_HISTORY:
    case N_ASSEMBLY:
    case N_PHRASE:
    case N_PARA: add_row(p, c, c); break;
    case N_CLAUSE_TEXT: add_row(p, c, c->parent); break;
    case N_SECTION:
    case N_CLAUSE:
    case N_ANNEX: collect_rows(p, c, depth + 1); break;
    default: break;
    }
  }
}

static void esc(struct strbuf *sb, const char *s) {
  for (; *s; s++) {
    if (*s == '<') sb_adds(sb, "&lt;");
    else if (*s == '>') sb_adds(sb, "&gt;");
    else if (*s == '&') sb_adds(sb, "&amp;");
    else if (*s == '"') sb_adds(sb, "&quot;");
    else sb_addc(sb, *s);
  }
}

/* Inline content with its marks as HTML; WHICH = CH_DEL for the old text only. */
static void html_inlines(struct strbuf *sb, const struct node *n, enum change which, int depth) {
  if (depth > MAX_DEPTH) return;
  for (const struct node *c = n->first; c; c = c->next) {
    switch (c->kind) {
    case N_TEXT: esc(sb, c->str); break;
    case N_EMPH:
      sb_adds(sb, "<em>");
      html_inlines(sb, c, which, depth + 1);
      sb_adds(sb, "</em>");
      break;
    case N_STRONG:
      sb_adds(sb, "<strong>");
      html_inlines(sb, c, which, depth + 1);
      sb_adds(sb, "</strong>");
      break;
    case N_INS:
      if (which == CH_DEL) break;
      sb_adds(sb, "<ins>");
      html_inlines(sb, c, which, depth + 1);
      sb_adds(sb, "</ins>");
      break;
    case N_DEL:
      if (which == CH_DEL) html_inlines(sb, c, which, depth + 1);
      else {
        sb_adds(sb, "<del>");
        html_inlines(sb, c, which, depth + 1);
        sb_adds(sb, "</del>");
      }
      break;
    case N_BREAK: sb_adds(sb, "<br/>"); break;
    case N_REF:
      sb_adds(sb, "<i>");
      esc(sb, c->str);
      sb_adds(sb, "</i>");
      break;
    case N_FNREF:
      sb_adds(sb, "<sup>");
      esc(sb, c->str);
      sb_adds(sb, "</sup>");
      break;
    default: break;
    }
  }
}

static int has_inline_marks(const struct node *n, int depth) {
  if (depth > MAX_DEPTH) return 0;
  for (const struct node *c = n->first; c; c = c->next)
    if (c->kind == N_INS || c->kind == N_DEL || has_inline_marks(c, depth + 1)) return 1;
  return 0;
}

/* A cell: the row's text with its label; MARKED shows the proposal's marks, else the
 * old text alone. */
static void html_cell(struct strbuf *sb, const struct row *r, int marked) {
  const char *cls = r->n->kind == N_PHRASE ? " class=\"phrase\"" : "";
  sb_printf(sb, "<td%s>", cls);
  enum change ch = marked ? ast_effective_change(r->blk) : CH_NONE;
  if (ch) sb_adds(sb, ch == CH_INS ? "<ins>" : "<del>");
  if (r->blk->kind == N_CLAUSE) {
    const char *ol = r->blk->as.clause.old_label ? r->blk->as.clause.old_label : "";
    const char *nl = r->blk->as.clause.new_label ? r->blk->as.clause.new_label : "";
    if (!marked || ch == CH_DEL) esc(sb, ol);
    else if (ch == CH_INS || strcmp(ol, nl) == 0) esc(sb, nl);
    else {
      sb_adds(sb, "<del>");
      esc(sb, ol);
      sb_adds(sb, "</del><ins>");
      esc(sb, nl);
      sb_adds(sb, "</ins>");
    }
    if (*ol || *nl) sb_addc(sb, ' ');
  }
  if (r->n->kind == N_PHRASE) sb_adds(sb, "<em>");
  if (r->n->kind == N_NUMBER)
    sb_adds(sb, strcmp(r->n->str, "draft") == 0      ? "DRAFT NEW RESOLUTION "
                : strcmp(r->n->str, "decision") == 0 ? "DECISION "
                                                     : "RESOLUTION ");
  if (r->n->kind == N_HISTORY) sb_addc(sb, '(');
  html_inlines(sb, r->n, marked ? CH_NONE : CH_DEL, 0);
  if (r->n->kind == N_PHRASE) sb_adds(sb, "</em>");
  if (r->n->kind == N_HISTORY) sb_addc(sb, ')');
  if (ch) sb_adds(sb, ch == CH_INS ? "</ins>" : "</del>");
  sb_adds(sb, "</td>");
}

static int row_changed(const struct row *r) {
  if (ast_effective_change(r->blk) || has_inline_marks(r->n, 0)) return 1;
  if (r->blk->kind == N_CLAUSE) {
    const char *ol = r->blk->as.clause.old_label, *nl = r->blk->as.clause.new_label;
    return !ol || !nl || strcmp(ol, nl) != 0;
  }
  return 0;
}

static const struct node *find_proposal(const struct node *root) {
  for (const struct node *c = root->first; c; c = c->next)
    if (c->kind == N_PROPOSAL) return c;
  return NULL;
}

static void field_text(const struct document *doc, const char *name, struct strbuf *out) {
  for (const struct node *c = doc->root->first; c; c = c->next)
    if (c->kind == N_FIELD && strcmp(c->str, name) == 0) ast_plain_text(c, CH_INS, out);
}

/* The inserted rows of proposal P in the gap before its base row K (K = count: after
 * the last), as table rows. */
static void inserted_rows(struct strbuf *sb, struct prop *ps, size_t np, size_t k) {
  for (size_t i = 0; i < np; i++) {
    size_t base = 0;
    for (size_t j = 0; j < ps[i].nrows; j++) {
      const struct row *r = &ps[i].rows[j];
      if (!r->inserted) {
        base++;
        continue;
      }
      if (base != k) continue;
      sb_adds(sb, "<tr class=\"inserted\"><td></td>");
      for (size_t x = 0; x < np; x++) {
        if (x == i) html_cell(sb, r, 1);
        else sb_adds(sb, "<td></td>");
      }
      sb_adds(sb, "</tr>\n");
    }
  }
}

static const char html_head[] =
    "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    "<title>Synopsis</title>\n<style>\n"
    "body{font-family:serif;margin:1em}\n"
    ".scroll{overflow-x:auto}\n"
    "table{border-collapse:collapse;min-width:100%}\n"
    "td,th{border:1px solid #888;padding:.3em;vertical-align:top;min-width:16em}\n"
    "th{background:#eee}\n"
    "ins{color:#06c;text-decoration:underline}\n"
    "del{color:#c00;text-decoration:line-through}\n"
    ".nochange{color:#888;font-style:italic}\n"
    "</style>\n</head>\n<body>\n<div class=\"scroll\">\n<table>\n";

static int synopsis_html(struct prop *ps, size_t np, struct strbuf *sb) {
  sb_adds(sb, html_head);
  sb_adds(sb, "<tr><th>Current text</th>");
  for (size_t i = 0; i < np; i++) {
    struct strbuf src = {0};
    field_text(ps[i].doc, "source", &src);
    sb_adds(sb, "<th>");
    esc(sb, ps[i].proposal->str ? ps[i].proposal->str : "");
    sb_addc(sb, ' ');
    esc(sb, ps[i].proposal->str2 ? ps[i].proposal->str2 : "");
    if (src.len) {
      sb_adds(sb, "<br/>");
      esc(sb, sb_str(&src));
    }
    sb_adds(sb, "<br/><small>");
    esc(sb, ps[i].file);
    sb_adds(sb, "</small></th>");
    sb_free(&src);
  }
  sb_adds(sb, "</tr>\n");
  /* the base rows, walked in step in every proposal */
  size_t *at = xcalloc(np, sizeof *at);
  size_t k = 0;
  for (;;) {
    inserted_rows(sb, ps, np, k);
    for (size_t i = 0; i < np; i++)
      while (at[i] < ps[i].nrows && ps[i].rows[at[i]].inserted) at[i]++;
    if (at[0] >= ps[0].nrows) break;
    sb_adds(sb, "<tr>");
    html_cell(sb, &ps[0].rows[at[0]], 0);
    for (size_t i = 0; i < np; i++) {
      const struct row *r = &ps[i].rows[at[i]];
      if (row_changed(r)) html_cell(sb, r, 1);
      else sb_adds(sb, "<td class=\"nochange\">no change</td>");
      at[i]++;
    }
    sb_adds(sb, "</tr>\n");
    k++;
  }
  free(at);
  sb_adds(sb, "</table>\n</div>\n</body>\n</html>\n");
  return 0;
}

/* The old texts agree: same base rows, same old text. Reports the first divergence. */
static int check_agreement(struct prop *ps, size_t np) {
  for (size_t i = 1; i < np; i++) {
    size_t a = 0, b = 0, line = 0;
    for (;;) {
      while (a < ps[0].nrows && ps[0].rows[a].inserted) a++;
      while (b < ps[i].nrows && ps[i].rows[b].inserted) b++;
      int ea = a >= ps[0].nrows, eb = b >= ps[i].nrows;
      if (ea && eb) break;
      line++;
      if (ea || eb || strcmp(ps[0].rows[a].old_text, ps[i].rows[b].old_text) != 0) {
        fprintf(stderr,
                "resc synopsis: %s and %s do not modify the same text: line %zu of the old "
                "text differs\n  %s: %s\n  %s: %s\n",
                ps[0].file, ps[i].file, line, ps[0].file, ea ? "(end of text)" : ps[0].rows[a].old_text,
                ps[i].file, eb ? "(end of text)" : ps[i].rows[b].old_text);
        return -1;
      }
      a++, b++;
    }
  }
  return 0;
}

int cmd_synopsis(int argc, char **argv) {
  static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                           {"output", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *output = NULL;
  int c, status = 0;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "f:o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'f':
      if (strcmp(optarg, "html") != 0) {
        fprintf(stderr, "resc synopsis: format '%s' is not available (html)\n", optarg);
        status = EXIT_USAGE;
      }
      break;
    case 'o': output = optarg; break;
    case 'h': fputs(usage, stdout); return 0;
    default:
      fprintf(stderr, "resc synopsis: unknown or incomplete option '%s'\n%s", argv[optind - 1], usage);
      status = EXIT_USAGE;
    }
  }
  if (status == 0 && optind >= argc) {
    fprintf(stderr, "resc synopsis: no proposal\n%s", usage);
    status = EXIT_USAGE;
  }
  if (status) return status;
  size_t np = (size_t)(argc - optind);
  struct prop *ps = xcalloc(np, sizeof *ps);
  struct diag_ctx d;
  diag_init(&d);
  for (size_t i = 0; i < np && status == 0; i++) {
    struct prop *p = &ps[i];
    p->file = argv[optind + (int)i];
    int rc = source_load(&p->src, p->file, &d);
    if (rc != 0) {
      status = rc == 2 ? EXIT_USAGE : EXIT_INPUT;
      break;
    }
    int errors = 0;
    p->doc = parse_document(&p->src, &d, &errors);
    if (errors) {
      status = EXIT_INPUT;
      break;
    }
    p->proposal = find_proposal(p->doc->root);
    const struct node *res = p->proposal ? p->proposal->first : NULL;
    while (res && res->kind != N_RESOLUTION) res = res->next;
    if (!res || strcmp(p->proposal->str, "MOD") != 0) {
      fprintf(stderr, "resc synopsis: %s: no MOD proposal holding a resolution\n", p->file);
      status = EXIT_INPUT;
      break;
    }
    collect_rows(p, res, 0);
  }
  cli_print_diagnostics(&d);
  if (status == 0 && check_agreement(ps, np) != 0) status = EXIT_INPUT;
  if (status == 0) {
    struct strbuf out = {0};
    synopsis_html(ps, np, &out);
    char err[512];
    if (output_write(output, out.data, out.len, err, sizeof err) != 0) {
      fprintf(stderr, "resc: %s\n", err);
      status = EXIT_USAGE;
    }
    sb_free(&out);
  }
  for (size_t i = 0; i < np; i++) {
    for (size_t j = 0; j < ps[i].nrows; j++) free(ps[i].rows[j].old_text);
    free(ps[i].rows);
    document_free(ps[i].doc);
    source_free(&ps[i].src);
  }
  free(ps);
  diag_free(&d);
  return status;
}
