# resc diff and resc synopsis: sources of the library.
libresc_la_SOURCES += src/diff/cmd_diff.c src/diff/merge.c src/diff/merge.h \
  src/diff/synopsis.c src/diff/synopsis.h src/diff/synopsis_html.c src/diff/synopsis_docx.c
libresc_la_SOURCES += src/diff/synopsis_languages.c
