/* Region allocator: large blocks carved front to back, freed all at once. */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK (64 * 1024)

struct block {
  struct block *next;
  size_t size, used;
  max_align_t data[];
};

struct arena {
  struct block *head;
};

static void out_of_memory(void) {
  fputs("resc: out of memory\n", stderr);
  abort();
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) out_of_memory();
  return p;
}

void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) out_of_memory();
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) out_of_memory();
  return p;
}

char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

struct arena *arena_new(void) {
  return xcalloc(1, sizeof(struct arena));
}

void arena_free(struct arena *a) {
  if (!a) return;
  struct block *b = a->head;
  while (b) {
    struct block *next = b->next;
    free(b);
    b = next;
  }
  free(a);
}

/* Under AddressSanitizer every allocation is a block of its own, of its exact size,
 * so that a read past the end of a node or string is caught rather than landing in
 * its neighbour. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_EXACT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_EXACT 1
#endif
#endif

void *arena_alloc(struct arena *a, size_t size) {
#ifdef ARENA_EXACT
  struct block *eb = xmalloc(sizeof *eb + size);
  eb->size = eb->used = size;
  eb->next = a->head;
  a->head = eb;
  memset(eb->data, 0, size);
  return eb->data;
#endif
  const size_t align = sizeof(max_align_t);
  size = (size + align - 1) / align * align;
  struct block *b = a->head;
  if (!b || b->size - b->used < size) {
    /* An oversized request gets a block of its own behind the current one, so the
     * space left in the current block is not wasted. */
    size_t cap = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
    struct block *nb = xmalloc(sizeof *nb + cap);
    nb->size = cap;
    nb->used = 0;
    if (b && cap != ARENA_BLOCK) {
      nb->next = b->next;
      b->next = nb;
    } else {
      nb->next = b;
      a->head = nb;
    }
    b = nb;
  }
  void *p = (char *)b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *arena_strdup(struct arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_printf(struct arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  char *p = arena_alloc(a, (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}
