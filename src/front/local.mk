# front/: from bytes to a tree: the source file and its encoding, the parser's glue to the
# generated scanner and grammar, the one node type, labels and section phrases, and the
# one table of diagnostics.
libresc_la_SOURCES += src/front/source.c src/front/source.h \
  src/front/source_encoding.c src/front/source_encoding.h \
  src/front/parse.c src/front/parse.h src/front/parse_ctx.h src/front/ast.c src/front/ast.h \
  src/front/tree.c src/front/tree.h src/front/labels.c src/front/labels.h \
  src/front/phrases.c src/front/phrases.h src/front/phrases.def \
  src/front/diag.c src/front/diag.h src/front/diag.def \
  src/front/profile.c src/front/profile.h src/front/profiles.def \
  src/front/ast_iter.h src/front/ast_check.c src/front/ast_check.h \
  src/front/ast_shape.def
