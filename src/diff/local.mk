# diff/: resc diff (the merge of two trees into revision marks) in the core library;
# resc synopsis, which writes DOCX through libxml2, in the XML one.
libresc_la_SOURCES += src/diff/cmd_diff.c src/diff/merge.c src/diff/merge.h \
  src/diff/outline.c src/diff/outline.h
libresc_xml_la_SOURCES += src/diff/synopsis.c src/diff/synopsis.h src/diff/synopsis_html.c \
  src/diff/synopsis_docx.c
libresc_xml_la_SOURCES += src/diff/synopsis_languages.c
