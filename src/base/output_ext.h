/* Choosing an output format from the name of the -o file, the way users name files:
 * the extension's case does not matter (OUT.DOCX, as Windows names are), and an
 * extension resc does not write (.pdf, .odt, .md) is refused, never answered with plain
 * text under a name that promises something else. */
#ifndef RESC_OUTPUT_EXT_H
#define RESC_OUTPUT_EXT_H

struct output_ext {
  const char *ext; /* with its dot, lower case: ".docx" */
  int format;
};

/* The format that TABLE (ended by a NULL ext) gives PATH's extension; NONE when PATH is
 * NULL, "-" or has no extension; -1 when its extension is not in TABLE. */
int output_ext_format(const char *path, const struct output_ext *table, int none);

/* Prints "resc CMD: cannot tell what to write to 'PATH': ..." listing TABLE's extensions
 * (and -f, WITH_F, when the command has one). */
void output_ext_refuse(const char *cmd, const char *path, const struct output_ext *table,
                       int with_f);

#endif
