/* Region allocation for one compiled document: the AST, its strings and its tables
 * live and die together, so one free releases everything and no tree walk is needed
 * to tear a document down (deep trees cannot overflow the stack on free). */
#ifndef RESC_ARENA_H
#define RESC_ARENA_H

#include <stddef.h>

struct arena;

struct arena *arena_new(void);
void arena_free(struct arena *a);
/* Zeroed memory aligned for any object; aborts when memory is exhausted. */
void *arena_alloc(struct arena *a, size_t size);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Allocation helpers for memory outside an arena: abort rather than return NULL,
 * because a compiler that runs out of memory has nothing sensible left to do. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

#endif
