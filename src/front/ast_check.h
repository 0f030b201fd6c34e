/* The invariants of a built tree, checked: links that agree with each other, and each
 * node where src/front/ast_shape.def allows it. Run after every parse in builds
 * configured with --enable-debug or --enable-sanitizers, and by the fuzzers, so a
 * tree builder or a rewrite (merge, import) that breaks the shape is caught where it
 * happens rather than by a renderer that trusts it. */
#ifndef RESC_AST_CHECK_H
#define RESC_AST_CHECK_H

#include <stddef.h>

#include "ast.h"

/* 0 when the document's tree, footnotes and comments hold every invariant; otherwise
 * -1 with the first broken one described in msg (which names the node's kind and
 * source position). */
int ast_check(const struct document *doc, char *msg, size_t msglen);

/* ast_check, and an abort with the message on standard error when it fails: for the
 * places that run it as an assertion. Does nothing unless the build asks for it
 * (RESC_DEBUG). */
void ast_assert_valid(const struct document *doc);

#endif
