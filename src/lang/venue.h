/* Where ITU's conferences met (src/lang/venues.def): the city of each conference of a
 * body by year, the names of the cities in the six languages, and the names of the
 * assemblies; and the places and years a header line names, read in any language's
 * form ("Kyoto, 1994", "Киото, 1994 г.", "1994年,京都"). The venue check and the
 * comparison of language versions ask them, so that a city is known by its identity
 * whatever language writes it. */
#ifndef RESC_VENUE_H
#define RESC_VENUE_H

#include <stddef.h>

struct lang;

/* A place and year of a line: the place's bytes, its year and its city (-1 when the
 * table does not know the place). */
struct venue_place {
  size_t off, len;
  int year;
  int city;
};

/* The places and years of the N bytes of S (a header line without its directive), at
 * most MAX of them written to OUT; returns how many there are. */
size_t venue_places(const char *s, size_t n, struct venue_place *out, size_t max);
/* The city where the conference of BODY (a profile id) met in YEAR, or -1. */
int venue_city_of(const char *body, int year);
/* Whether the table knows the conferences of BODY. */
int venue_knows_body(const char *body);
/* How many cities the table holds: their numbers are 0 to venue_city_count() - 1. */
int venue_city_count(void);
/* The name of CITY in L (English for NULL), or NULL when the table has none; *ATTESTED
 * (when not NULL) says whether that name was seen in ITU's texts. */
const char *venue_city_name(int city, const struct lang *l, int *attested);
/* The body whose assembly name (in any language) TEXT holds, or NULL. */
const char *venue_body_of_assembly(const char *text);
/* The I-th assembly name the table holds for L (its body in *BODY), or NULL after the
 * last. */
const char *venue_assembly_at(size_t i, const struct lang *l, const char **body);
/* The assembly name of BODY in L, or NULL when the table has none. */
const char *venue_assembly_name(const char *body, const struct lang *l);

#endif
