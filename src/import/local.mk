# resc import: sources of the library.
libresc_la_SOURCES += src/import/cmd_import.c
