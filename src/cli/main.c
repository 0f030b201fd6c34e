/* resc: the command-line driver. It only dispatches to the subcommands in cmd_*.c. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "similar.h"
#include "xml_gate.h"

static const char usage[] =
    "Usage: resc COMMAND [OPTIONS] FILE...\n"
    "\n"
    "resc compiles ITU resolutions and proposals written in the resc markup.\n"
    "\n"
    "Commands:\n"
    "  build   compile a document to text, HTML, DOCX, flat DOCX XML or XML\n"
    "  check   validate lettering, numbering, order, punctuation, references,\n"
    "          footnotes and revision marks\n"
    "  fmt     rewrite sources in the canonical layout\n"
    "  diff    compute the revision marks between two versions (a MOD proposal)\n"
    "  synopsis  set several proposals to one resolution side by side\n"
    "  import  bring a resolution in from .docx or plain text\n"
    "  help    show help for a command (resc help build)\n"
    "\n"
    "Options:\n"
    "  -h, --help     show this help\n"
    "  -V, --version  show the version\n"
    "\n"
    "Exit status: 0 success, 1 errors in the input, 2 usage or I/O error.\n"
    "The markup is described in resc(1) and doc/language.md.\n";

static const struct {
  const char *name;
  int (*run)(int argc, char **argv);
} commands[] = {
    {"build", cmd_build}, {"check", cmd_check},       {"fmt", cmd_fmt},
    {"diff", cmd_diff},   {"synopsis", cmd_synopsis}, {"import", cmd_import},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

/* Runs the command NAME, or says it is unknown, with the nearest command name when a
 * letter or two is off (resc bild). */
static int run_command(const char *name, int argc, char **argv) {
  const char *names[NCOMMANDS];
  for (size_t i = 0; i < NCOMMANDS; i++) {
    if (strcmp(name, commands[i].name) == 0) return commands[i].run(argc, argv);
    names[i] = commands[i].name;
  }
  const char *best = similar_best(name, names, NCOMMANDS, 2);
  if (best) fprintf(stderr, "resc: unknown command '%s'; did you mean '%s'?\n", name, best);
  else fprintf(stderr, "resc: unknown command '%s' (try 'resc --help')\n", name);
  return EXIT_USAGE;
}

int main(int argc, char **argv) {
  xml_gate_init(argc, argv);
  if (argc < 2) {
    fputs(usage, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
    fputs(usage, stdout);
    return 0;
  }
  if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
    printf("resc %s\n", PACKAGE_VERSION);
    return 0;
  }
  if (strcmp(cmd, "help") == 0) {
    if (argc < 3) {
      fputs(usage, stdout);
      return 0;
    }
    char *args[] = {argv[2], "--help", NULL};
    return run_command(argv[2], 2, args);
  }
  return run_command(cmd, argc - 1, argv + 1);
}
