/* Output format from the -o file's extension (see output_ext.h). */
#include "output_ext.h"

#include <stdio.h>
#include <string.h>

/* The extension of PATH's last component, or NULL (a leading dot, as in ".profile",
 * starts a name rather than an extension). */
static const char *extension(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  return dot && dot != base && dot[1] ? dot : NULL;
}

/* ASCII case folding by hand: extensions are ASCII, and the locale must not matter. */
static int same_ext(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
    if (x != *b) return 0;
  }
  return *a == *b;
}

int output_ext_format(const char *path, const struct output_ext *table, int none) {
  if (!path || strcmp(path, "-") == 0) return none;
  const char *ext = extension(path);
  if (!ext) return none;
  for (const struct output_ext *t = table; t->ext; t++)
    if (same_ext(ext, t->ext)) return t->format;
  return -1;
}

void output_ext_refuse(const char *cmd, const char *path, const struct output_ext *table,
                       int with_f) {
  fprintf(stderr,
          "resc %s: cannot tell what to write to '%s': resc does not write %s files;"
          " name the output",
          cmd, path, extension(path));
  for (const struct output_ext *t = table; t->ext; t++)
    fprintf(stderr, "%s%s", t == table ? " " : t[1].ext ? ", " : " or ", t->ext);
  fputs(with_f ? ", or give -f FORMAT\n" : "\n", stderr);
}
