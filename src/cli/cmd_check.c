/* resc check: parse and validate files, print every diagnostic sorted by position,
 * as text (GCC style), JSON or SARIF. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "cli.h"
#include "outline.h"
#include "strbuf.h"
#include "diag.h"
#include "parse.h"
#include "source.h"
#include "validate.h"
#include "check_fix.h"
#include "check_parallel.h"
#include "options.h"
#include "import/document.h"
#include "import/annotate.h"

static const struct cli_command check_command = {
    .name = "check",
    .bit = CMD_CHECK,
    .head = "Usage: resc check [OPTIONS] FILE...\n"
            "\n"
            "Validates resolutions and proposals: lettering and numbering, section order,\n"
            "punctuation, references, footnotes and revision marks.\n",
    .tail = "Exit status: 0 no error, 1 errors, 2 usage or I/O error.\n",
    .bad_option = "unknown or incomplete option",
};

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

/* What check was asked to do besides checking. */
struct check_opts {
  enum diag_format format;
  const char *base, *output;
  int fix, annotate, parallel;
};

/* check's options A into O and D. 0, or EXIT_USAGE after saying why. */
static int check_options(const struct cli_args *a, struct check_opts *o, struct diag_ctx *d) {
  const char *const *v = a->value;
  *o = (struct check_opts){.format = DIAG_TEXT, .base = v[OPT_BASE], .output = v[OPT_OUTPUT],
                           .fix = !!v[OPT_FIX], .annotate = !!v[OPT_ANNOTATE],
                           .parallel = !!v[OPT_PARALLEL]};
  int status = 0;
  const char *f = v[OPT_DIAGNOSTICS_FORMAT];
  if (!f || strcmp(f, "text") == 0) o->format = DIAG_TEXT;
  else if (strcmp(f, "json") == 0) o->format = DIAG_JSON;
  else if (strcmp(f, "sarif") == 0) o->format = DIAG_SARIF;
  else {
    fprintf(stderr, "resc check: --diagnostics-format takes text, json or sarif\n");
    status = EXIT_USAGE;
  }
  if (v[OPT_MAX_DIAGNOSTICS]) {
    char *end;
    long n = strtol(v[OPT_MAX_DIAGNOSTICS], &end, 10);
    if (*end || n < 0 || end == v[OPT_MAX_DIAGNOSTICS]) {
      fprintf(stderr, "resc check: --max-diagnostics takes a number\n");
      status = EXIT_USAGE;
    }
    d->max_printed = (size_t)n;
  }
  if (cli_warning_options(a, d) != 0) status = EXIT_USAGE;
  return status;
}

/* The operands the options ask for: one file or more, two or more with --parallel;
 * --annotate and -o together. 0, or EXIT_USAGE after saying why. */
static int check_operands(const struct cli_args *a, const struct check_opts *o) {
  if (a->nfiles < 1) {
    fprintf(stderr, "resc check: no input file\n");
    cli_usage(&check_command, stderr);
    return EXIT_USAGE;
  }
  if (o->parallel && a->nfiles < 2) {
    fprintf(stderr, "resc check: --parallel compares two files or more\n");
    return EXIT_USAGE;
  }
  if (o->annotate != (o->output != NULL)) {
    fprintf(stderr, "resc check: --annotate and -o FILE.docx go together\n");
    return EXIT_USAGE;
  }
  return 0;
}

/* The files checked, the documents read (NULL: not read, or not whole) and the base. */
struct check_run {
  int n, io_error;
  struct source *srcs, base_src;
  struct document **docs, **whole, *base;
};

/* --base: the resolution the proposals modify, read once. */
static void load_base(struct check_run *r, const char *path, struct diag_ctx *d) {
  int rc = document_load(&r->base_src, path, d);
  if (rc == 2) r->io_error = 1;
  if (rc == 0) {
    int errors;
    r->base = parse_document_for_check(&r->base_src, d, &errors);
  }
}

/* Loads, fixes (--fix), parses and validates the Ith file, PATH. */
static void check_file(struct check_run *r, int i, const char *path, const struct check_opts *o,
                       struct diag_ctx *d) {
  int rc = document_load(&r->srcs[i], path, d);
  if (rc == 2) r->io_error = 1;
  if (rc != 0) return;
  if (o->fix && strcmp(path, "-") != 0 && !document_is_zip(path) &&
      check_fix_file(&r->srcs[i], path, d) != 0)
    r->io_error = 1;
  int errors;
  r->docs[i] = parse_document_for_check(&r->srcs[i], d, &errors);
  /* Rules are not checked on a tree that lost blocks to syntax errors: they would
   * report the consequences of the syntax errors, not real slips. */
  if (errors) return;
  validate(r->docs[i], d);
  r->whole[i] = r->docs[i];
  if (r->base) compare_base(r->docs[i], r->base, d);
}

static void check_run_free(struct check_run *r) {
  for (int i = 0; i < r->n; i++) {
    document_free(r->docs[i]);
    source_free(&r->srcs[i]);
  }
  free(r->srcs);
  free(r->docs);
  free(r->whole);
  document_free(r->base);
  source_free(&r->base_src);
}

/* Checks the files, prints the diagnostics in O's format, writes the review copy
 * (--annotate); returns the exit status. */
static int check_files(char **files, int n, const struct check_opts *o, struct diag_ctx *d) {
  struct check_run r = {.n = n};
  r.srcs = xcalloc((size_t)n, sizeof *r.srcs);
  r.docs = xcalloc((size_t)n, sizeof *r.docs);
  r.whole = xcalloc((size_t)n, sizeof *r.whole);
  if (o->base) load_base(&r, o->base, d);
  for (int i = 0; i < n; i++) check_file(&r, i, files[i], o, d);
  if (o->parallel) check_parallel(r.whole, (size_t)n, d);
  diag_sort(d);
  if (o->format == DIAG_TEXT) cli_print_diagnostics(d);
  else diag_print(d, stdout, o->format, 0);
  int status = r.io_error ? EXIT_USAGE : diag_count(d, SEV_ERROR) ? EXIT_INPUT : 0;
  if (o->annotate)
    status = check_annotate(o->annotate, o->fix, n, files[0], o->output, d, r.srcs, status);
  check_run_free(&r);
  return status;
}

int cmd_check(int argc, char **argv) {
  struct cli_args a;
  struct check_opts o;
  struct diag_ctx d;
  diag_init(&d);
  d.max_printed = 200;
  int status = cli_parse(&check_command, argc, argv, &a);
  if (status == 0) status = check_options(&a, &o, &d);
  if (status == 0 && a.value[OPT_LIST_RULES]) {
    list_rules();
    status = CLI_HELP;
  }
  if (status == 0) status = check_operands(&a, &o);
  /* Before any input is read: a Word document is read in resc-xml. */
  if (status == 0 && cli_document_gate(&a) != 0) status = EXIT_USAGE;
  if (status == 0) status = check_files(a.files, a.nfiles, &o, &d);
  cli_args_free(&a);
  diag_free(&d);
  return status == CLI_HELP ? 0 : status;
}
