/* The resc grammar: a pure bison parser that only builds AST nodes. It recognizes
 * the blocks of a file (directive, heading, clause, footnote definition, block
 * revision lines) with their inline content, and appends them in file order to a
 * flat list; the tree builder (src/front/tree.c) nests them, because nesting by indentation
 * and by implicit openings (a resolution starts at its first header line) is simpler
 * and better reported outside an LALR grammar. Errors are recovered at block
 * boundaries, so one run reports every syntax error. */
%require "3.8"
%define api.pure full
%define api.token.prefix {TOK_}
%define api.value.type {struct node *}
%define api.location.type {struct loc}
%define parse.error custom
%define parse.lac full
%locations
/* Instead of raising this, find a way to resolve a conflict in the grammar. */
%expect 0
%lex-param {yyscan_t scanner}
%parse-param {yyscan_t scanner} {struct parse_ctx *pc}

%code requires {
/* Emitted into parser.h: what the token and location types need. */
#include "loc.h"
#include "ast.h"
struct parse_ctx;
typedef void *yyscan_t;
}

%code {
/* Emitted into parser.c only. */
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "parse_ctx.h"
#include "parser.h"
#include "source.h"

/* Tokens come through the token source that joins runs of text (lexer.l). */
#define yylex resc_token

/* Called by bison only when its stack is exhausted (syntax errors go through
 * yyreport_syntax_error below). */
static void yyerror(const YYLTYPE *loc, yyscan_t scanner, struct parse_ctx *pc, const char *msg) {
  (void)scanner;
  pc->syntax_errors++;
  diag_report(pc->diags, DIAG_LIMIT, pc->src, loc, "%s", msg);
}

/* The spans that carry inline content up the grammar are emptied as soon as a block
 * or a mark takes their content; they are reused rather than left in the arena, where
 * they would be a third of a large file's tree. */
static struct node *span(struct parse_ctx *pc, const YYLTYPE *loc) {
  struct node *n = pc->spare_spans;
  if (!n) return ast_new(pc->arena, N_SPAN, loc);
  pc->spare_spans = n->next;
  n->next = NULL;
  n->loc = *loc;
  return n;
}

static void take_content(struct parse_ctx *pc, struct node *to, struct node *content) {
  ast_adopt_children(to, content);
  content->next = pc->spare_spans;
  pc->spare_spans = content;
}

static void add_block(struct parse_ctx *pc, struct node *b, struct node *content,
                      const YYLTYPE *loc) {
  if (content) take_content(pc, b, content);
  b->loc = *loc;
  ast_append(pc->blocks, b);
}

static struct node *wrap(struct parse_ctx *pc, enum node_kind k, struct node *content,
                         const YYLTYPE *loc) {
  struct node *n = ast_new(pc->arena, k, loc);
  take_content(pc, n, content);
  return n;
}
}

/* Tokens' values are arena-owned AST nodes (or NULL): nothing is owned by the parser
 * stack, so no %destructor is needed and error recovery leaks nothing. */
%token HEADING     "section heading"
%token CONT        "continuation line"
%token CLAUSE      "clause"
%token DIRECTIVE   "directive"
%token FNDEF       "footnote definition"
%token BLOCK_OPEN  "block revision '{++' or '{--'"
%token BLOCK_CLOSE "block revision end '++}' or '--}'"
%token BLANK       "blank line"
%token NL          "end of line"
%token TEXT        "text"
%token BR          "line break"
%token ANCHOR      "clause id '{#...}'"
%token REF         "reference '{ref ...}'"
%token FNREF       "footnote mark '[^...]'"
%token EMPH_OPEN   "'*'"
%token EMPH_CLOSE  "closing '*'"
%token STRONG_OPEN "'**'"
%token STRONG_CLOSE "closing '**'"
%token INS_OPEN    "'{++'"
%token INS_CLOSE   "'++}'"
%token DEL_OPEN    "'{--'"
%token DEL_CLOSE   "'--}'"
%token SUB_OPEN    "'{~~'"
%token SUB_SEP     "'~>'"
%token SUB_CLOSE   "'~~}'"
%token COM_OPEN    "'{>>'"
%token COM_CLOSE   "'<<}'"
%token KIND        "section kind '{preamble}' or '{operative}'"
%token ROW         "table row"
%token CELL        "cell separator '|'"

%%

file:
  %empty
| file block
;

block:
  BLANK
| BLOCK_OPEN                 { add_block(pc, $1, NULL, &@$); yyerrok; }
| BLOCK_CLOSE                { add_block(pc, $1, NULL, &@$); yyerrok; }
| DIRECTIVE start inlines NL { add_block(pc, $1, $3, &@$); }
| HEADING start inlines NL   { add_block(pc, $1, $3, &@$); }
| HEADING start inlines KIND NL {
                               $1->flags |= $4->str[0] == 'p' ? F_KIND_PREAMBLE : F_KIND_OPERATIVE;
                               add_block(pc, $1, $3, &@$);
                             }
| CLAUSE start inlines NL    { add_block(pc, $1, $3, &@$); }
| FNDEF start inlines NL     { add_block(pc, $1, $3, &@$); }
| ROW start cells inlines NL {
                               ast_append($3, wrap(pc, N_CELL, $4, &@4));
                               add_block(pc, $1, $3, &@$);
                             }
  /* After an error, tokens are skipped up to the next block; the start of a block
     ends the recovery ('start' below), so errors in that block are reported too. */
| error
;

/* The first token of a block has been read: recovery from an earlier error is over. */
start:
  %empty                     { yyerrok; $$ = NULL; }
;

/* The cells of a row, one N_CELL per stretch before a separator; the stretch after the
   closing '|' is one more, empty, cell (the tree builder drops it). */
cells:
  %empty                     { $$ = span(pc, &@$); }
| cells inlines CELL         { $$ = $1; ast_append($$, wrap(pc, N_CELL, $2, &@2)); }
;

inlines:
  %empty                     { $$ = span(pc, &@$); }
| inlines inline             {
                               $$ = $1;
                               if ($2->kind == N_SPAN) take_content(pc, $$, $2);
                               else ast_append($$, $2);
                             }
;

inline:
  TEXT
| BR
| ANCHOR
| REF
| FNREF
  /* (after text, the token source has already joined a continuation into it) */
| NL CONT                    { $$ = ast_text(pc->arena, " ", 1, &@$); }
| EMPH_OPEN inlines EMPH_CLOSE       { $$ = wrap(pc, N_EMPH, $2, &@$); }
| STRONG_OPEN inlines STRONG_CLOSE   { $$ = wrap(pc, N_STRONG, $2, &@$); }
| INS_OPEN inlines INS_CLOSE         { $$ = wrap(pc, N_INS, $2, &@$); }
| DEL_OPEN inlines DEL_CLOSE         { $$ = wrap(pc, N_DEL, $2, &@$); }
| COM_OPEN inlines COM_CLOSE         { $$ = wrap(pc, N_COMMENT, $2, &@$); }
| SUB_OPEN inlines[old] SUB_SEP inlines[new] SUB_CLOSE {
                               $$ = span(pc, &@$);
                               struct node *d = wrap(pc, N_DEL, $old, &@$);
                               struct node *i = wrap(pc, N_INS, $new, &@$);
                               d->flags |= F_SUBST;
                               i->flags |= F_SUBST;
                               ast_append($$, d);
                               ast_append($$, i);
                             }
;

%%

static int is_block_start(yysymbol_kind_t t) {
  switch (t) {
  case YYSYMBOL_HEADING: case YYSYMBOL_CLAUSE: case YYSYMBOL_DIRECTIVE:
  case YYSYMBOL_FNDEF: case YYSYMBOL_BLOCK_OPEN: case YYSYMBOL_BLOCK_CLOSE:
  case YYSYMBOL_BLANK: case YYSYMBOL_YYEOF: case YYSYMBOL_ROW:
    return 1;
  default:
    return 0;
  }
}

static const char *opener_name(int tok) {
  switch (tok) {
  case TOK_INS_OPEN: return "{++";
  case TOK_DEL_OPEN: return "{--";
  case TOK_SUB_OPEN: return "{~~";
  case TOK_COM_OPEN: return "{>>";
  case TOK_EMPH_OPEN: return "*";
  case TOK_STRONG_OPEN: return "**";
  default: return "?";
  }
}

static const char *closer_name(int tok) {
  switch (tok) {
  case TOK_INS_OPEN: return "++}";
  case TOK_DEL_OPEN: return "--}";
  case TOK_SUB_OPEN: return "~~}";
  case TOK_COM_OPEN: return "<<}";
  case TOK_EMPH_OPEN: return "*";
  case TOK_STRONG_OPEN: return "**";
  default: return "?";
  }
}

/* Syntax errors in words a drafter understands: an unterminated mark is reported at
 * the place where it was opened; a stray continuation line or closing mark gets its
 * own message; anything else lists what was expected. */
static int yyreport_syntax_error(const yypcontext_t *ctx, yyscan_t scanner, struct parse_ctx *pc) {
  (void)scanner;
  yysymbol_kind_t tok = yypcontext_token(ctx);
  const YYLTYPE *loc = yypcontext_location(ctx);
  pc->syntax_errors++;
  if (pc->has_dangling && is_block_start(tok)) {
    struct diag *d = diag_report(pc->diags, DIAG_SYNTAX, pc->src, &pc->dangling.loc,
                                 "unterminated '%s': no '%s' before the end of the block",
                                 opener_name(pc->dangling.token), closer_name(pc->dangling.token));
    diag_note(d, loc, "the block ends here");
    pc->has_dangling = 0;
    return 0;
  }
  if (tok == YYSYMBOL_KIND) {
    diag_report(pc->diags, DIAG_SYNTAX, pc->src, loc,
                "a section kind ('{preamble}' or '{operative}') goes only at the end of a "
                "section heading");
    return 0;
  }
  if (tok == YYSYMBOL_CELL) {
    diag_report(pc->diags, DIAG_SYNTAX, pc->src, loc,
                "a cell's '|' inside a mark: a mark opened in a table cell closes in that cell "
                "('\\|' is a '|' in the text)");
    return 0;
  }
  if (tok == YYSYMBOL_CONT) {
    diag_report(pc->diags, DIAG_SYNTAX, pc->src, loc,
                "indented line continues nothing (a blank line ends a block)");
    return 0;
  }
  if (tok == YYSYMBOL_INS_CLOSE || tok == YYSYMBOL_DEL_CLOSE || tok == YYSYMBOL_SUB_CLOSE ||
      tok == YYSYMBOL_COM_CLOSE || tok == YYSYMBOL_SUB_SEP) {
    yysymbol_kind_t expected[8];
    int n = yypcontext_expected_tokens(ctx, expected, 8);
    int closes_other = 0;
    for (int i = 0; i < n; i++)
      if (expected[i] == YYSYMBOL_INS_CLOSE || expected[i] == YYSYMBOL_DEL_CLOSE ||
          expected[i] == YYSYMBOL_SUB_CLOSE || expected[i] == YYSYMBOL_COM_CLOSE ||
          expected[i] == YYSYMBOL_EMPH_CLOSE || expected[i] == YYSYMBOL_STRONG_CLOSE ||
          expected[i] == YYSYMBOL_SUB_SEP)
        closes_other = 1;
    if (!closes_other) {
      diag_report(pc->diags, DIAG_SYNTAX, pc->src, loc, "%s closes nothing",
                  yysymbol_name(tok));
      return 0;
    }
  }
  yysymbol_kind_t expected[6];
  int n = yypcontext_expected_tokens(ctx, expected, 6);
  char buf[512];
  size_t k = (size_t)snprintf(buf, sizeof buf, "unexpected %s", yysymbol_name(tok));
  if (n > 0 && n < 6) {
    for (int i = 0; i < n && k < sizeof buf; i++)
      k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", i == 0 ? ", expected " : " or ",
                            yysymbol_name(expected[i]));
  }
  diag_report(pc->diags, DIAG_SYNTAX, pc->src, loc, "%s", buf);
  return 0;
}
