import zipcodes from 'zipcodes';

/**
 * Places from postal codes and city names in the United States and Canada, from the data the `zipcodes`
 * package ships (US ZIP codes, Canadian forward sortation areas). No outside service is ever asked.
 */
export interface Place {
  label: string;
  latitude: number;
  longitude: number;
  country: 'US' | 'CA';
  kind: 'postal-code' | 'city';
}

interface Entry {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
  country: string;
}

const PROVINCES: Record<string, string> = {
  alberta: 'AB',
  'british columbia': 'BC',
  manitoba: 'MB',
  'new brunswick': 'NB',
  'newfoundland and labrador': 'NL',
  'northwest territories': 'NT',
  'nova scotia': 'NS',
  nunavut: 'NU',
  ontario: 'ON',
  'prince edward island': 'PE',
  quebec: 'QC',
  saskatchewan: 'SK',
  yukon: 'YT',
};

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

interface City {
  name: string;
  region: string;
  country: 'US' | 'CA';
  latitude: number;
  longitude: number;
}

let cities: Map<string, City[]> | undefined;

/** City name → its places, averaged over the city's postal codes; built once, on first use. */
function cityIndex(): Map<string, City[]> {
  if (cities) return cities;
  const sums = new Map<string, { city: City; n: number }>();
  for (const entry of Object.values(zipcodes.codes)) {
    const canadian = entry.country === 'Canada';
    const name = entry.city.replace(/\s*\(.*\)\s*$/, '').trim();
    const region = canadian ? (PROVINCES[fold(entry.state)] ?? entry.state) : entry.state;
    const key = `${fold(name)}|${region}`;
    const sum = sums.get(key);
    if (sum) {
      sum.city.latitude += entry.latitude;
      sum.city.longitude += entry.longitude;
      sum.n++;
    } else {
      sums.set(key, {
        city: { name, region, country: canadian ? 'CA' : 'US', latitude: entry.latitude, longitude: entry.longitude },
        n: 1,
      });
    }
  }
  cities = new Map();
  for (const [key, { city, n }] of sums) {
    const name = key.split('|')[0];
    const averaged = {
      ...city,
      latitude: +(city.latitude / n).toFixed(4),
      longitude: +(city.longitude / n).toFixed(4),
    };
    cities.set(name, [...(cities.get(name) ?? []), averaged]);
  }
  return cities;
}

function fromPostalCode(code: string): Place[] {
  const entry = zipcodes.lookup(code) as Entry | undefined;
  if (!entry) return [];
  const canadian = entry.country === 'Canada';
  const city = entry.city.replace(/\s*\(.*\)\s*$/, '');
  const region = canadian ? (PROVINCES[fold(entry.state)] ?? entry.state) : entry.state;
  return [
    {
      label: `${city}, ${region} ${entry.zip}`,
      latitude: entry.latitude,
      longitude: entry.longitude,
      country: canadian ? 'CA' : 'US',
      kind: 'postal-code',
    },
  ];
}

/** Up to five places for "99201", "T6E 4E8", "Spokane", "Spokane, WA" or "Edmonton, Alberta". */
export function geocode(query: string): Place[] {
  const text = query.trim();
  const zip = text.match(/^(\d{5})(?:-\d{4})?$/);
  if (zip) return fromPostalCode(zip[1]);
  const postal = text.toUpperCase().match(/^([A-Z]\d[A-Z])(?:\s?\d[A-Z]\d)?$/);
  if (postal) return fromPostalCode(postal[1]);
  const [cityPart, regionPart] = text.split(',').map((part) => part.trim());
  const matches = cityIndex().get(fold(cityPart ?? '')) ?? [];
  const wanted = regionPart ? (PROVINCES[fold(regionPart)] ?? regionPart.toUpperCase()) : undefined;
  return matches
    .filter((city) => !wanted || city.region.toUpperCase() === wanted)
    .slice(0, 5)
    .map((city) => ({
      label: `${city.name}, ${city.region}`,
      latitude: city.latitude,
      longitude: city.longitude,
      country: city.country,
      kind: 'city' as const,
    }));
}
