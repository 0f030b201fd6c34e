/* Edit distance over bytes with a cap, so comparing a long phrase costs little. */
#include "similar.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

int edit_distance(const char *a, const char *b, int cap) {
  size_t la = strlen(a), lb = strlen(b);
  if ((la > lb ? la - lb : lb - la) > (size_t)cap) return cap + 1;
  int *row = xmalloc((lb + 1) * sizeof *row);
  for (size_t j = 0; j <= lb; j++) row[j] = (int)j;
  for (size_t i = 1; i <= la; i++) {
    int diag = row[0], best = (int)i;
    row[0] = (int)i;
    for (size_t j = 1; j <= lb; j++) {
      int up = row[j];
      int v = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < v) v = up + 1;
      if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
      row[j] = v;
      diag = up;
      if (v < best) best = v;
    }
    if (best > cap) {
      free(row);
      return cap + 1;
    }
  }
  int d = row[lb];
  free(row);
  return d > cap ? cap + 1 : d;
}

const char *similar_best(const char *word, const char *const *cands, size_t n, int maxdist) {
  const char *best = NULL;
  int bestd = maxdist + 1;
  for (size_t i = 0; i < n; i++) {
    int d = edit_distance(word, cands[i], bestd - 1 < maxdist ? bestd - 1 : maxdist);
    if (d < bestd) {
      bestd = d;
      best = cands[i];
    }
  }
  return best;
}
