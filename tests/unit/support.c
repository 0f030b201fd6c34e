/* Unit-test helpers. */
#include "support.h"

#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "strbuf.h"
#include "validate.h"

void parsed_init(struct parsed *p, const char *text, int validate_too) {
  memset(p, 0, sizeof *p);
  diag_init(&p->diags);
  if (source_load_mem(&p->src, "t.resc", text, strlen(text), &p->diags) == 0) {
    p->doc = parse_document(&p->src, &p->diags, &p->errors);
    if (validate_too) validate(p->doc, &p->diags);
  }
  diag_sort(&p->diags);
}

void parsed_free(struct parsed *p) {
  document_free(p->doc);
  source_free(&p->src);
  diag_free(&p->diags);
}

struct node *find_node(struct node *root, enum node_kind k, int nth) {
  struct node *n = root;
  while (n) {
    if (n->kind == k && nth-- == 0) return n;
    if (n->first) {
      n = n->first;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    if (!n || n == root) return NULL;
    n = n->next;
  }
  return NULL;
}

char *diag_lines(struct diag_ctx *d) {
  struct strbuf sb = {0};
  for (size_t i = 0; i < d->n; i++) {
    const struct diag *g = &d->items[i];
    sb_printf(&sb, "%d:%d: %s: %s [%s]\n", g->loc.first_line, g->loc.first_column,
              g->severity == SEV_ERROR     ? "error"
              : g->severity == SEV_WARNING ? "warning"
                                           : "note",
              g->message, diag_rule_id(g->code));
  }
  if (!sb.data) sb_adds(&sb, "");
  return sb.data;
}
