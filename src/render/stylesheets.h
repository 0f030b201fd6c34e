/* The data compiled into the binary from the files in stylesheets/ (build-aux/embed.sh):
 * akn.xsl (Akoma Ntoso), styles.xml (the ITU styles of the DOCX) and resc.css (the CSS
 * of the HTML page). */
#ifndef RESC_STYLESHEETS_H
#define RESC_STYLESHEETS_H

#include <stddef.h>

struct embedded_stylesheet {
  const char *name;          /* "akn", "styles", "css" */
  const unsigned char *data; /* NUL-terminated */
  size_t len;
};

/* Terminated by an entry whose name is NULL. */
extern const struct embedded_stylesheet embedded_stylesheets[];

/* The entry NAME, or NULL. */
const struct embedded_stylesheet *embedded_file(const char *name);

#endif
