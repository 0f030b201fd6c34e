/* resc check: parse and validate files, print every diagnostic sorted by position,
 * as text (GCC style), JSON or SARIF. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "cli.h"
#include "diag.h"
#include "parse.h"
#include "source.h"
#include "validate.h"

static const char usage[] =
    "Usage: resc check [OPTIONS] FILE...\n"
    "\n"
    "Validates resolutions and proposals: lettering and numbering, section order,\n"
    "punctuation, references, footnotes and revision marks.\n"
    "\n"
    "  --diagnostics-format=FORMAT  text (default), json or sarif (on standard output)\n"
    "  -W RULE                      -W no-RULE silences a rule, -W RULE=error|warning\n"
    "                               sets its severity, -W error makes warnings errors\n"
    "  -Werror                      the same as -W error\n"
    "  --max-diagnostics N          print at most N diagnostics (default 200, 0: all)\n"
    "  --list-rules                 list the rules with their ids and severities\n"
    "  -h, --help                   show this help\n"
    "\n"
    "Exit status: 0 no error, 1 errors, 2 usage or I/O error.\n";

static void list_rules(void) {
  for (int i = 0; i < DIAG_COUNT; i++) {
    enum severity s = diag_rule_default((enum diag_code)i);
    printf("%-18s %-8s %s\n", diag_rule_id((enum diag_code)i),
           s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note",
           diag_rule_summary((enum diag_code)i));
  }
}

int cmd_check(int argc, char **argv) {
  static const struct option longopts[] = {
      {"diagnostics-format", required_argument, NULL, 'F'},
      {"max-diagnostics", required_argument, NULL, 'm'},
      {"list-rules", no_argument, NULL, 'l'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  struct diag_ctx d;
  diag_init(&d);
  d.max_printed = 200;
  enum diag_format fmt = DIAG_TEXT;
  int c, status = 0;
  optind = 1;
  opterr = 0;
  while ((c = getopt_long(argc, argv, "W:h", longopts, NULL)) != -1) {
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
  if (status) {
    diag_free(&d);
    return status;
  }
  int io_error = 0;
  int nfiles = argc - optind;
  struct source *srcs = calloc((size_t)nfiles, sizeof *srcs);
  struct document **docs = calloc((size_t)nfiles, sizeof *docs);
  for (int i = 0; i < nfiles; i++) {
    int rc = source_load(&srcs[i], argv[optind + i], &d);
    if (rc == 2) {
      io_error = 1;
      continue;
    }
    if (rc == 1) continue;
    int errors;
    docs[i] = parse_document(&srcs[i], &d, &errors);
    /* Rules are not checked on a tree that lost blocks to syntax errors: they would
     * report the consequences of the syntax errors, not real slips. */
    if (errors == 0) validate(docs[i], &d);
  }
  diag_sort(&d);
  if (fmt == DIAG_TEXT) cli_print_diagnostics(&d);
  else diag_print(&d, stdout, fmt, 0);
  status = io_error ? EXIT_USAGE : diag_count(&d, SEV_ERROR) ? EXIT_INPUT : 0;
  for (int i = 0; i < nfiles; i++) {
    document_free(docs[i]);
    source_free(&srcs[i]);
  }
  free(srcs);
  free(docs);
  diag_free(&d);
  return status;
}
