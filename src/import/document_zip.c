/* Recognizing a Word document by its first bytes, without the XML libraries, so that resc
 * can hand a command over to resc-xml before it reads anything (see document.h). */
#include <stdio.h>
#include <string.h>

#include "document.h"

int document_is_zip(const char *path) {
  if (!path || strcmp(path, "-") == 0) return 0;
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  unsigned char magic[4];
  int zip = fread(magic, 1, 4, f) == 4 && memcmp(magic, "PK\003\004", 4) == 0;
  fclose(f);
  return zip;
}
