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

#endif
