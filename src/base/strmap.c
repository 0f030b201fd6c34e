/* Open-addressing hash map (FNV-1a, linear probing), grown at 50% load. */
#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* The hash is kept so that a probe compares strings only when the hashes agree:
 * the keys lie all over the arena, and comparing them costs a cache miss each. */
struct slot {
  const char *key;
  void *value;
  uint64_t hash;
};

struct strmap {
  struct slot *slots;
  size_t cap, n;
};

static uint64_t hash(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  /* The table is indexed by the low bits, which in FNV depend on the low bits of the
   * input only: fold the high half in, or keys that differ in one letter cluster. */
  return h ^ (h >> 29);
}

struct strmap *strmap_new(void) {
  struct strmap *m = xcalloc(1, sizeof *m);
  m->cap = 16;
  m->slots = xcalloc(m->cap, sizeof *m->slots);
  return m;
}

void strmap_free(struct strmap *m) {
  if (!m) return;
  free(m->slots);
  free(m);
}

static struct slot *find(const struct strmap *m, const char *key, uint64_t h) {
  size_t i = h & (m->cap - 1);
  while (m->slots[i].key && (m->slots[i].hash != h || strcmp(m->slots[i].key, key) != 0))
    i = (i + 1) & (m->cap - 1);
  return &m->slots[i];
}

void *strmap_get(const struct strmap *m, const char *key) {
  struct slot *s = find(m, key, hash(key));
  return s->key ? s->value : NULL;
}

void *strmap_put(struct strmap *m, const char *key, void *value) {
  uint64_t h = hash(key);
  struct slot *s = find(m, key, h);
  if (s->key) return s->value;
  s->key = key;
  s->value = value;
  s->hash = h;
  if (++m->n * 2 > m->cap) {
    struct slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap *= 2;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
    for (size_t i = 0; i < oldcap; i++)
      if (old[i].key) *find(m, old[i].key, old[i].hash) = old[i];
    free(old);
  }
  return NULL;
}

size_t strmap_size(const struct strmap *m) { return m->n; }
