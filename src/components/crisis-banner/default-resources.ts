import { msg } from '@lit/localize';
import type { CrisisChannel, CrisisResource } from '../../api/types.js';

/**
 * Crisis lines that ship in the bundle, so help shows with no network at all. Where each entry's details
 * come from, and when they were last checked, is in default-resource-sources.ts (kept out of the bundle;
 * a test requires a source for every entry). Built on demand so that the words follow the current locale.
 */

const call = (value: string, note?: string): CrisisChannel => ({ kind: 'call', value, note });
const text = (value: string, body?: string): CrisisChannel => ({ kind: 'text', value, body });
const chat = (value: string): CrisisChannel => ({ kind: 'chat', value });

function line(
  id: string,
  name: string,
  description: string,
  channels: CrisisChannel[],
  extra?: Partial<CrisisResource>,
): CrisisResource {
  return { id, name, description, region: id.slice(0, 2).toUpperCase(), channels, ...extra };
}

function emergency(region: string, number: string, name = number): CrisisResource {
  return {
    id: `${region.toLowerCase()}-emergency`,
    name,
    description: msg('For immediate danger to life.'),
    region,
    emergency: true,
    channels: [call(number)],
  };
}

const allDay = () => msg('Crisis support, 24/7.');
const freeCall = () => msg('Free to call, 24/7, from any phone.');
const freeText = () => msg('Free text support, 24/7.');
// Deliberately not translated: it tells Spanish speakers where their option is.
const SPANISH = 'En español';

const byRegion: Record<string, () => CrisisResource[]> = {
  US: () => [
    line(
      'us-988',
      msg('988 Suicide & Crisis Lifeline'),
      msg('Free, confidential support from a trained counselor, 24/7.'),
      [call('988'), text('988'), chat('https://988lifeline.org/chat/')],
      {
        options: [
          { id: 'spanish', label: SPANISH, channels: [call('988', msg('then press 2')), text('988', 'AYUDA')] },
          {
            id: 'veterans',
            label: msg('Veterans, service members and their families'),
            channels: [
              call('988', msg('then press 1')),
              text('838255'),
              chat('https://www.veteranscrisisline.net/get-help-now/chat/'),
            ],
          },
          {
            id: 'deaf-hard-of-hearing',
            label: msg('Deaf or hard of hearing'),
            channels: [
              { kind: 'video', value: 'https://988lifeline.org/help-yourself/for-deaf-hard-of-hearing/' },
              { kind: 'relay', value: '711', note: msg('then 988') },
            ],
          },
        ],
      },
    ),
    line(
      'us-crisis-text-line',
      msg('Crisis Text Line'),
      msg('Text a trained crisis counselor, 24/7.'),
      [text('741741', 'HOME')],
      { options: [{ id: 'spanish', label: SPANISH, channels: [text('741741', 'AYUDA')] }] },
    ),
    emergency('US', '911'),
  ],
  CA: () => [
    line('ca-988', msg('9-8-8 Suicide Crisis Helpline'), msg('Call or text, 24/7, in English or French.'), [
      call('988'),
      text('988'),
    ]),
    line('ca-kids-help-phone', msg('Kids Help Phone'), msg('For young people, 24/7.'), [
      call('1-800-668-6868'),
      text('686868', 'CONNECT'),
    ]),
    emergency('CA', '911'),
  ],
  GB: () => [
    line('gb-samaritans', msg('Samaritans'), freeCall(), [call('116 123')]),
    line('gb-shout', msg('Shout'), freeText(), [text('85258', 'SHOUT')]),
    line('gb-nhs-111', msg('NHS 111'), msg('Urgent mental health help in England.'), [
      call('111', msg('then choose the mental health option')),
    ]),
    emergency('GB', '999'),
  ],
  IE: () => [
    line('ie-samaritans', msg('Samaritans'), freeCall(), [call('116 123')]),
    line('ie-50808', msg('50808 text line'), freeText(), [text('50808', 'TALK')]),
    line('ie-pieta', msg('Pieta'), allDay(), [call('1800 247 247')]),
    emergency('IE', '112', '112 / 999'),
  ],
  AU: () => [
    line('au-lifeline', msg('Lifeline'), allDay(), [call('13 11 14'), text('0477 13 11 14')]),
    line('au-suicide-call-back', msg('Suicide Call Back Service'), allDay(), [call('1300 659 467')]),
    emergency('AU', '000'),
  ],
  NZ: () => [
    line('nz-1737', msg('Need to talk? 1737'), msg('Call or text a trained counsellor, free, 24/7.'), [
      call('1737'),
      text('1737'),
    ]),
    line('nz-lifeline', msg('Lifeline Aotearoa'), allDay(), [call('0800 543 354'), text('4357')]),
    emergency('NZ', '111'),
  ],
};

export const DEFAULT_REGION = 'US';
export const shippedRegions = Object.keys(byRegion);

/** The shipped lines for a region (ISO 3166-1 alpha-2); the United States' when we ship none for it. */
export function defaultCrisisResources(region: string): CrisisResource[] {
  return (byRegion[region] ?? byRegion[DEFAULT_REGION])();
}

export function chooseRegion(region: string | undefined, locales: readonly (string | undefined)[]): string {
  // A locale's region is its first two-letter subtag after the language: "en-GB", "zh-Hant-HK".
  const candidates = [
    region?.slice(0, 2),
    ...locales.map((tag) =>
      tag
        ?.split(/[-_]/)
        .slice(1)
        .find((part) => part.length === 2),
    ),
  ];
  for (const candidate of candidates) {
    const code = candidate?.toUpperCase();
    if (code && byRegion[code]) return code;
  }
  return DEFAULT_REGION;
}
