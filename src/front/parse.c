/* The parse driver: runs the reentrant scanner and pure parser over a loaded source,
 * then hands the blocks to the tree builder and computes labels. Owns the lifetime of
 * the scanner; the document owns everything else through its arena. */
#include "parse.h"

#include <string.h>

#include "arena.h"
#include "ast_check.h"
#include "diag.h"
#include "labels.h"
#include "lang/lang_doc.h"
#include "parse_ctx.h"
#include "parser.h"
#include "lexer.h"
#include "source.h"
#include "strbuf.h"
#include "strmap.h"
#include "tree.h"

static struct document *parse(const struct source *src, struct diag_ctx *d, int *errors, int ids) {
  struct document *doc = xcalloc(1, sizeof *doc);
  doc->arena = arena_new();
  doc->src = src;
  doc->root = ast_new(doc->arena, N_DOCUMENT, NULL);
  doc->footnotes = ast_new(doc->arena, N_SPAN, NULL);
  doc->footnote_map = strmap_new();
  doc->anchor_map = strmap_new();

  struct parse_ctx pc;
  memset(&pc, 0, sizeof pc);
  pc.arena = doc->arena;
  pc.src = src;
  pc.diags = d;
  pc.blocks = ast_new(doc->arena, N_SPAN, NULL);
  pc.comments = doc->comments = ast_new(doc->arena, N_SPAN, NULL);
  pc.line = pc.col = 1;
  pc.pair_lines = arena_alloc(doc->arena, src->nlines + 1);
  memset(pc.pair_lines, 0, src->nlines + 1);
  doc->pair_lines = pc.pair_lines;

  size_t before = diag_count(d, SEV_ERROR);
  yyscan_t scanner;
  yylex_init_extra(&pc, &scanner);
  /* The scanner reads the source's own buffer (it ends in the two NULs flex needs),
   * so the text is not copied; flex restores the bytes it borrows while scanning. */
  YY_BUFFER_STATE buf = yy_scan_buffer(src->text, src->len + 2, scanner);
  yyparse(scanner, &pc);
  yy_delete_buffer(buf, scanner);
  yylex_destroy(scanner);
  sb_free(&pc.textbuf);

  tree_build(doc, pc.blocks, d);
  lang_settle(doc);
  labels_compute_ids(doc, d, ids);
  ast_assert_valid(doc);
  *errors = (int)(diag_count(d, SEV_ERROR) - before);
  return doc;
}

struct document *parse_document(const struct source *src, struct diag_ctx *d, int *errors) {
  return parse(src, d, errors, 1);
}

struct document *parse_document_for_check(const struct source *src, struct diag_ctx *d,
                                          int *errors) {
  return parse(src, d, errors, 0);
}

void document_free(struct document *doc) {
  if (!doc) return;
  strmap_free(doc->footnote_map);
  strmap_free(doc->anchor_map);
  arena_free(doc->arena);
  free(doc);
}
