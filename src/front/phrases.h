/* The vocabulary of section phrases: which head words open a preamble section
 * (lettered clauses) and which an operative one (numbered clauses). */
#ifndef RESC_PHRASES_H
#define RESC_PHRASES_H

enum phrase_kind { PHRASE_UNKNOWN, PHRASE_PREAMBLE, PHRASE_OPERATIVE };

/* Classifies a phrase by its head word ("further" and "also" are skipped). *head gets
 * the head word (lower case, static buffer) for messages. */
enum phrase_kind phrase_classify(const char *phrase, const char **head);
/* The known head word nearest to WORD, or NULL: for "did you mean". */
const char *phrase_suggest(const char *word);

#endif
