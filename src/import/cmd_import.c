/* resc import: not available yet. */
#include <stdio.h>

#include "cli.h"

int cmd_import(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fputs("resc import: not available yet\n", stderr);
  return EXIT_USAGE;
}
