/** A country (or part of one) whose own law a question may ask about. */
export interface Jurisdiction {
  name: string;
  /** Other names, matched anywhere in a question, case-insensitively. */
  names: readonly string[];
  /** Short forms matched only as written ("US", never the pronoun "us"). */
  abbreviations: readonly string[];
  /**
   * "German", "French": also languages, so a question counts them only before a word about law or
   * policing ("German law", "French police"), and a passage mentioning them anywhere counts.
   */
  adjectives: readonly string[];
}

type Entry = readonly [name: string, adjectives: string, names?: string, abbreviations?: string];

// The Toolkit is written for INTERPOL's members worldwide; these are the countries staff most often
// name. EU law is not a jurisdiction here: RAIA's legal reference covers it.
const entries: readonly Entry[] = [
  ['Austria', 'Austrian'],
  ['Belgium', 'Belgian'],
  ['Bulgaria', 'Bulgarian'],
  ['Croatia', 'Croatian'],
  ['Cyprus', 'Cypriot'],
  ['Czechia', 'Czech', 'Czech Republic'],
  ['Denmark', 'Danish'],
  ['Estonia', 'Estonian'],
  ['Finland', 'Finnish'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Greece', 'Greek'],
  ['Hungary', 'Hungarian'],
  ['Ireland', 'Irish'],
  ['Italy', 'Italian'],
  ['Latvia', 'Latvian'],
  ['Lithuania', 'Lithuanian'],
  ['Luxembourg', 'Luxembourgish'],
  ['Malta', 'Maltese'],
  ['the Netherlands', 'Dutch', 'Netherlands|Holland'],
  ['Poland', 'Polish'],
  ['Portugal', 'Portuguese'],
  ['Romania', 'Romanian'],
  ['Slovakia', 'Slovak'],
  ['Slovenia', 'Slovenian'],
  ['Spain', 'Spanish'],
  ['Sweden', 'Swedish'],
  ['Norway', 'Norwegian'],
  ['Iceland', 'Icelandic'],
  ['Switzerland', 'Swiss'],
  [
    'the United Kingdom',
    'British|English|Scottish|Welsh',
    'United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland',
    'UK',
  ],
  ['the United States', 'American', 'United States|America|USA|California|New York|Texas', 'US|U.S.'],
  ['Canada', 'Canadian'],
  ['Mexico', 'Mexican'],
  ['Brazil', 'Brazilian'],
  ['Argentina', 'Argentinian|Argentine'],
  ['Chile', 'Chilean'],
  ['Colombia', 'Colombian'],
  ['Australia', 'Australian'],
  ['New Zealand', 'New Zealand'],
  ['India', 'Indian'],
  ['Pakistan', 'Pakistani'],
  ['Bangladesh', 'Bangladeshi'],
  ['China', 'Chinese'],
  ['Japan', 'Japanese'],
  ['South Korea', 'Korean', 'Korea'],
  ['Singapore', 'Singaporean'],
  ['Malaysia', 'Malaysian'],
  ['Indonesia', 'Indonesian'],
  ['the Philippines', 'Filipino|Philippine', 'Philippines'],
  ['Thailand', 'Thai'],
  ['Vietnam', 'Vietnamese', 'Viet Nam'],
  ['Russia', 'Russian', 'Russian Federation'],
  ['Ukraine', 'Ukrainian'],
  ['Turkey', 'Turkish', 'Türkiye'],
  ['Israel', 'Israeli'],
  ['Saudi Arabia', 'Saudi'],
  ['the United Arab Emirates', 'Emirati', 'United Arab Emirates|Dubai|Abu Dhabi', 'UAE'],
  ['Egypt', 'Egyptian'],
  ['Morocco', 'Moroccan'],
  ['Nigeria', 'Nigerian'],
  ['Kenya', 'Kenyan'],
  ['South Africa', 'South African'],
];

export const jurisdictions: readonly Jurisdiction[] = entries.map(
  ([name, adjectives, names, abbreviations]) => ({
    name,
    names: [name.replace(/^the /, ''), ...split(names)],
    abbreviations: split(abbreviations),
    adjectives: split(adjectives),
  }),
);

function split(list: string | undefined): string[] {
  return list === undefined ? [] : list.split('|');
}
