/* The scanner: how lines are classified and how inline markup is split into tokens. */
#include "support.h"

#include <string.h>

#include "arena.h"
#include "parse_ctx.h"
#include "parser.h"
#include "lexer.h"

/* Scans TEXT and writes the token kinds, space separated, into OUT. */
static void scan(const char *text, char *out, size_t cap) {
  struct parse_ctx pc;
  memset(&pc, 0, sizeof pc);
  struct diag_ctx d;
  diag_init(&d);
  pc.arena = arena_new();
  pc.diags = &d;
  pc.comments = ast_new(pc.arena, N_SPAN, NULL);
  pc.line = pc.col = 1;
  yyscan_t sc;
  yylex_init_extra(&pc, &sc);
  YY_BUFFER_STATE b = yy_scan_bytes(text, (int)strlen(text), sc);
  out[0] = '\0';
  YYSTYPE v;
  YYLTYPE l;
  int t;
  static const struct {
    int tok;
    const char *name;
  } names[] = {{TOK_HEADING, "HEADING"},
               {TOK_CONT, "CONT"},
               {TOK_CLAUSE, "CLAUSE"},
               {TOK_DIRECTIVE, "DIR"},
               {TOK_FNDEF, "FNDEF"},
               {TOK_BLOCK_OPEN, "BOPEN"},
               {TOK_BLOCK_CLOSE, "BCLOSE"},
               {TOK_BLANK, "BLANK"},
               {TOK_NL, "NL"},
               {TOK_TEXT, "T"},
               {TOK_BR, "BR"},
               {TOK_ANCHOR, "ANCHOR"},
               {TOK_REF, "REF"},
               {TOK_FNREF, "FNREF"},
               {TOK_EMPH_OPEN, "EM("},
               {TOK_EMPH_CLOSE, ")EM"},
               {TOK_STRONG_OPEN, "B("},
               {TOK_STRONG_CLOSE, ")B"},
               {TOK_INS_OPEN, "INS("},
               {TOK_INS_CLOSE, ")INS"},
               {TOK_DEL_OPEN, "DEL("},
               {TOK_DEL_CLOSE, ")DEL"},
               {TOK_SUB_OPEN, "SUB("},
               {TOK_SUB_SEP, "~>"},
               {TOK_SUB_CLOSE, ")SUB"},
               {TOK_COM_OPEN, "COM("},
               {TOK_COM_CLOSE, ")COM"},
               {TOK_YYerror, "ERR"}};
  while ((t = yylex(&v, &l, sc)) != TOK_YYEOF) {
    const char *name = "?";
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
      if (names[i].tok == t) name = names[i].name;
    if (out[0]) strncat(out, " ", cap - strlen(out) - 1);
    strncat(out, name, cap - strlen(out) - 1);
  }
  yy_delete_buffer(b, sc);
  yylex_destroy(sc);
  arena_free(pc.arena);
  diag_free(&d);
}

static void line_kinds(void **state) {
  (void)state;
  char out[512];
  scan("# comment\n@title X\n\nconsidering\n- a\n  b\nc) x\n3 y\n  ii) z\n  \xE2\x80\x93 w\n", out,
       sizeof out);
  assert_string_equal(out, "DIR T NL BLANK HEADING T NL CLAUSE T NL CONT T NL CLAUSE T NL "
                           "CLAUSE T NL CLAUSE T NL CLAUSE T NL");
}

static void block_marks_and_footnotes(void **state) {
  (void)state;
  char out[256];
  scan("{++\n- a\n++}\n{--  \n--}\n[^ldc]: text\n", out, sizeof out);
  assert_string_equal(out, "BOPEN CLAUSE T NL BCLOSE BOPEN BCLOSE FNDEF T NL");
}

static void inline_marks(void **state) {
  (void)state;
  char out[512];
  scan("x *a* **b** {++c++}{--d--}{~~e~>f~~}{>>g<<}\n", out, sizeof out);
  assert_string_equal(out, "HEADING T EM( T )EM T B( T )B T INS( T )INS DEL( T )DEL SUB( T ~> "
                           "T )SUB COM( T )COM NL");
}

static void ids_refs_escapes(void **state) {
  (void)state;
  char out[256];
  scan("- {#x} see {ref x}[^n] \\* \\\n  y\n", out, sizeof out);
  assert_string_equal(out, "CLAUSE ANCHOR T REF FNREF T T T BR NL CONT T NL");
}

/* '~>' outside a substitution is text; '*' closes only an open '*'; prose with its
 * spaces is one token. */
static void context_sensitive(void **state) {
  (void)state;
  char out[256];
  scan("a ~> b *c\n", out, sizeof out);
  assert_string_equal(out, "HEADING T T T EM( T NL");
}

static void nesting_limit(void **state) {
  (void)state;
  char text[1024] = "x ";
  for (int i = 0; i < 70; i++) strcat(text, "{++");
  strcat(text, "\n");
  char out[2048];
  scan(text, out, sizeof out);
  /* 64 openings, then errors for the rest. */
  assert_non_null(strstr(out, "INS( ERR"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(line_kinds),        cmocka_unit_test(block_marks_and_footnotes),
      cmocka_unit_test(inline_marks),      cmocka_unit_test(ids_refs_escapes),
      cmocka_unit_test(context_sensitive), cmocka_unit_test(nesting_limit),
  };
  return cmocka_run_group_tests_name("scanner", tests, NULL, NULL);
}
