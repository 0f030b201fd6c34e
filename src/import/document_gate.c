/* Recognizing a Word document among a command's arguments without the XML libraries,
 * so that resc can hand the command over to resc-xml before it reads anything (see
 * document.h). */
#include <stdio.h>
#include <string.h>

#include "document.h"
#include "xml_gate.h"

int document_is_zip(const char *path) {
  if (!path || strcmp(path, "-") == 0) return 0;
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  unsigned char magic[4];
  int zip = fread(magic, 1, 4, f) == 4 && memcmp(magic, "PK\003\004", 4) == 0;
  fclose(f);
  return zip;
}

int document_gate(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *eq = strchr(a, '=');
    if (a[0] == '-' && a[1] == '-' && eq) a = eq + 1; /* --base=FILE */
    if (a[0] != '-' && document_is_zip(a)) return xml_gate_enter();
  }
  return 0;
}
