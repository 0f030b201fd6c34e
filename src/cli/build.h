/* resc build's options and outputs, shared by the command (cmd_build.c), which writes
 * with the built-in renderers, and its XML path (build_xslt.c), which needs the
 * XML libraries and so lives in resc's part that loads them (see xml_gate.h). */
#ifndef RESC_BUILD_H
#define RESC_BUILD_H

#include <stddef.h>
#include <time.h>

#include "ast.h"
#include "output_ext.h"

struct docx_parts;
struct document;

enum build_format { F_TEXT, F_HTML, F_DOCX, F_DOCX_XML, F_XML, F_AST, F_AKN, F_RESC, F_NONE };
extern const char *const build_format_names[];
/* The format named S, or F_NONE. */
enum build_format build_format_lookup(const char *s);
/* The formats -o extensions name (output_ext.h), for build and diff. */
extern const struct output_ext build_output_exts[];

struct build_opts {
  enum build_format format;
  const char *output, *stylesheet, *author, *date, *allow_read;
  const char *css, *reference_doc; /* --css FILE, --reference-doc FILE.docx */
  enum view view;
};

/* build's and diff's options A (see options.h) into O and D: the values checked, NFILES
 * operands (else the message NFILES_WANTED and the help), the format from -f and the -o
 * extension, which must agree (a tree dump may go to a .txt, any XML format to a .xml),
 * NONE when neither says; and the options that apply to some outputs only, checked:
 * never silently ignored. 0, or EXIT_USAGE after saying why (as "resc CMD: ..."). */
struct cli_args;
struct cli_command;
struct diag_ctx;
int build_options(const struct cli_command *cmd, const struct cli_args *a, int nfiles,
                  const char *nfiles_wanted, enum build_format none, struct build_opts *o,
                  struct diag_ctx *d);

/* Whether an output needs the XML libraries: a user's stylesheet, the intermediate XML,
 * Akoma Ntoso, a reference Word file. */
int build_needs_xml(enum build_format format, const char *stylesheet, const char *reference_doc);

/* Reads the reference Word file PATH (docx_reference.c, in resc-xml). Returns 0, or -1
 * with a message in err. */
struct docx_reference;
int build_load_reference(const char *path, struct docx_reference *ref, char *err, size_t errlen);

/* Writes a DOCX package atomically: nothing at PATH unless it is complete. Returns 0,
 * or -1 with a message in err. */
int build_write_docx(const char *path, const struct docx_parts *parts, time_t when, char *err,
                     size_t errlen);

/* The XML path: AST → intermediate XML → Akoma Ntoso or a user's stylesheet → file.
 * Returns 0, or -1 with a message in err. */
int build_emit_xslt(struct document *doc, const struct build_opts *o, const char *author,
                    const char *iso_date, time_t when, char *err, size_t errlen);

#endif
