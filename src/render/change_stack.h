/* A stack of one small value per open block (a change, a wrap), for the renderers'
 * loops over the ENTER/EXIT iterator: what recursion kept on the C stack. It starts on
 * a caller's array and moves to the heap past it, so nesting has no limit. */
#ifndef RESC_CHANGE_STACK_H
#define RESC_CHANGE_STACK_H

#include <stdlib.h>
#include <string.h>

#include "arena.h"

struct change_stack {
  unsigned char *v, *first;
  size_t n, cap;
};

/* Starts on FIRST (CAP bytes) with BOTTOM, the value of the block the walk starts in. */
static inline void change_stack_start(struct change_stack *s, unsigned char *first, size_t cap,
                                      unsigned bottom) {
  s->v = s->first = first;
  s->cap = cap;
  s->v[0] = (unsigned char)bottom;
  s->n = 1;
}

static inline void change_stack_grow(struct change_stack *s) {
  unsigned char *v = xmalloc(2 * s->cap);
  memcpy(v, s->v, s->n);
  if (s->v != s->first) free(s->v);
  s->v = v;
  s->cap *= 2;
}

static inline void change_stack_push(struct change_stack *s, unsigned c) {
  if (s->n == s->cap) change_stack_grow(s);
  s->v[s->n++] = (unsigned char)c;
}

static inline unsigned change_stack_pop(struct change_stack *s) { return s->v[--s->n]; }

static inline unsigned change_stack_top(const struct change_stack *s) { return s->v[s->n - 1]; }

static inline void change_stack_free(struct change_stack *s) {
  if (s->v != s->first) free(s->v);
}

#endif
