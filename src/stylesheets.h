/* The built-in stylesheets, compiled into the binary from the files in stylesheets/. */
#ifndef RESC_STYLESHEETS_H
#define RESC_STYLESHEETS_H

#include <stddef.h>

struct embedded_stylesheet {
  const char *name; /* "text", "html", "docx" */
  const unsigned char *data;
  size_t len;
};

/* Terminated by an entry whose name is NULL. */
extern const struct embedded_stylesheet embedded_stylesheets[];

#endif
