/* The library's one way from a parsed document to an output: validation as resc build
 * does it, then the renderer or stylesheet the options name. resc build, resc diff
 * (which builds the document it computed, in memory) and any other caller go through
 * it, so that no command writes what build would refuse. */
#ifndef RESC_BUILD_API_H
#define RESC_BUILD_API_H

#include <stddef.h>

struct build_opts;
struct diag_ctx;
struct document;

/* Validates DOC as build does, unless PARSE_ERRORS (its rules would only report the
 * consequences of those); returns the number of errors in D. */
size_t resc_validate(struct document *doc, int parse_errors, struct diag_ctx *d);

/* Validates DOC (the formats ast and resc need only a parse) and writes it as O says.
 * Returns 0, EXIT_INPUT when it has errors (nothing is written), or EXIT_USAGE when
 * the output cannot be written (a message is printed). */
int resc_build(struct document *doc, int parse_errors, const struct build_opts *o,
               struct diag_ctx *d);

/* The output step alone (cmd_build.c): DOC written in O's format. Returns 0, or -1
 * after printing why. */
int build_emit(struct document *doc, const struct build_opts *o);

#endif
