/* AST → resc source, in one canonical layout (like gofmt): used by `resc fmt` and by
 * `resc build -f resc`, which writes the old or the new text of a proposal as a clean
 * source. Parsing the output gives the same tree. */
#ifndef RESC_EMIT_RESC_H
#define RESC_EMIT_RESC_H

#include "ast.h"

struct strbuf;

/* Lines are wrapped at this width where a space allows it. */
#define EMIT_RESC_WIDTH 90

void emit_resc(const struct document *doc, enum view view, struct strbuf *out);

#endif
