/* resc diff and resc synopsis: not available yet. */
#include <stdio.h>

#include "cli.h"

int cmd_diff(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fputs("resc diff: not available yet\n", stderr);
  return EXIT_USAGE;
}

int cmd_synopsis(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fputs("resc synopsis: not available yet\n", stderr);
  return EXIT_USAGE;
}
