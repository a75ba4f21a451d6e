/** Matching what people type against known names: normalised, never silently guessed. */

/** Texts longer than this are worked out every time: a memo must not hold a sheet's worth of long notes. */
const MEMO_TEXT_LENGTH = 256;
/** Distinct texts a memo keeps; when full it starts over, so its memory stays bounded whatever the input. */
const MEMO_ENTRIES = 20_000;

/**
 * `compute`, remembered per distinct text. A table of 50 000 rows holds a few dozen distinct areas,
 * categories and statuses: each is worked out once instead of once per row. `compute` must be pure.
 */
export function memoPerText<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > MEMO_TEXT_LENGTH) return compute(text);
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      value = compute(text);
      if (known.size >= MEMO_ENTRIES) known.clear();
      known.set(text, value);
    }
    return value as T;
  };
}

/** Only the digits 0–9, at least one («987654321»). Looked at character by character: asked of every org.nr. */
export function isAllDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Lower case, trimmed, inner white space (incl. nbsp) folded to one space, punctuation at the ends dropped. */
export function normalize(text: string): string {
  return isPlain(text) ? text.toLowerCase() : normalizeAnyText(text);
}

const normalizeAnyText = memoPerText((text) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/^[.,;:]+|[.,;:]+$/g, ''),
);

/** . , ; : — what normalize drops at the ends. */
const isDroppedMark = (code: number) => code === 0x2c || code === 0x2e || code === 0x3a || code === 0x3b;

/**
 * Text normalize only lower-cases: printable Latin-1 (Norwegian letters included) with single spaces between
 * words, no dropped mark at either end. Latin-1 has no combining marks and no white space other than the
 * ones excluded here, so NFC, folding spaces and trimming change nothing. Most cells of a big table are such
 * text, and each is often different (names, applicants): checked and lower-cased, they skip the memo.
 */
function isPlain(text: string): boolean {
  const last = text.length - 1;
  if (last < 0 || isDroppedMark(text.charCodeAt(0)) || isDroppedMark(text.charCodeAt(last))) return false;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) continue;
    if (code > 0xa0 && code <= 0xff) continue;
    // One space between two words; a space at an end or a second in a row is trimmed or folded.
    if (code === 0x20 && i > 0 && i < last && text.charCodeAt(i - 1) !== 0x20) continue;
    return false;
  }
  return true;
}

/**
 * What normalize's answer starts with, when that is sure without normalising: a first character that is
 * printable ASCII other than a space or a dropped mark is kept (NFC, lower case and trimming never turn it
 * into a space or drop it), lower-cased — perhaps with a combining mark composed onto it, so it only tells
 * what the answer is not. Undefined for anything else. Lets a big table's names and ids skip normalize.
 */
function keptAsciiInitial(text: string): number | undefined {
  const first = text.charCodeAt(0);
  // NaN for '': no first character, nothing sure.
  if (!(first > 0x20 && first < 0x7f) || isDroppedMark(first)) return undefined;
  // A–Z to a–z: the character code, so that no string is made for every cell asked about.
  return first >= 0x41 && first <= 0x5a ? first + 0x20 : first;
}

/**
 * False when normalize(text) surely starts with none of `words` (lower-case ASCII): its first letter rules it
 * out without normalising. True means it may.
 */
export function mayStartWithOneOf(text: string, words: readonly string[]): boolean {
  const initial = keptAsciiInitial(text);
  if (initial === undefined) return true;
  for (const word of words) if (word.charCodeAt(0) === initial) return true;
  return false;
}

/**
 * `words.includes(normalize(text))` for lower-case `words`; most texts are ruled out by their first letter,
 * and plain text (which normalize only lower-cases) by its length.
 */
export function isOneOf(text: string, words: readonly string[]): boolean {
  if (!mayStartWithOneOf(text, words)) return false;
  if (isPlain(text) && !words.some((word) => word.length === text.length)) return false;
  return words.includes(normalize(text));
}

/** Like normalize, but with no spaces at all: for headers ("Utbetalt ved  godkjenning" = "utbetaltvedgodkjenning"). */
export const compact: (text: string) => string = memoPerText((text) =>
  normalize(text).replace(/[\s._-]+/g, ''),
);

/** Levenshtein distance, for "mente du …?" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(
        previous[j]! + 1,
        previous[j - 1]! + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The candidate `input` most likely meant, when it is close but not equal after normalisation:
 * within 2 edits, or 1 per 4 characters for longer names. Undefined when nothing is close.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const wanted = normalize(input);
  if (!wanted) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(wanted, normalize(name));
    if (!best || distance < best.distance) best = { name, distance };
  }
  const allowed = Math.max(2, Math.floor(wanted.length / 4));
  return best && best.distance > 0 && best.distance <= allowed ? best.name : undefined;
}

/**
 * The text with the white space a reader cannot see made visible: leading and trailing spaces, runs of
 * spaces, non-breaking and other odd spaces each become ␠, line breaks ↵, tabs →. One ordinary space between
 * words stays as it is. «forprosjekt » → «forprosjekt␠».
 */
export function visibleSpaces(text: string): string {
  const show = (spaces: string) =>
    [...spaces].map((ch) => (ch === '\n' || ch === '\r' ? '↵' : ch === '\t' ? '→' : '␠')).join('');
  // JavaScript's \s covers the non-breaking and thin spaces too.
  const [, lead, inner, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? ['', '', text, ''];
  return show(lead) + inner.replace(/\s+/g, (run) => (run === ' ' ? run : show(run))) + show(trail);
}
