/* resc build's options and outputs, shared by the command (cmd_build.c), which writes
 * with the built-in renderers, and its stylesheet path (build_xslt.c), which needs the
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
  enum view view;
  int xslt; /* --xslt: the built-in stylesheets rather than the built-in renderers */
};

/* Whether an output needs XSLT or the XML tree: a stylesheet, the intermediate XML,
 * the Flat OPC form of the DOCX, Akoma Ntoso. */
int build_needs_xml(enum build_format format, const char *stylesheet, int xslt);

/* Writes a DOCX package atomically: nothing at PATH unless it is complete. Returns 0,
 * or -1 with a message in err. */
int build_write_docx(const char *path, const struct docx_parts *parts, time_t when, char *err,
                     size_t errlen);

/* The stylesheet path: AST → intermediate XML → XSLT → file. Returns 0, or -1 with a
 * message in err. */
int build_emit_xslt(struct document *doc, const struct build_opts *o, const char *author,
                    const char *iso_date, time_t when, char *err, size_t errlen);

#endif
