# resc import: sources of the library.
# What resc itself needs of a Word file's place and of the gate, in the core library; the
# readers of text and DOCX, and the review copy, in the XML one.
libresc_la_SOURCES += src/import/document.h src/import/document_zip.c \
  src/import/word_place.h src/import/word_place.c
libresc_xml_la_SOURCES += src/import/cmd_import.c src/import/import.h src/import/import_out.c \
  src/import/import_text.c src/import/text_revisions.h src/import/text_revisions.c \
  src/import/text_table.h src/import/text_table.c \
  src/import/import_docx.c src/import/docx.h src/import/docx_numbering.c \
  src/import/load_document.c src/import/annotate.h src/import/annotate.c \
  src/import/annotate_fix.h src/import/annotate_fix.c

# Test tools of tests/run-import.sh: astcmp compares two sources as trees, under the
# comparison a DOCX round trip is held to (imp_normalize); mkzip packs hand-written XML
# parts into a .docx, so that the DOCX cases stay reviewable text. They are noinst
# rather than check programs because Makefile.am sets check_PROGRAMS with '=' after
# this fragment is included, and automake takes no '+=' before that.
noinst_PROGRAMS = tests/tools/astcmp tests/tools/mkzip
tests_tools_astcmp_SOURCES = tests/tools/astcmp.c
tests_tools_astcmp_LDADD = $(LIBRESC_ALL) $(LIBS_ALL)
tests_tools_mkzip_SOURCES = tests/tools/mkzip.c
tests_tools_mkzip_LDADD = $(LIBZIP_LIBS)
