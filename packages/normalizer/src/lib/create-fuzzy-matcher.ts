import Fuse from 'fuse.js';
import { codeUnits, mayMatchWithin } from './bitap-prefilter.ts';
import { editSimilarity } from './edit-similarity.ts';

/** Longest query Fuse's bitap search accepts as one term. */
export const FUSE_MAX_PATTERN = 32;

/** One text a fuzzy matcher can return, with the value it stands for. */
export interface FuzzyCandidate<T> {
  readonly text: string;
  readonly value: T;
}

/** A fuzzy hit: the candidate, its text and a similarity score (1 = exact). */
export interface FuzzyHit<T> {
  readonly value: T;
  readonly matched: string;
  /** Edit similarity between query and matched text (1 = equal). */
  readonly score: number;
  /** The raw fuse.js score of the hit (0 = perfect). */
  readonly fuseScore: number;
}

/** Options of {@link createFuzzyMatcher}. */
export interface FuzzyOptions {
  /** Fuse threshold for candidate retrieval (0 = exact only). The Fuse default 0.6 is too permissive. */
  readonly threshold: number;
  /** Smallest edit similarity a hit must reach to be accepted. */
  readonly minSimilarity: number;
}

/**
 * Build a fuzzy lookup over candidate texts (already in match form), used only
 * after an exact canonical lookup failed. fuse.js retrieves candidates (query
 * cut to its 32-character limit, keeping the end, where Chinese titles carry
 * their head noun); they are ranked by edit similarity, which is the returned
 * score (1 = equal). A hit below `minSimilarity`, or a tie between two
 * different values, is declined: the caller records NAME_UNMATCHED-style
 * findings instead of guessing.
 * @param candidates texts and their values
 * @param options explicit fuse threshold and acceptance bar
 * @returns a function query → best hit or null
 * @example createFuzzyMatcher([{ text: '收入决算表', value: 'income' }], { threshold: 0.4, minSimilarity: 0.75 })('收入决箅表')
 */
export function createFuzzyMatcher<T>(candidates: readonly FuzzyCandidate<T>[], options: FuzzyOptions): (query: string) => FuzzyHit<T> | null {
  const fuse = new Fuse(candidates as FuzzyCandidate<T>[], {
    keys: ['text'],
    includeScore: true,
    threshold: options.threshold,
    ignoreLocation: true,
    isCaseSensitive: true,
    minMatchCharLength: 2,
    shouldSort: true,
  });
  // Candidates' code units, to skip the search when no candidate can be a fuse.js hit (most non-matching queries).
  let units: Set<string>[] | undefined;
  return (query) => {
    const term = query.length > FUSE_MAX_PATTERN ? query.slice(-FUSE_MAX_PATTERN) : query;
    if (term.length < 2) return null;
    units ??= candidates.map((candidate) => codeUnits(candidate.text));
    if (!units.some((set) => mayMatchWithin(term, set, options.threshold))) return null;
    const ranked = fuse
      .search(term, { limit: 12 })
      .map((result) => ({ value: result.item.value, matched: result.item.text, score: editSimilarity(query, result.item.text), fuseScore: Math.round((result.score ?? 1) * 1000) / 1000 }))
      .sort((a, b) => b.score - a.score || a.fuseScore - b.fuseScore);
    const best = ranked[0];
    if (!best || best.score < options.minSimilarity) return null;
    const rival = ranked.find((hit) => hit.value !== best.value);
    if (rival && rival.score === best.score) return null;
    return best;
  };
}
