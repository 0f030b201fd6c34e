/* resc: the command-line driver. It only dispatches to the subcommands in cmd_*.c. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "xml_gate.h"
#include "import/document.h"

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
    if (strcmp(argv[2], "build") == 0) return cmd_build(2, args);
    if (strcmp(argv[2], "check") == 0) return cmd_check(2, args);
    if (strcmp(argv[2], "fmt") == 0) return cmd_fmt(2, args);
    if (strcmp(argv[2], "diff") == 0) return cmd_diff(2, args);
    if (strcmp(argv[2], "synopsis") == 0) return cmd_synopsis(2, args);
    if (strcmp(argv[2], "import") == 0) return cmd_import(2, args);
    fprintf(stderr, "resc: unknown command '%s'\n", argv[2]);
    return EXIT_USAGE;
  }
  if (strcmp(cmd, "import") != 0 && strcmp(cmd, "fmt") != 0 && document_gate(argc, argv) != 0)
    return EXIT_USAGE; /* a Word document among the inputs: read by resc-xml */
  if (strcmp(cmd, "build") == 0) return cmd_build(argc - 1, argv + 1);
  if (strcmp(cmd, "check") == 0) return cmd_check(argc - 1, argv + 1);
  if (strcmp(cmd, "fmt") == 0) return cmd_fmt(argc - 1, argv + 1);
  if (strcmp(cmd, "diff") == 0) return cmd_diff(argc - 1, argv + 1);
  if (strcmp(cmd, "synopsis") == 0) return cmd_synopsis(argc - 1, argv + 1);
  if (strcmp(cmd, "import") == 0) return cmd_import(argc - 1, argv + 1);
  fprintf(stderr, "resc: unknown command '%s' (try 'resc --help')\n", cmd);
  return EXIT_USAGE;
}
