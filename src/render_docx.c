/* The built-in DOCX renderer (see render.h). */
#include "render.h"

#include <stdlib.h>

void docx_parts_free(struct docx_parts *p) {
  for (size_t i = 0; i < p->n; i++) sb_free(&p->part[i].data);
  free(p->part);
  p->part = NULL;
  p->n = p->cap = 0;
}

int render_docx(struct document *doc, const struct render_opts *o, struct docx_parts *out,
                char *err, size_t errlen) {
  (void)doc, (void)o, (void)out, (void)err, (void)errlen;
  return 1;
}
