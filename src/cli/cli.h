/* The subcommands of the resc program. Each takes its own argv (argv[0] is the
 * subcommand's name) and returns the exit status: 0 success, 1 errors in the input,
 * 2 usage or I/O error. */
#ifndef RESC_CLI_H
#define RESC_CLI_H

#define EXIT_INPUT 1
#define EXIT_USAGE 2

struct diag_ctx;

int cmd_build(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_synopsis(int argc, char **argv);
int cmd_import(int argc, char **argv);

/* Prints the diagnostics of D (sorted) to stderr in text form, with a summary line. */
void cli_print_diagnostics(struct diag_ctx *d);
/* Shared option handling: a "-W ARG" style option; reports usage errors itself. */
int cli_warning_option(struct diag_ctx *d, const char *arg);
/* Every -W of A, in order, into D; EXIT_USAGE when one was refused (after saying why). */
struct cli_args;
int cli_warning_options(const struct cli_args *a, struct diag_ctx *d);
/* Hands the command over to resc-xml (xml_gate.h) when one of A's inputs (its operands,
 * --base) is a Word document, which only resc-xml reads; an -o file is no input. 0, or
 * -1 (said) when resc-xml cannot be run. */
int cli_document_gate(const struct cli_args *a);

/* The date of tracked changes, as ISO 8601 into ISO (CAP bytes) and as a time for zip
 * entries: OPT (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS) when given, else SOURCE_DATE_EPOCH,
 * else now. Returns 0, -1 for a bad OPT, -2 for a bad SOURCE_DATE_EPOCH. */
#include <stddef.h>
#include <time.h>
int cli_change_date(const char *opt, char *iso, size_t cap, time_t *t);

#endif
