# base/: what every stage uses and that knows nothing of resolutions: memory, strings,
# a hash map, UTF-8, edit distance, writing an output file safely.
libresc_la_SOURCES += src/base/arena.c src/base/arena.h src/base/strbuf.c src/base/strbuf.h \
  src/base/strmap.c src/base/strmap.h src/base/utf8.c src/base/utf8.h \
  src/base/similar.c src/base/similar.h src/base/output.c src/base/output.h \
  src/base/output_ext.c src/base/output_ext.h src/base/loc.h src/base/escape.c src/base/escape.h
