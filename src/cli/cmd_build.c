/* resc build: source → AST → validation → output, through the library's resc_build
 * (build_api.h). Refuses to write anything when the input has errors. What needs the
 * XML libraries (a stylesheet, the intermediate XML, Akoma Ntoso, a reference Word file)
 * is handed to resc-xml before the input is read. */
#include <stdio.h>

#include "build.h"
#include "build_api.h"
#include "cli.h"
#include "diag.h"
#include "options.h"
#include "parse.h"
#include "source.h"
#include "xml_gate.h"
#include "import/document.h"

static const struct cli_command build_command = {
    .name = "build",
    .bit = CMD_BUILD,
    .head = "Usage: resc build [OPTIONS] FILE|-\n"
            "\n"
            "Compiles a resolution or proposal. Output goes to standard output unless -o is\n"
            "given; files are written atomically, and nothing is written when the input has\n"
            "errors.\n",
    .bad_option = "unknown or incomplete option",
};

/* Loads and parses PATH and builds it as O says; the diagnostics are printed. */
static int build_file(const char *path, const struct build_opts *o, struct diag_ctx *d) {
  struct source src;
  int rc = document_load(&src, path, d);
  if (rc != 0) {
    cli_print_diagnostics(d);
    source_free(&src);
    return rc == 2 ? EXIT_USAGE : EXIT_INPUT;
  }
  int errors;
  struct document *doc = parse_document(&src, d, &errors);
  int status = resc_build(doc, errors, o, d);
  cli_print_diagnostics(d);
  document_free(doc);
  source_free(&src);
  return status;
}

int cmd_build(int argc, char **argv) {
  struct cli_args a;
  struct build_opts o;
  struct diag_ctx d;
  diag_init(&d);
  int status = cli_parse(&build_command, argc, argv, &a);
  if (status == 0)
    status = build_options(&build_command, &a, 1,
                           "expected one input file (or - for standard input)", F_TEXT, &o, &d);
  /* Before the input is read (it may be standard input). */
  if (status == 0 && ((build_needs_xml(o.format, o.stylesheet, o.reference_doc) &&
                       xml_gate_enter() != 0) ||
                      cli_document_gate(&a) != 0))
    status = EXIT_USAGE;
  if (status == 0) status = build_file(a.files[0], &o, &d);
  cli_args_free(&a);
  diag_free(&d);
  return status == CLI_HELP ? 0 : status;
}
