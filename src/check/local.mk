# check/: the validator: the rules a resolution's structure and text are held to, in its
# language; and the comparison of the language versions of one text (check --parallel).
libresc_la_SOURCES += src/check/validate.c src/check/validate.h src/check/validate_text.c \
  src/check/validate_lang.c src/check/check_parallel.c src/check/check_parallel.h
libresc_la_SOURCES += src/check/validate_marks.c
libresc_la_SOURCES += src/check/validate_venue.c src/check/validate_venue.h
