/* resc fmt: rewrites sources in the canonical layout (emit_resc.c), like gofmt. The
 * tree before and after is the same; --check only reports files that would change. */
#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "cli.h"
#include "diag.h"
#include "emit_resc.h"
#include "options.h"
#include "output.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"

static const struct cli_command fmt_command = {
    .name = "fmt",
    .bit = CMD_FMT,
    .head = "Usage: resc fmt [--check] [-i] FILE...\n"
            "\n"
            "Prints each file in the canonical layout of the markup: one line per block,\n"
            "wrapped at 90 columns, clauses indented by level, block revisions grouped,\n"
            "footnote definitions at the end. Comments are kept.\n",
    .bad_option = "unknown option",
};

/* Whether OUT is byte for byte the file SRC was loaded from: a file with CRLF ends or
 * a byte-order mark is not canonical, since fmt rewrites it with LF and no mark, and an
 * empty file is (fmt writes nothing for it). */
static int source_same_as_loaded(const struct source *src, const struct strbuf *out) {
  if (src->dropped_bytes) return 0;
  size_t len = src->len - (src->added_newline ? 1 : 0);
  return out->len == len && (len == 0 || memcmp(out->data, src->text, len) == 0);
}

/* What fmt does with a file's canonical text. */
enum fmt_mode { FMT_PRINT, FMT_CHECK, FMT_IN_PLACE };

/* The canonical text OUT of PATH (loaded as SRC) printed, checked or written back;
 * returns the file's exit status. */
static int fmt_output(const char *path, const struct source *src, const struct strbuf *out,
                      enum fmt_mode mode) {
  char err[512];
  int same = source_same_as_loaded(src, out);
  if (mode == FMT_CHECK) {
    if (!same) printf("%s\n", path);
    return same ? 0 : EXIT_INPUT;
  }
  if (mode == FMT_IN_PLACE && same) return 0;
  const char *target = mode == FMT_IN_PLACE ? path : NULL;
  if (output_write(target, out->data ? out->data : "", out->len, err, sizeof err) != 0) {
    fprintf(stderr, "resc: %s\n", err);
    return EXIT_USAGE;
  }
  return 0;
}

/* Formats one file; returns its exit status. */
static int fmt_file(const char *path, enum fmt_mode mode) {
  struct diag_ctx d;
  diag_init(&d);
  struct source src;
  int rc = source_load(&src, path, &d), errors = 0, status;
  struct document *doc = rc == 0 ? parse_document(&src, &d, &errors) : NULL;
  if (rc != 0 || errors) {
    cli_print_diagnostics(&d);
    status = rc == 2 ? EXIT_USAGE : EXIT_INPUT;
  } else {
    struct strbuf out = {0};
    emit_resc(doc, VIEW_MARKUP, &out);
    status = fmt_output(path, &src, &out, mode);
    sb_free(&out);
  }
  document_free(doc);
  source_free(&src);
  diag_free(&d);
  return status;
}

int cmd_fmt(int argc, char **argv) {
  struct cli_args a;
  int status = cli_parse(&fmt_command, argc, argv, &a);
  if (status == 0 && a.nfiles < 1) {
    fprintf(stderr, "resc fmt: no input file\n");
    cli_usage(&fmt_command, stderr);
    status = EXIT_USAGE;
  }
  if (status == 0 && a.value[OPT_IN_PLACE] && a.value[OPT_CHECK]) {
    fprintf(stderr, "resc fmt: --check and -i exclude each other\n");
    status = EXIT_USAGE;
  }
  enum fmt_mode mode = a.value[OPT_CHECK] ? FMT_CHECK : a.value[OPT_IN_PLACE] ? FMT_IN_PLACE
                                                                              : FMT_PRINT;
  if (status == 0)
    for (int i = 0; i < a.nfiles; i++) {
      int rc = fmt_file(a.files[i], mode);
      if (rc > status) status = rc;
    }
  cli_args_free(&a);
  return status == CLI_HELP ? 0 : status;
}
