/* State shared by the scanner, the parser and the parse driver (parse.c). The scanner
 * keeps a stack of open inline marks so that it can tell an opening '*' from a closing
 * one and report where an unterminated mark was opened; the parser appends the blocks
 * it recognizes to a flat list that the tree builder (tree.c) assembles. For use by
 * grammar/ and parse.c only. */
#ifndef RESC_PARSE_CTX_H
#define RESC_PARSE_CTX_H

#include "ast.h"
#include "loc.h"
#include "strbuf.h"

struct diag_ctx;
struct source;

/* Deepest nesting of inline marks (revision marks, emphasis, comments). Beyond it the
 * input is rejected with a diagnostic: no real document comes near it, and it bounds
 * every recursive walk of inline content. */
#define PARSE_MAX_NESTING 64

struct open_mark {
  int token; /* the opening token: TOK_INS_OPEN, TOK_EMPH_OPEN, ... */
  struct loc loc;
};

/* A token the token source read ahead (see resc_token in lexer.l). */
struct pending_token {
  int token;
  struct node *value;
  struct loc loc;
};

struct parse_ctx {
  struct arena *arena;
  const struct source *src;
  struct diag_ctx *diags;
  struct node *blocks;   /* N_SPAN: the blocks in file order */
  struct node *comments; /* N_SPAN: comment lines, kept for resc fmt */
  int line, col;         /* position of the next character */
  struct open_mark marks[PARSE_MAX_NESTING];
  int nmarks;
  struct open_mark dangling; /* innermost mark left open by the previous block */
  int has_dangling;
  int nesting_reported;
  int syntax_errors;
  const char *text; /* a TEXT token's bytes, in the source buffer */
  size_t text_len;
  struct strbuf textbuf; /* a run of text being joined */
  struct pending_token pending[2];
  int npending;
  struct loc last_loc;      /* of the last token read */
  struct node *spare_spans; /* emptied N_SPAN nodes, linked by next (parser.y) */
  int text_clean;           /* the TEXT token's bytes hold no tab, newline or two spaces */
  int last_space;           /* the last token read ended with a space */
  unsigned char *pair_lines; /* per line: 1 where the scanner saw two spaces in a row */
};

/* The parser's token source, in grammar/lexer.l. */
typedef void *yyscan_t;
int resc_token(struct node **val, struct loc *l, yyscan_t scanner);

#endif
