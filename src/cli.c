/* Helpers shared by the subcommands: printing diagnostics and -W options. */
#include "cli.h"

#include <stdio.h>

#include "diag.h"

void cli_print_diagnostics(struct diag_ctx *d) {
  diag_sort(d);
  diag_print(d, stderr, DIAG_TEXT, 0);
  size_t e = diag_count(d, SEV_ERROR), w = diag_count(d, SEV_WARNING);
  if (e || w)
    fprintf(stderr, "%zu error%s, %zu warning%s\n", e, e == 1 ? "" : "s", w, w == 1 ? "" : "s");
}

int cli_warning_option(struct diag_ctx *d, const char *arg) {
  if (diag_option(d, arg) == 0) return 0;
  fprintf(stderr, "resc: unknown warning option '-W %s' (see 'resc check --list-rules')\n", arg);
  return -1;
}
