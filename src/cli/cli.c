/* Helpers shared by the subcommands: printing diagnostics, -W options, the date of
 * tracked changes. */
#define _DEFAULT_SOURCE /* timegm */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diag.h"
#include "options.h"
#include "similar.h"
#include "xml_gate.h"
#include "import/document.h"

void cli_print_diagnostics(struct diag_ctx *d) {
  diag_sort(d);
  diag_print(d, stderr, DIAG_TEXT, 0);
  size_t e = diag_count(d, SEV_ERROR), w = diag_count(d, SEV_WARNING);
  if (e || w)
    fprintf(stderr, "%zu error%s, %zu warning%s\n", e, e == 1 ? "" : "s", w, w == 1 ? "" : "s");
}

/* The rule id nearest to the one ARG names ("no-RULE", "RULE=..."), for a did-you-mean. */
static const char *nearest_rule(const char *arg) {
  char name[64];
  const char *eq = strchr(arg, '=');
  size_t n = eq ? (size_t)(eq - arg) : strlen(arg);
  if (!eq && strncmp(arg, "no-", 3) == 0) arg += 3, n -= 3;
  if (n >= sizeof name) return NULL;
  memcpy(name, arg, n);
  name[n] = '\0';
  const char *ids[DIAG_COUNT];
  for (int i = 0; i < DIAG_COUNT; i++) ids[i] = diag_rule_id((enum diag_code)i);
  return similar_best(name, ids, DIAG_COUNT, 3);
}

int cli_warning_option(struct diag_ctx *d, const char *arg) {
  int rc = diag_option(d, arg);
  if (rc == 0) return 0;
  if (rc == DIAG_OPTION_INPUT_BAND) {
    fprintf(stderr,
            "resc: '-W %s': errors that mean the input was not understood (io, "
            "encoding, limit, syntax, structure, directive) cannot be lowered or "
            "silenced\n",
            arg);
    return -1;
  }
  const char *best = nearest_rule(arg);
  if (best)
    fprintf(stderr,
            "resc: unknown warning option '-W %s'; did you mean the rule '%s'? (see "
            "'resc check --list-rules')\n",
            arg, best);
  else
    fprintf(stderr, "resc: unknown warning option '-W %s' (see 'resc check --list-rules')\n", arg);
  return -1;
}

int cli_warning_options(const struct cli_args *a, struct diag_ctx *d) {
  int status = 0;
  for (int i = 0; i < a->nwarnings; i++)
    if (cli_warning_option(d, a->warnings[i]) != 0) status = EXIT_USAGE;
  return status;
}

int cli_document_gate(const struct cli_args *a) {
  int word = a->value[OPT_BASE] && document_is_zip(a->value[OPT_BASE]);
  for (int i = 0; i < a->nfiles && !word; i++) word = document_is_zip(a->files[i]);
  return word ? xml_gate_enter() : 0;
}

/* The date of tracked changes as ISO 8601 and as a time for zip entries. */
int cli_change_date(const char *opt, char *iso, size_t cap, time_t *t) {
  if (opt) {
    int y, mo, d, h = 0, mi = 0, s = 0;
    if (sscanf(opt, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) < 3 || mo < 1 || mo > 12 ||
        d < 1 || d > 31)
      return -1;
    struct tm tm = {.tm_year = y - 1900,
                    .tm_mon = mo - 1,
                    .tm_mday = d,
                    .tm_hour = h,
                    .tm_min = mi,
                    .tm_sec = s};
    *t = timegm(&tm);
  } else {
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
      char *end;
      long long v = strtoll(sde, &end, 10);
      if (*end || v < 0) return -2;
      *t = (time_t)v;
    } else {
      *t = time(NULL);
    }
  }
  struct tm tm;
  gmtime_r(t, &tm);
  strftime(iso, cap, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return 0;
}
