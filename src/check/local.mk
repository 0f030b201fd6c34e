# check/: the validator: the rules a resolution's structure and text are held to.
libresc_la_SOURCES += src/check/validate.c src/check/validate.h src/check/validate_text.c \
  src/check/validate_lang.c
