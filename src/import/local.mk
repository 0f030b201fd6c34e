# resc import: sources of the library.
libresc_la_SOURCES += src/import/cmd_import.c src/import/import.h src/import/import_out.c \
  src/import/import_text.c src/import/import_docx.c
