/* The venue check of the number, history and assembly lines (validate_venue.c). */
#ifndef RESC_VALIDATE_VENUE_H
#define RESC_VALIDATE_VENUE_H

struct document;
struct diag_ctx;
struct node;

/* Checks the places of resolution R's header lines against the conferences of its body:
 * "(Tokyo, 1994)" in a Plenipotentiary text names a city where no PP met in 1994. */
void validate_venue(const struct document *doc, struct diag_ctx *d, const struct node *r);
/* The body of resolution R whose conferences the venue table knows ("pp", "wtsa",
 * "wtdc"): from its profile, else from its assembly line's name in any language; NULL
 * when it names none of them. */
const char *venue_body_of(const struct node *r);

#endif
