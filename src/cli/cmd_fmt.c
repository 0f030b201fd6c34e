/* resc fmt: rewrites sources in the canonical layout (emit_resc.c), like gofmt. The
 * tree before and after is the same; --check only reports files that would change. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "cli.h"
#include "diag.h"
#include "emit_resc.h"
#include "output.h"
#include "parse.h"
#include "source.h"
#include "strbuf.h"

static const char usage[] =
    "Usage: resc fmt [--check] [-i] FILE...\n"
    "\n"
    "Prints each file in the canonical layout of the markup: one line per block,\n"
    "wrapped at 90 columns, clauses indented by level, block revisions grouped,\n"
    "footnote definitions at the end. Comments are kept.\n"
    "\n"
    "  -i, --in-place   rewrite the files (atomically, keeping their permissions)\n"
    "      --check      print the names of files that are not canonical byte for\n"
    "                   byte (CRLF ends are not); exit 1 if any\n"
    "  -h, --help       show this help\n";

/* Whether OUT is byte for byte the file SRC was loaded from: a file with CRLF ends or
 * a byte-order mark is not canonical, since fmt rewrites it with LF and no mark, and an
 * empty file is (fmt writes nothing for it). */
static int source_same_as_loaded(const struct source *src, const struct strbuf *out) {
  if (src->dropped_bytes) return 0;
  size_t len = src->len - (src->added_newline ? 1 : 0);
  return out->len == len && (len == 0 || memcmp(out->data, src->text, len) == 0);
}

int cmd_fmt(int argc, char **argv) {
  static const struct option longopts[] = {{"in-place", no_argument, NULL, 'i'},
                                           {"check", no_argument, NULL, 'c'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  int in_place = 0, check = 0, c;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "ih", longopts, NULL)) != -1) {
    switch (c) {
    case 'i': in_place = 1; break;
    case 'c': check = 1; break;
    case 'h': fputs(usage, stdout); return 0;
    default:
      fprintf(stderr, "resc fmt: unknown option '%s'\n%s", argv[optind - 1], usage);
      return EXIT_USAGE;
    }
  }
  if (optind >= argc) {
    fprintf(stderr, "resc fmt: no input file\n%s", usage);
    return EXIT_USAGE;
  }
  if (in_place && check) {
    fprintf(stderr, "resc fmt: --check and -i exclude each other\n");
    return EXIT_USAGE;
  }
  int status = 0;
  for (int i = optind; i < argc; i++) {
    struct diag_ctx d;
    diag_init(&d);
    struct source src;
    int rc = source_load(&src, argv[i], &d);
    struct document *doc = NULL;
    int errors = 0;
    if (rc == 0) doc = parse_document(&src, &d, &errors);
    if (rc != 0 || errors) {
      cli_print_diagnostics(&d);
      if (status < (rc == 2 ? EXIT_USAGE : EXIT_INPUT)) status = rc == 2 ? EXIT_USAGE : EXIT_INPUT;
    } else {
      struct strbuf out = {0};
      emit_resc(doc, VIEW_MARKUP, &out);
      char err[512];
      if (check) {
        if (!source_same_as_loaded(&src, &out)) {
          printf("%s\n", argv[i]);
          if (status == 0) status = EXIT_INPUT;
        }
      } else if (in_place) {
        if (!source_same_as_loaded(&src, &out))
          if (output_write(argv[i], out.data, out.len, err, sizeof err) != 0) {
            fprintf(stderr, "resc: %s\n", err);
            status = EXIT_USAGE;
          }
      } else if (output_write(NULL, out.data ? out.data : "", out.len, err, sizeof err) != 0) {
        fprintf(stderr, "resc: %s\n", err);
        status = EXIT_USAGE;
      }
      sb_free(&out);
    }
    document_free(doc);
    source_free(&src);
    diag_free(&d);
  }
  return status;
}
