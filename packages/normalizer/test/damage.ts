/** Deterministic synthetic damage for robustness tests (no Math.random). */

/** A small linear congruential generator so every run damages the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

const SUBSTITUTES = '的了是国年中和大出岀决箅费支收入预算表情况说明拨款经基本项目';
const CJK = /[\u4e00-\u9fff]/;

function cjkPositions(text: string): number[] {
  return [...text].flatMap((char, at) => (CJK.test(char) ? [at] : []));
}

/** The kinds of damage applied. */
export const DAMAGE_KINDS = ['drop', 'substitute', 'split', 'spaces', 'full-width'] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

/**
 * Damage a label: drop or substitute one CJK character (never the first or the
 * last, where numbering and the head noun sit), split every character with a
 * space, sprinkle spaces and tabs, or turn digits and ASCII into full-width
 * (titles also get a full-width year prefix; labels an ideographic space).
 */
export function damage(text: string, kind: DamageKind, random: () => number, yearPrefix = true): string {
  const chars = [...text];
  const inner = cjkPositions(text).slice(1, -1);
  const pick = () => inner[Math.floor(random() * inner.length)] ?? -1;
  switch (kind) {
    case 'drop': {
      const at = pick();
      return at < 0 ? text : chars.filter((_, index) => index !== at).join('');
    }
    case 'substitute': {
      const at = pick();
      if (at < 0) return text;
      const original = chars[at] ?? '';
      let replacement = original;
      while (replacement === original) replacement = SUBSTITUTES[Math.floor(random() * SUBSTITUTES.length)] ?? '的';
      return chars.map((char, index) => (index === at ? replacement : char)).join('');
    }
    case 'split':
      return chars.join(' ');
    case 'spaces':
      return chars.map((char) => (random() < 0.25 ? `${char}${random() < 0.5 ? ' ' : ' \t '}` : char)).join('');
    case 'full-width': {
      const wide = text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
      if (yearPrefix) return `２０２３年${wide}`;
      const middle = Math.floor(chars.length / 2);
      return wide === text ? `${chars.slice(0, middle).join('')}\u3000${chars.slice(middle).join('')}` : wide;
    }
  }
}
