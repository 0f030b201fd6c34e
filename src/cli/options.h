/* The options of every command in one table (options.c): each option's names, whether
 * it takes an argument, which commands accept it and its help. One parser reads a
 * command line against that table into a struct cli_args, and each command's help is
 * printed from it, so that what a command accepts and what its help says are the same
 * list. What the arguments mean is the command's business. */
#ifndef RESC_OPTIONS_H
#define RESC_OPTIONS_H

#include <stdio.h>

enum cli_cmd {
  CMD_BUILD = 1 << 0,
  CMD_CHECK = 1 << 1,
  CMD_FMT = 1 << 2,
  CMD_DIFF = 1 << 3,
  CMD_SYNOPSIS = 1 << 4,
  CMD_IMPORT = 1 << 5,
};

enum cli_opt {
  OPT_FORMAT,
  OPT_OUTPUT,
  OPT_CHANGES,
  OPT_STYLESHEET,
  OPT_CSS,
  OPT_REFERENCE_DOC,
  OPT_ALLOW_READ,
  OPT_AUTHOR,
  OPT_DATE,
  OPT_PROPOSAL,
  OPT_WARNING, /* -W, the one option that may be given many times */
  OPT_DIAGNOSTICS_FORMAT,
  OPT_MAX_DIAGNOSTICS,
  OPT_BASE,
  OPT_FIX,
  OPT_ANNOTATE,
  OPT_PARALLEL,
  OPT_LIST_RULES,
  OPT_LANGUAGES,
  OPT_IN_PLACE,
  OPT_CHECK,
  OPT_HELP,
  OPT_COUNT
};

/* One row of the table. An option whose help differs between commands has a row for
 * each wording, with the commands that use it. */
struct cli_option {
  enum cli_opt id;
  char short_name;   /* 0: none */
  const char *name;  /* the long name without "--"; NULL: none */
  const char *arg;   /* the argument's name in the help; NULL: takes none */
  unsigned commands; /* the enum cli_cmd bits of the commands that accept it */
  const char *help;  /* lines of at most 56 columns, joined by '\n' */
};

extern const struct cli_option cli_options[];

/* A command as the parser and the help see it. */
struct cli_command {
  const char *name;       /* "build" */
  enum cli_cmd bit;
  const char *head;       /* the help above the options: usage line and description */
  const char *tail;       /* the help below them, or NULL */
  const char *bad_option; /* how an unknown option is called: "unknown option" */
};

/* A command line read against the table. */
struct cli_args {
  const char *value[OPT_COUNT]; /* each option's argument ("" for a flag), or NULL */
  const char **warnings;        /* the -W arguments in their order */
  int nwarnings;
  char **files; /* the operands (after the options, or after "--") */
  int nfiles;
};

/* Returned by cli_parse when the help was printed: the command ends with exit 0. */
#define CLI_HELP (-1)

/* Reads ARGV (argv[0] is the command's name) as CMD accepts it into A. Returns 0,
 * CLI_HELP after printing the help to standard output, or EXIT_USAGE after printing why
 * (an unknown option, a missing argument, an option given twice). Free A with
 * cli_args_free in every case. */
int cli_parse(const struct cli_command *cmd, int argc, char **argv, struct cli_args *a);
void cli_args_free(struct cli_args *a);

/* CMD's help, made from its head, its rows of the table and its tail. */
void cli_usage(const struct cli_command *cmd, FILE *f);

#endif
