/* Helpers shared by the unit tests: parse a string, find nodes, format diagnostics. */
#ifndef RESC_TEST_SUPPORT_H
#define RESC_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ast.h"
#include "diag.h"
#include "source.h"

struct parsed {
  struct source src;
  struct diag_ctx diags;
  struct document *doc;
  int errors;
};

/* Parses TEXT (and validates it when VALIDATE is set). */
void parsed_init(struct parsed *p, const char *text, int validate);
void parsed_free(struct parsed *p);
/* The Nth node of kind K in pre-order (0-based), or NULL. */
struct node *find_node(struct node *root, enum node_kind k, int nth);
/* The diagnostics as "LINE:COL: severity: message [rule]" lines. */
char *diag_lines(struct diag_ctx *d);

#endif
