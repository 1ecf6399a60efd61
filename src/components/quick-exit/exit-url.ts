/** A neutral page to land on; a clinic can choose its own with `exit-url`. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';
