/* The one escaper of markup text: XML and HTML character data and attribute values,
 * each set of characters to escape a table, so the scan is one lookup a byte. Used by
 * the HTML, DOCX and synopsis writers; resc markup and JSON escape differently and
 * have their own (import/import.h, front/diag.c). */
#ifndef RESC_ESCAPE_H
#define RESC_ESCAPE_H

#include <stddef.h>

struct strbuf;

enum escape_set {
  ESC_HTML_TEXT, /* & < > */
  ESC_HTML_ATTR, /* & < > " */
  ESC_XML_TEXT,  /* & < > and CR as &#13;, which an XML reader would otherwise drop */
  ESC_XML_ATTR   /* & < > " and CR, LF, TAB as references, which attribute-value
                    normalization would otherwise turn into spaces */
};

/* The longest replacement of one byte, for escape_to's buffer. */
#define ESCAPE_MAX 6

/* N bytes of S appended to SB with the characters of SET escaped; everything else,
 * UTF-8 included, copied. */
void escape_add(struct strbuf *sb, const char *s, size_t n, enum escape_set set);
/* The same into DST, which has room for ESCAPE_MAX * N bytes; returns the length
 * written. */
size_t escape_to(char *dst, const char *s, size_t n, enum escape_set set);

#endif
