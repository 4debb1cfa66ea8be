// What the API and the browse page say about how q was read: the words searched for, how they
// were widened (and why), whether only some of the words are required, and a suggested spelling.
import type { SearchPlan, Widening } from "./plan";

export type SearchExplanation = {
  /** the query's words and phrases as searched for (folded: lowercase, accents off) */
  terms: string[];
  /** each widening: a query word or phrase, what it was widened to, and why */
  widenedTo: Widening[];
  /** true when few entries have every word, so entries with most of them are listed too */
  partial: boolean;
  /** q with unknown words spelled as the record spells them, or null */
  didYouMean: string | null;
};

export function explainSearch(plan: SearchPlan | null): SearchExplanation | undefined {
  if (!plan) return undefined;
  return { terms: plan.terms, widenedTo: plan.widenedTo, partial: plan.partial, didYouMean: plan.didYouMean };
}
