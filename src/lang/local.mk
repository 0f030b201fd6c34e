# lang/: the six languages as data (one file each), and what is asked of a language:
# the kind of a section phrase, the language of a document, the script of a character.
libresc_la_SOURCES += src/lang/lang.h src/lang/lang.c src/lang/lang_data.c \
  src/lang/lang_table.h src/lang/lang_script.c src/lang/lang_doc.h src/lang/lang_doc.c \
  src/lang/lang_words.c src/lang/lang_docx.c src/lang/words.def src/lang/confusables.def \
  src/lang/en.def src/lang/fr.def src/lang/es.def src/lang/ru.def src/lang/ar.def src/lang/zh.def
libresc_la_SOURCES += src/lang/venue.h src/lang/venue.c src/lang/venues.def
