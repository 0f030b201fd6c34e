/* resc_build: validation, then output (see build_api.h). */
#include "build_api.h"

#include "build.h"
#include "cli.h"
#include "diag.h"
#include "validate.h"

size_t resc_validate(struct document *doc, int parse_errors, struct diag_ctx *d) {
  if (!parse_errors) validate(doc, d);
  return diag_count(d, SEV_ERROR);
}

int resc_build(struct document *doc, int parse_errors, const struct build_opts *o,
               struct diag_ctx *d) {
  int source_level = o->format == F_AST || o->format == F_RESC;
  if (!source_level) resc_validate(doc, parse_errors, d);
  if (diag_count(d, SEV_ERROR)) return EXIT_INPUT;
  return build_emit(doc, o) != 0 ? EXIT_USAGE : 0;
}
