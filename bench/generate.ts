// Deterministic inputs for the benchmarks: prose with addresses at a realistic density, adversarial strings, and a
// page of cards, the same in Node and in the browser.

/** A small linear congruential generator: the same numbers on every run. */
export function random(seed = 1): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const WORDS = (
  'the of and to in is you that it he was for on are as with his they at be this have from or one had by word but ' +
  'not what all were we when your can said there use an each which she do how their if will up other about out ' +
  'many then them these so some her would make like him into time has look two more write go see number no way ' +
  'could people my than first water been call who oil its now find long down day did get come made may part ' +
  'pricing pilot warehouse robots quote invoice meeting Montréal Québec société équipe déjà'
).split(' ');

/**
 * About `size` characters of prose as prospect pages show it: sentences of common words with one address every
 * ~`addressEvery` characters (8 KB by default; a contact page is denser: see DENSE), as many '@' that are not
 * addresses (mentions, retina file names, package versions), parentheses and brackets as prose has them, and an
 * occasional spelled-out address.
 */
export function generateText(size: number, seed = 1, addressEvery = 8000): string {
  const next = random(seed);
  const parts: string[] = [];
  const perWord = 6 / addressEvery; // a word and its space are ~6 characters
  let length = 0;
  while (length < size) {
    const r = next();
    let piece: string;
    if (r < perWord) piece = `jane.doe${Math.floor(next() * 1000)}@acme-robotics.com`;
    else if (r < perWord * 1.3) piece = `@user${Math.floor(next() * 100)}`;
    else if (r < perWord * 1.6) piece = next() < 0.5 ? 'logo@2x.png' : 'react@18.2.0';
    else if (r < perWord * 1.7) piece = 'sales [at] acme [dot] com';
    else if (r < perWord * 1.7 + 0.004) piece = `(see page ${Math.floor(next() * 100)})`;
    else if (r < perWord * 1.7 + 0.005) piece = `[${Math.floor(next() * 9)}]`;
    else piece = WORDS[Math.floor(next() * WORDS.length)]!;
    if (next() < 0.06) piece += '.';
    parts.push(piece);
    length += piece.length + 1;
  }
  return parts.join(' ');
}

/** Contact-page density: an address every ~500 characters. */
export const DENSE = 500;

/** The inputs that make common email regexes take seconds. */
export const ADVERSARIAL: [string, string][] = [
  ["'a' × 50,000", 'a'.repeat(50_000)],
  ["'@' × 50,000", '@'.repeat(50_000)],
  ["'a.' × 30,000", 'a.'.repeat(30_000)],
  ["'a@' × 25,000", 'a@'.repeat(25_000)],
  ["'.@' × 25,000", '.@'.repeat(25_000)],
  ["'a@' + 'b.' × 30,000", `a@${'b.'.repeat(30_000)}`],
  ["'a-' × 25,000 + '@x.com'", `${'a-'.repeat(25_000)}@x.com`],
  ["'x [at] ' × 10,000", 'x [at] '.repeat(10_000)],
  ["'a (at) b (dot) ' × 5,000", 'a (at) b (dot) '.repeat(5_000)],
  ["'[(' × 25,000", '[('.repeat(25_000)],
  ["'＠' × 25,000", '＠'.repeat(25_000)],
  ["64 × 'a' + '@' + 'b.' × 127, repeated", `${'a'.repeat(64)}@${'b.'.repeat(127)} `.repeat(150)],
];

/**
 * Markup for `cards` cards of ten nodes each (five elements, five text nodes), one address in every fourth card:
 * 2,000 cards make a page of 20,000 nodes.
 */
export function generateCards(cards: number, offset = 0): string {
  let html = '';
  for (let i = offset; i < offset + cards; i++) {
    const mail = i % 4 === 0 ? `<a href="mailto:person${i}@company${i % 50}.com">Email</a>` : '<b>Follow</b>';
    html += `<div class="card"><h3>Person ${i}</h3><p>Sales lead for region ${i % 13}</p>${mail}<span>Seen ${i} times</span> </div>`;
  }
  return html;
}
