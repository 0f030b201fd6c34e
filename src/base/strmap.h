/* String-keyed hash map for ids (clause anchors, footnotes, section slugs). Keys are
 * not copied: they must outlive the map (arena strings do). */
#ifndef RESC_STRMAP_H
#define RESC_STRMAP_H

#include <stddef.h>

struct strmap;

struct strmap *strmap_new(void);
void strmap_free(struct strmap *m);
void *strmap_get(const struct strmap *m, const char *key);
/* Inserts KEY; returns the value already stored under it (and keeps it), or NULL. */
void *strmap_put(struct strmap *m, const char *key, void *value);
size_t strmap_size(const struct strmap *m);

#endif
