# package/: a DOCX package from its parts, zipped with zlib, reproducibly.
libresc_la_SOURCES += src/package/zip_write.c src/package/zip_write.h \
  src/package/docx_parts.c src/package/docx_parts.h
