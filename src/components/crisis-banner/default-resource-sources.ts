/**
 * Where each shipped crisis line's details come from and the date they were last checked against that
 * source (YYYY-MM-DD). Not imported by the banner, so it costs visitors nothing; tests require an entry
 * here for every shipped line, and docs/crisis-resources.md explains how to re-check them.
 * Emergency numbers (911, 999, 112, 000, 111) are national numbers and carry no entry.
 */
const CHECKED = '2026-11-24';

export const defaultResourceSources: Record<string, { url: string; verified: string }> = {
  'us-988': { url: 'https://988lifeline.org/get-help/what-to-expect/', verified: CHECKED },
  'us-crisis-text-line': { url: 'https://www.crisistextline.org/', verified: CHECKED },
  'ca-988': { url: 'https://988.ca/', verified: CHECKED },
  'ca-kids-help-phone': { url: 'https://kidshelpphone.ca/text-about-it', verified: CHECKED },
  'gb-samaritans': { url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', verified: CHECKED },
  'gb-shout': { url: 'https://giveusashout.org/', verified: CHECKED },
  'gb-nhs-111': { url: 'https://www.nhs.uk/nhs-services/mental-health-services/', verified: CHECKED },
  'ie-samaritans': { url: 'https://www.samaritans.org/ireland/how-we-can-help/contact-samaritan/', verified: CHECKED },
  'ie-50808': { url: 'https://text50808.ie/', verified: CHECKED },
  'ie-pieta': { url: 'https://www.pieta.ie/', verified: CHECKED },
  'au-lifeline': { url: 'https://www.lifeline.org.au/', verified: CHECKED },
  'au-suicide-call-back': { url: 'https://www.suicidecallbackservice.org.au/', verified: CHECKED },
  'nz-1737': { url: 'https://1737.org.nz/', verified: CHECKED },
  'nz-lifeline': { url: 'https://www.lifeline.org.nz/', verified: CHECKED },
};
