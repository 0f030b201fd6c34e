/* Parsing a source into a document: scanner + parser + tree builder + labels. The
 * one entry point every command uses to get an AST. */
#ifndef RESC_PARSE_H
#define RESC_PARSE_H

#include "ast.h"

struct diag_ctx;
struct source;

/* Parses SRC. Always returns a document (possibly partial) that the caller frees with
 * document_free; *errors gets the number of errors reported into D. */
struct document *parse_document(const struct source *src, struct diag_ctx *d, int *errors);
/* The same for a document that is only checked: no HTML/DOCX ids (see labels.h). */
struct document *parse_document_for_check(const struct source *src, struct diag_ctx *d,
                                          int *errors);
void document_free(struct document *doc);

#endif
