/* resc check: parse and validate files, print every diagnostic sorted by position,
 * as text (GCC style), JSON or SARIF. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "cli.h"
#include "outline.h"
#include "output.h"
#include "strbuf.h"
#include "diag.h"
#include "parse.h"
#include "source.h"
#include "validate.h"
#include "check_parallel.h"
#include "import/document.h"
#include "import/annotate.h"

static const char usage[] =
    "Usage: resc check [OPTIONS] FILE...\n"
    "\n"
    "Validates resolutions and proposals: lettering and numbering, section order,\n"
    "punctuation, references, footnotes and revision marks.\n"
    "\n"
    "  --diagnostics-format=FORMAT\n"
    "                       text (default), json or sarif (on standard output)\n"
    "  -W RULE              -W no-RULE silences a rule, -W RULE=error|warning\n"
    "                       sets its severity, -W error makes warnings errors;\n"
    "                       io, encoding, limit, syntax, structure and directive\n"
    "                       errors cannot be lowered\n"
    "  -Werror              the same as -W error\n"
    "  --max-diagnostics N  print at most N diagnostics (default 200, 0: all)\n"
    "  --base FILE          the resolution the proposals modify: their old text\n"
    "                       (every change rejected) must be exactly its text\n"
    "  --fix                apply the safe fixes (wrong explicit labels, the label\n"
    "                       of a lone clause, end punctuation) in place, as\n"
    "                       revision marks in a revision-marked text; say what\n"
    "                       was fixed, then report what is left\n"
    "  --annotate -o FILE.docx\n"
    "                       a Word document: write a copy of it with a Word\n"
    "                       comment (author resc) at each finding; with --fix,\n"
    "                       the safe fixes as tracked changes\n"
    "  --parallel           the files are language versions of one text or one\n"
    "                       proposal: check each, then compare them (number,\n"
    "                       years, revision state, sections and their kind,\n"
    "                       clauses and labels, reference targets, footnotes,\n"
    "                       revision marks) and report each mismatch [parallel]\n"
    "                       in the version, with a note in the first file\n"
    "  --list-rules         list the rules with their ids and severities\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 no error, 1 errors, 2 usage or I/O error.\n";

/* An excerpt of S around byte I, on a character boundary, for quoting. */
static void excerpt(const char *s, size_t i, struct strbuf *out) {
  size_t start = i > 30 ? i - 30 : 0;
  while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80) start--;
  size_t n = strlen(s), end = i + 40 < n ? i + 40 : n;
  while (end < n && ((unsigned char)s[end] & 0xC0) == 0x80) end++;
  sb_printf(out, "%s%.*s%s", start ? "..." : "", (int)(end - start), s + start,
            end < n ? "..." : "");
}

/* check --base: the old text of every resolution in DOC must be BASE's resolution. */
static void compare_base(struct document *doc, struct document *base, struct diag_ctx *d) {
  const struct node *b = outline_first_resolution(base);
  if (!b) {
    diag_file(d, DIAG_BASE, base->src->name, "holds no resolution to compare with");
    return;
  }
  struct outline want = {0};
  outline_build(b, CH_DEL, &want);
  for (const struct node *c = doc->root->first; c; c = c->next) {
    const struct node *r = c->kind == N_RESOLUTION ? c : NULL;
    if (c->kind == N_PROPOSAL)
      for (const struct node *k = c->first; k; k = k->next)
        if (k->kind == N_RESOLUTION) r = k;
    if (!r || (c->kind == N_PROPOSAL && c->str && strncmp(c->str, "ADD", 3) == 0)) continue;
    struct outline got = {0};
    outline_build(r, CH_INS, &got);
    size_t i = 0;
    while (i < got.n && i < want.n && strcmp(got.lines[i].text, want.lines[i].text) == 0) i++;
    if (i < got.n && i < want.n) {
      const char *g = got.lines[i].text, *w = want.lines[i].text;
      size_t k = 0;
      while (g[k] && g[k] == w[k]) k++;
      struct strbuf eg = {0}, ew = {0};
      excerpt(g, k, &eg);
      excerpt(w, k, &ew);
      diag_report(d, DIAG_BASE, doc->src, &got.lines[i].loc,
                  "the old text differs from %s (line %d): here \"%s\", there \"%s\"",
                  base->src->name, want.lines[i].loc.first_line, sb_str(&eg), sb_str(&ew));
      sb_free(&eg);
      sb_free(&ew);
    } else if (got.n != want.n) {
      const struct loc *at = i < got.n ? &got.lines[i].loc : &r->loc;
      diag_report(d, DIAG_BASE, doc->src, at,
                  i < got.n ? "the old text goes on where %s ends: \"%s\""
                            : "the old text ends where %s goes on: \"%s\"",
                  base->src->name, i < got.n ? got.lines[i].text : want.lines[i].text);
    }
    outline_free(&got);
  }
  outline_free(&want);
}

/* Byte offset of 1-based LINE and COL (in characters) in S, or -1. */
static long offset_of(const struct source *s, int line, int col) {
  if (line < 1 || (size_t)line > s->nlines || col < 1) return -1;
  size_t i = s->line_start[line - 1];
  for (int c = 1; c < col; c++) {
    if (i >= s->len || s->text[i] == '\n') return -1;
    i++;
    while (i < s->len && ((unsigned char)s->text[i] & 0xC0) == 0x80) i++;
  }
  return (long)i;
}

static size_t char_len(const char *p) {
  size_t n = 1;
  while (((unsigned char)p[n] & 0xC0) == 0x80) n++;
  return n;
}

struct edit {
  long start, end;
  const char *text;
  const struct diag *why;
};

static int cmp_edit(const void *a, const void *b) {
  const struct edit *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* Says what a fix changed, one line per fix, in the form of a diagnostic. */
static void report_fix(const struct source *src, const struct edit *e) {
  const struct loc *l = &e->why->loc;
  fprintf(stderr, "%s:%d:%d: fixed: ", src->name, l->first_line, l->first_column);
  if (e->start == e->end) fprintf(stderr, "inserted '%s'", e->text);
  else
    fprintf(stderr, "replaced '%.*s' with '%s'", (int)(e->end - e->start), src->text + e->start,
            e->text);
  fprintf(stderr, " [%s]\n", diag_rule_id(e->why->code));
}

/* Applies the fixes that D holds for SRC; returns the number applied and the new text
 * in OUT. Overlapping fixes are skipped (the next run applies them). */
static int apply_fixes(const struct source *src, const struct diag_ctx *d, struct strbuf *out) {
  struct edit *edits = calloc(d->n ? d->n : 1, sizeof *edits);
  size_t n = 0;
  for (size_t i = 0; i < d->n; i++) {
    const struct diag *g = &d->items[i];
    if (!g->fix || g->src != src || g->severity == SEV_OFF) continue;
    long a = offset_of(src, g->loc.first_line, g->loc.first_column);
    long b = offset_of(src, g->loc.last_line, g->loc.last_column);
    if (a < 0 || b < 0 || b < a) continue;
    b += (long)char_len(src->text + b);
    if (g->fix_after) a = b;
    edits[n++] = (struct edit){a, b, g->fix, g};
  }
  qsort(edits, n, sizeof *edits, cmp_edit);
  long at = 0;
  int applied = 0;
  for (size_t i = 0; i < n; i++) {
    if (edits[i].start < at) continue;
    sb_add(out, src->text + at, (size_t)(edits[i].start - at));
    sb_adds(out, edits[i].text);
    report_fix(src, &edits[i]);
    at = edits[i].end;
    applied++;
  }
  sb_add(out, src->text + at, src->len - (size_t)at);
  free(edits);
  return applied;
}

static void list_rules(void) {
  for (int i = 0; i < DIAG_COUNT; i++) {
    enum severity s = diag_rule_default((enum diag_code)i);
    printf("%-18s %-8s %s\n", diag_rule_id((enum diag_code)i),
           s == SEV_ERROR     ? "error"
           : s == SEV_WARNING ? "warning"
                              : "note",
           diag_rule_summary((enum diag_code)i));
  }
}

int cmd_check(int argc, char **argv) {
  static const struct option longopts[] = {{"diagnostics-format", required_argument, NULL, 'F'},
                                           {"max-diagnostics", required_argument, NULL, 'm'},
                                           {"list-rules", no_argument, NULL, 'l'},
                                           {"base", required_argument, NULL, 'b'},
                                           {"fix", no_argument, NULL, 'x'},
                                           {"annotate", no_argument, NULL, 'A'},
                                           {"output", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           {"parallel", no_argument, NULL, 'P'},
                                           {NULL, 0, NULL, 0}};
  struct diag_ctx d;
  diag_init(&d);
  d.max_printed = 200;
  enum diag_format fmt = DIAG_TEXT;
  const char *base_path = NULL;
  int fix = 0;
  int annotate = 0, parallel = 0;
  const char *output = NULL;
  int c, status = 0;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "W:ho:", longopts, NULL)) != -1) {
    switch (c) {
    case 'F':
      if (strcmp(optarg, "text") == 0) fmt = DIAG_TEXT;
      else if (strcmp(optarg, "json") == 0) fmt = DIAG_JSON;
      else if (strcmp(optarg, "sarif") == 0) fmt = DIAG_SARIF;
      else {
        fprintf(stderr, "resc check: --diagnostics-format takes text, json or sarif\n");
        status = EXIT_USAGE;
      }
      break;
    case 'm': {
      char *end;
      long v = strtol(optarg, &end, 10);
      if (*end || v < 0) {
        fprintf(stderr, "resc check: --max-diagnostics takes a number\n");
        status = EXIT_USAGE;
      }
      d.max_printed = (size_t)v;
      break;
    }
    case 'W':
      if (strcmp(optarg, "error") == 0 || strcmp(optarg, "rror") == 0) d.werror = 1;
      else if (cli_warning_option(&d, optarg) != 0) status = EXIT_USAGE;
      break;
    case 'b': base_path = optarg; break;
    case 'x': fix = 1; break;
    case 'A': annotate = 1; break;
    case 'o': output = optarg; break;
    case 'P': parallel = 1; break;
    case 'l':
      list_rules();
      diag_free(&d);
      return 0;
    case 'h':
      fputs(usage, stdout);
      diag_free(&d);
      return 0;
    default:
      fprintf(stderr, "resc check: unknown or incomplete option '%s'\n%s", argv[optind - 1], usage);
      status = EXIT_USAGE;
    }
  }
  if (status == 0 && optind >= argc) {
    fprintf(stderr, "resc check: no input file\n%s", usage);
    status = EXIT_USAGE;
  }
  if (status == 0 && parallel && argc - optind < 2) {
    fprintf(stderr, "resc check: --parallel compares two files or more\n");
    status = EXIT_USAGE;
  }
  if (status) {
    diag_free(&d);
    return status;
  }
  int io_error = 0;
  int nfiles = argc - optind;
  struct source base_src = {0};
  struct document *base = NULL;
  if (base_path) {
    int rc = document_load(&base_src, base_path, &d);
    if (rc == 2) io_error = 1;
    else if (rc == 0) {
      int errors;
      base = parse_document_for_check(&base_src, &d, &errors);
    }
  }
  struct source *srcs = calloc((size_t)nfiles, sizeof *srcs);
  struct document **docs = calloc((size_t)nfiles, sizeof *docs);
  struct document **read_whole = calloc((size_t)nfiles, sizeof *read_whole); /* for --parallel */
  for (int i = 0; i < nfiles; i++) {
    int rc = document_load(&srcs[i], argv[optind + i], &d);
    if (rc == 2) {
      io_error = 1;
      continue;
    }
    if (rc == 1) continue;
    int errors;
    if (fix && strcmp(argv[optind + i], "-") != 0 && !document_is_zip(argv[optind + i])) {
      /* Fix first, in a context of its own; then check the fixed file for real. */
      struct diag_ctx fd;
      diag_init(&fd);
      struct document *doc = parse_document_for_check(&srcs[i], &fd, &errors);
      if (errors == 0) validate(doc, &fd);
      struct strbuf fixed = {0};
      char err[512];
      if (errors == 0 && apply_fixes(&srcs[i], &fd, &fixed) > 0) {
        if (output_write(argv[optind + i], fixed.data, fixed.len, err, sizeof err) != 0) {
          fprintf(stderr, "resc: %s\n", err);
          io_error = 1;
        } else {
          source_free(&srcs[i]);
          source_load_mem(&srcs[i], argv[optind + i], fixed.data, fixed.len, &d);
        }
      }
      sb_free(&fixed);
      document_free(doc);
      diag_free(&fd);
    }
    docs[i] = parse_document_for_check(&srcs[i], &d, &errors);
    /* Rules are not checked on a tree that lost blocks to syntax errors: they would
     * report the consequences of the syntax errors, not real slips. */
    if (errors == 0) validate(docs[i], &d);
    if (errors == 0) read_whole[i] = docs[i];
    if (base && errors == 0) compare_base(docs[i], base, &d);
  }
  if (parallel) check_parallel(read_whole, (size_t)nfiles, &d);
  free(read_whole);
  diag_sort(&d);
  if (fmt == DIAG_TEXT) cli_print_diagnostics(&d);
  else diag_print(&d, stdout, fmt, 0);
  status = io_error ? EXIT_USAGE : diag_count(&d, SEV_ERROR) ? EXIT_INPUT : 0;
  if (annotate || output)
    status = check_annotate(annotate, fix, nfiles, argv[optind], output, &d, srcs, status);
  for (int i = 0; i < nfiles; i++) {
    document_free(docs[i]);
    source_free(&srcs[i]);
  }
  free(srcs);
  free(docs);
  document_free(base);
  source_free(&base_src);
  diag_free(&d);
  return status;
}
