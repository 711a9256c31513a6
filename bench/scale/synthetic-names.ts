import type { EntityKind } from '../../model/data-model.js';
import type { Random } from './random.js';

const SYLLABLES = [
  'ka', 'lo', 'mar', 'ten', 'vi', 'sun', 'dra', 'bel', 'or', 'tan', 'zir', 'mo', 'ra', 'ki', 'nev', 'sol',
  'u', 'gar', 'li', 'pen', 'tor', 'as', 'fen', 'yu', 'da', 'rin', 'ko', 'sha', 'el', 'vor', 'ma', 'ni',
];

const ORGANIZATION_WORDS = ['Agency', 'Office', 'Centre', 'Council', 'Programme', 'Institute', 'Commission', 'Directorate'];
const EVENT_WORDS = ['Conference', 'Workshop', 'Training Course', 'Meeting', 'Presentation', 'Forum'];
const PROJECT_WORDS = ['Project', 'Initiative', 'Programme'];
const INSTRUMENT_FORMS = ['Convention', 'Protocol', 'Resolution', 'Strategy', 'Plan of Action'];
const STATE_ENDINGS = ['ia', 'stan', 'land', 'ar', 'ova', 'ein'];
const PLACE_ENDINGS = ['', ' City', 'grad', 'abad', 'ville'];

/** Pseudo-words that read like names; the vocabulary is drawn once per graph from its seed. */
export class NameMaker {
  private readonly words: string[];

  constructor(private readonly random: Random, size = 4_000) {
    const words = new Set<string>();
    while (words.size < size) {
      const syllables = 2 + random.below(2);
      let word = '';
      for (let index = 0; index < syllables; index += 1) word += random.pick(SYLLABLES);
      words.add(word);
    }
    this.words = [...words];
  }

  /** The word names use most: its prefixes are search-as-you-type's most crowded. */
  get commonestWord(): string {
    return this.words[0]!;
  }

  /** A word, common ones far more often: search-as-you-type meets both rare and crowded prefixes. */
  word(): string {
    const word = this.words[this.random.skewed(this.words.length, 2)]!;
    return word[0]!.toUpperCase() + word.slice(1);
  }

  /** A name and the other spellings a source might use for an entity of `kind`. */
  name(kind: EntityKind, year: number): { name: string; aliases: string[] } {
    const random = this.random;
    switch (kind) {
      case 'Organization': {
        const name = `${this.word()} ${this.word()} ${random.pick(ORGANIZATION_WORDS)}`;
        return { name, aliases: [acronym(name)] };
      }
      case 'State': {
        const name = `${this.word()}${random.pick(STATE_ENDINGS)}`;
        return { name, aliases: [`Republic of ${name}`] };
      }
      case 'Person': {
        const first = this.word();
        const last = this.word();
        return { name: `${first} ${last}`, aliases: random.chance(0.3) ? [`${first[0]}. ${last}`] : [] };
      }
      case 'Instrument': {
        const name = `${random.pick(INSTRUMENT_FORMS)} on ${this.word()} ${this.word()}`;
        return { name, aliases: random.chance(0.5) ? [acronym(name)] : [] };
      }
      case 'Project': {
        const name = `${this.word()} ${this.word()} ${random.pick(PROJECT_WORDS)}`;
        return { name, aliases: [acronym(name)] };
      }
      case 'Event':
        return { name: `${this.word()} ${random.pick(EVENT_WORDS)} ${year}`, aliases: [] };
      case 'Place':
        return { name: `${this.word()}${random.pick(PLACE_ENDINGS)}`, aliases: [] };
    }
  }

  sentence(words: number): string {
    const parts: string[] = [];
    for (let index = 0; index < words; index += 1) parts.push(this.word().toLowerCase());
    const text = parts.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }
}

function acronym(name: string): string {
  return name
    .split(' ')
    .filter((word) => word.length > 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
