/* The places of the lines of sources imported from Word documents (word_place.h). A
 * command reads a handful of files, so the table is a short list searched in order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "source.h"
#include "word_place.h"

struct word_map {
  const struct source *src;
  const char *text; /* the source's text when registered: a source freed and another
                       loaded at its address is not taken for it */
  struct word_line *lines;
  size_t n;
};

static struct word_map *maps;
static size_t nmaps;

static void free_lines(struct word_line *lines, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(lines[i].where);
    free(lines[i].excerpt);
  }
  free(lines);
}

void word_place_register(const struct source *src, struct word_line *lines, size_t n) {
  for (size_t i = 0; i < nmaps; i++)
    if (maps[i].src == src) {
      free_lines(maps[i].lines, maps[i].n);
      maps[i] = (struct word_map){src, src->text, lines, n};
      return;
    }
  maps = xrealloc(maps, (nmaps + 1) * sizeof *maps);
  maps[nmaps++] = (struct word_map){src, src->text, lines, n};
}

const struct word_line *word_place_of(const struct source *src, int line) {
  for (size_t i = 0; src && i < nmaps; i++)
    if (maps[i].src == src && maps[i].text == src->text)
      return line >= 1 && (size_t)line <= maps[i].n ? &maps[i].lines[line - 1] : NULL;
  return NULL;
}

int word_place_format(const struct source *src, int line, char *buf, size_t cap) {
  const struct word_line *w = word_place_of(src, line);
  if (!w) return 0;
  if (w->para == 0) snprintf(buf, cap, "%s", *w->where ? w->where : "footnotes");
  else if (*w->where) snprintf(buf, cap, "\xC2\xB6 %d (%s, \"%s\")", w->para, w->where, w->excerpt);
  else snprintf(buf, cap, "\xC2\xB6 %d (\"%s\")", w->para, w->excerpt);
  return 1;
}
